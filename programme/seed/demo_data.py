"""Demo programme for 7–9 December 2016: fictional sessions, speakers and rooms,
French with English translations. Shown on the site labelled as demo content.

Every person, organisation and room below is invented. Organisations that
sound like public bodies carry "(démo)" / "(demo)" in their name.
"""

from home.seed.content import T

THEMES = [
    {
        "key": "transparence",
        "name": T("Transparence et données ouvertes", "Transparency and open data"),
        "description": T(
            (
                "Rendre l'action publique lisible et vérifiable : publication des "
                "données, accès à l'information et redevabilité des institutions."
            ),
            (
                "Making government clear and open to scrutiny: data publication, "
                "access to information and institutional accountability."
            ),
        ),
        "colour": "blue",
    },
    {
        "key": "participation",
        "name": T("Participation citoyenne", "Citizen participation"),
        "description": T(
            (
                "Associer les citoyens à l'élaboration, à la mise en œuvre et à "
                "l'évaluation des politiques publiques."
            ),
            (
                "Involving citizens in designing, implementing and evaluating public "
                "policy."
            ),
        ),
        "colour": "orange",
    },
    {
        "key": "integrite",
        "name": T(
            "Intégrité et lutte contre la corruption",
            "Integrity and anti-corruption",
        ),
        "description": T(
            (
                "Prévenir les conflits d'intérêts, ouvrir la commande publique et "
                "protéger celles et ceux qui signalent les abus."
            ),
            (
                "Preventing conflicts of interest, opening up public procurement and "
                "protecting those who report wrongdoing."
            ),
        ),
        "colour": "red",
    },
    {
        "key": "numerique",
        "name": T("Numérique et démocratie", "Digital technology and democracy"),
        "description": T(
            (
                "Tech civique, services publics en ligne et innovations démocratiques "
                ": le potentiel du numérique pour une démocratie plus ouverte."
            ),
            (
                "Civic tech, online public services and democratic innovation: the "
                "potential of digital tools for a more open democracy."
            ),
        ),
        "colour": "purple",
    },
    {
        "key": "climat",
        "name": T(
            "Climat et développement durable",
            "Climate and sustainable development",
        ),
        "description": T(
            (
                "Mettre la transparence et la participation au service de l'action "
                "climatique et des objectifs de développement durable."
            ),
            (
                "Putting transparency and participation to work for climate action and "
                "the Sustainable Development Goals."
            ),
        ),
        "colour": "green",
    },
]

VENUES = [
    {
        "key": "grand-amphi",
        "name": T("Grand amphithéâtre", "Main Auditorium"),
        "address": T(
            "Centre de conférences de démonstration, rez-de-chaussée, Paris",
            "Demonstration Conference Centre, ground floor, Paris",
        ),
        "capacity": 1200,
        "accessibility": T(
            (
                "entrée de plain-pied, 12 emplacements pour fauteuils roulants, boucle "
                "magnétique, cabines d'interprétation simultanée (français, anglais, "
                "espagnol, arabe)."
            ),
            (
                "Step-free access, 12 wheelchair spaces, hearing loop, simultaneous "
                "interpretation booths (French, English, Spanish, Arabic)."
            ),
        ),
    },
    {
        "key": "salle-gouges",
        "name": T("Salle Olympe de Gouges", "Olympe de Gouges Room"),
        "address": T(
            "Centre de conférences de démonstration, 1er étage, Paris",
            "Demonstration Conference Centre, first floor, Paris",
        ),
        "capacity": 350,
        "accessibility": T(
            (
                "ascenseur, boucle magnétique, cabines d'interprétation "
                "simultanée (français, anglais, espagnol)."
            ),
            (
                "Lift access, hearing loop, simultaneous interpretation booths "
                "(French, English, Spanish)."
            ),
        ),
    },
    {
        "key": "salle-agora",
        "name": T("Salle Agora", "Agora Room"),
        "address": T(
            "Centre de conférences de démonstration, 1er étage, Paris",
            "Demonstration Conference Centre, first floor, Paris",
        ),
        "capacity": 200,
        "accessibility": T(
            (
                "ascenseur, boucle magnétique, interprétation simultanée "
                "français-anglais."
            ),
            "Lift access, hearing loop, French–English simultaneous interpretation.",
        ),
    },
    {
        "key": "salle-seine",
        "name": T("Salle Seine", "Seine Room"),
        "address": T(
            "Centre de conférences de démonstration, 2e étage, Paris",
            "Demonstration Conference Centre, second floor, Paris",
        ),
        "capacity": 150,
        "accessibility": T(
            (
                "ascenseur, sous-titrage en direct sur écran, cabines "
                "d'interprétation simultanée (français, anglais, portugais)."
            ),
            (
                "Lift access, live on-screen captioning, simultaneous interpretation "
                "booths (French, English, Portuguese)."
            ),
        ),
    },
    {
        "key": "scene-initiatives",
        "name": T("Scène des initiatives", "Initiatives Stage"),
        "address": T(
            "Centre de conférences de démonstration, hall d'accueil, Paris",
            "Demonstration Conference Centre, main foyer, Paris",
        ),
        "capacity": 120,
        "accessibility": T(
            (
                "Espace ouvert de plain-pied, places réservées aux personnes à "
                "mobilité réduite, interprétation français-anglais par casques."
            ),
            (
                "Open step-free area, reserved seating for people with reduced "
                "mobility, French–English interpretation via headsets."
            ),
        ),
    },
    {
        "key": "le-labo",
        "name": T("Le Labo", "The Lab"),
        "address": T(
            "Centre de conférences de démonstration, 2e étage, Paris",
            "Demonstration Conference Centre, second floor, Paris",
        ),
        "capacity": 40,
        "accessibility": T(
            (
                "ascenseur, mobilier modulable, tables à hauteur réglable, "
                "interprétation chuchotée français-anglais sur demande."
            ),
            (
                "Lift access, movable furniture, height-adjustable tables, whispered "
                "French–English interpretation on request."
            ),
        ),
    },
]

SPEAKERS = [
    {
        "key": "claire-vasseur",
        "name": "Claire Vasseur",
        "role": T(
            "directrice du programme Gouvernement ouvert",
            "Director, Open Government Programme",
        ),
        "organisation": T(
            "Ministère de la Transformation publique (démo)",
            "Ministry of Public Transformation (demo)",
        ),
        "country": T("France", "France"),
        "bio": T(
            (
                "Claire Vasseur pilote la mise en œuvre du plan d'action national et "
                "coordonne le dialogue avec la société civile. Elle a auparavant "
                "dirigé un service de relations avec les usagers."
            ),
            (
                "Claire Vasseur leads the implementation of the national action plan "
                "and coordinates dialogue with civil society. She previously headed a "
                "public service user relations department."
            ),
        ),
    },
    {
        "key": "etienne-marchal",
        "name": "Étienne Marchal",
        "role": T("délégué général", "Executive Director"),
        "organisation": T("Association Données Citoyennes", "Citizen Data Association"),
        "country": T("France", "France"),
        "bio": T(
            (
                "Étienne Marchal anime un réseau de réutilisateurs de données "
                "publiques, des développeurs aux journalistes. Il plaide pour "
                "l'ouverture des données par défaut."
            ),
            (
                "Étienne Marchal runs a network of public data reusers, from "
                "developers to journalists. He campaigns for data to be open by "
                "default."
            ),
        ),
    },
    {
        "key": "solene-guerin",
        "name": "Solène Guérin",
        "role": T(
            "adjointe au maire chargée de la démocratie locale",
            "Deputy Mayor for Local Democracy",
        ),
        "organisation": T("Ville de démonstration", "Demonstration City"),
        "country": T("France", "France"),
        "bio": T(
            (
                "Solène Guérin a lancé dans sa commune un budget participatif et un "
                "registre public des rendez-vous des élus."
            ),
            (
                "Solène Guérin introduced participatory budgeting and a public "
                "register of elected officials' meetings in her town."
            ),
        ),
    },
    {
        "key": "sofia-arancibia",
        "name": "Sofía Arancibia",
        "role": T("coordinatrice", "Coordinator"),
        "organisation": T(
            "Observatoire citoyen des marchés publics",
            "Citizen Public Procurement Observatory",
        ),
        "country": T("Chili", "Chile"),
        "bio": T(
            (
                "Sofía Arancibia forme des collectifs locaux à l'analyse des contrats "
                "publics. Elle plaide pour une commande publique ouverte à chaque "
                "étape."
            ),
            (
                "Sofía Arancibia trains local groups to analyse public contracts. She "
                "advocates open procurement at every stage."
            ),
        ),
    },
    {
        "key": "joaquin-ferreyra",
        "name": "Joaquín Ferreyra",
        "role": T("directeur de l'intégrité publique", "Director of Public Integrity"),
        "organisation": T(
            "Secrétariat à la Fonction publique (démo)",
            "Public Service Secretariat (demo)",
        ),
        "country": T("Mexique", "Mexico"),
        "bio": T(
            (
                "Joaquín Ferreyra supervise la publication des déclarations d'intérêts "
                "des agents publics. Il travaille aussi sur la transparence des "
                "financements climat."
            ),
            (
                "Joaquín Ferreyra oversees the publication of public officials' "
                "declarations of interests. He also works on transparency in climate "
                "finance."
            ),
        ),
    },
    {
        "key": "amara-kondeh",
        "name": "Amara Kondeh",
        "role": T("coordinateur", "Coordinator"),
        "organisation": T("Collectif Budget Ouvert", "Open Budget Collective"),
        "country": T("Sierra Leone", "Sierra Leone"),
        "bio": T(
            (
                "Amara Kondeh rend les budgets publics accessibles aux communautés "
                "rurales grâce aux radios locales. Il accompagne aussi de jeunes "
                "militants."
            ),
            (
                "Amara Kondeh makes public budgets accessible to rural communities "
                "through local radio. He also mentors young activists."
            ),
        ),
    },
    {
        "key": "wanjiru-mbatia",
        "name": "Wanjiru Mbatia",
        "role": T("responsable des données ouvertes", "Open Data Lead"),
        "organisation": T(
            "Administration du comté de démonstration",
            "Demonstration County Government",
        ),
        "country": T("Kenya", "Kenya"),
        "bio": T(
            (
                "Wanjiru Mbatia a mis en ligne les données budgétaires et sanitaires "
                "de son comté. Elle travaille avec des habitants équipés de capteurs "
                "pour suivre la qualité de l'eau."
            ),
            (
                "Wanjiru Mbatia published her county's budget and health data online. "
                "She works with residents who use sensors to monitor water quality."
            ),
        ),
    },
    {
        "key": "folake-odunsi",
        "name": "Folake Odunsi",
        "role": T("journaliste d'investigation", "Investigative Journalist"),
        "organisation": T(
            "Réseau des médias indépendants",
            "Independent Media Network",
        ),
        "country": T("Nigeria", "Nigeria"),
        "bio": T(
            (
                "Folake Odunsi enquête sur les flux financiers illicites et les "
                "sociétés écrans. Elle forme des rédactions au journalisme de données."
            ),
            (
                "Folake Odunsi investigates illicit financial flows and shell "
                "companies. She trains newsrooms in data journalism."
            ),
        ),
    },
    {
        "key": "lerato-mokoena",
        "name": "Lerato Mokoena",
        "role": T("chercheuse principale", "Senior Researcher"),
        "organisation": T(
            "Institut pour la redevabilité publique",
            "Public Accountability Institute",
        ),
        "country": T("Afrique du Sud", "South Africa"),
        "bio": T(
            (
                "Lerato Mokoena évalue des plans d'action nationaux et des lois "
                "d'accès à l'information. Ses travaux portent sur la mesure de "
                "l'impact du gouvernement ouvert."
            ),
            (
                "Lerato Mokoena assesses national action plans and access to "
                "information laws. Her work focuses on measuring the impact of open "
                "government."
            ),
        ),
    },
    {
        "key": "youssef-ben-slimane",
        "name": "Youssef Ben Slimane",
        "role": T("directeur", "Director"),
        "organisation": T(
            "Agence pour l'accès à l'information (démo)",
            "Access to Information Agency (demo)",
        ),
        "country": T("Tunisie", "Tunisia"),
        "bio": T(
            (
                "Youssef Ben Slimane a accompagné l'entrée en vigueur d'une loi sur "
                "l'accès à l'information. Il forme les administrations au traitement "
                "des demandes des citoyens."
            ),
            (
                "Youssef Ben Slimane helped bring an access to information law into "
                "force. He trains public bodies to handle requests from citizens."
            ),
        ),
    },
    {
        "key": "nadia-haddad",
        "name": "Nadia Haddad",
        "role": T("développeuse et cofondatrice", "Developer and Co-founder"),
        "organisation": T("Collectif Tech Civique", "Civic Tech Collective"),
        "country": T("Jordanie", "Jordan"),
        "bio": T(
            (
                "Nadia Haddad conçoit des outils libres qui aident les citoyens à "
                "interpeller leurs élus. Elle œuvre pour une plus grande place des "
                "femmes dans la tech civique."
            ),
            (
                "Nadia Haddad builds open-source tools that help citizens contact "
                "their elected representatives. She works to give women a greater role "
                "in civic tech."
            ),
        ),
    },
    {
        "key": "rafael-lacerda",
        "name": "Rafael Lacerda",
        "role": T(
            "coordinateur du budget participatif",
            "Participatory Budgeting Coordinator",
        ),
        "organisation": T(
            "Municipalité de démonstration",
            "Demonstration Municipality",
        ),
        "country": T("Brésil", "Brazil"),
        "bio": T(
            (
                "Rafael Lacerda organise chaque année des assemblées de quartier qui "
                "décident d'une partie des investissements de la ville. Il cherche à y "
                "faire venir ceux qui n'y participent jamais."
            ),
            (
                "Rafael Lacerda organises yearly neighbourhood assemblies that decide "
                "on part of the city's investment budget. He looks for ways to bring "
                "in people who never take part."
            ),
        ),
    },
    {
        "key": "arif-wicaksono",
        "name": "Arif Wicaksono",
        "role": T("conseiller pour le gouvernement ouvert", "Open Government Adviser"),
        "organisation": T(
            "Agence nationale de planification (démo)",
            "National Planning Agency (demo)",
        ),
        "country": T("Indonésie", "Indonesia"),
        "bio": T(
            (
                "Arif Wicaksono relie les engagements de gouvernement ouvert aux "
                "politiques de gestion des forêts et des terres. Il coordonne un "
                "groupe de travail réunissant ministères et associations."
            ),
            (
                "Arif Wicaksono links open government commitments to forest and land "
                "management policy. He coordinates a working group of ministries and "
                "civil society organisations."
            ),
        ),
    },
    {
        "key": "marisol-dizon",
        "name": "Marisol Dizon",
        "role": T("directrice exécutive", "Executive Director"),
        "organisation": T(
            "Réseau pour la redevabilité sociale",
            "Social Accountability Network",
        ),
        "country": T("Philippines", "Philippines"),
        "bio": T(
            (
                "Marisol Dizon a mis au point des audits citoyens des écoles et des "
                "centres de santé. Elle siège au forum national qui co-rédige le plan "
                "d'action."
            ),
            (
                "Marisol Dizon developed citizen audits of schools and health centres. "
                "She sits on the national forum that co-drafts the action plan."
            ),
        ),
    },
    {
        "key": "ketevan-lomidze",
        "name": "Ketevan Lomidze",
        "role": T("cheffe adjointe du service des données", "Deputy Head of Data"),
        "organisation": T(
            "Service public des données (démo)",
            "Public Data Service (demo)",
        ),
        "country": T("Géorgie", "Georgia"),
        "bio": T(
            (
                "Ketevan Lomidze dirige l'ouverture des registres publics. Elle défend "
                "des données ouvertes respectueuses de la vie privée."
            ),
            (
                "Ketevan Lomidze leads the opening of public registers. She argues for "
                "open data that respects privacy."
            ),
        ),
    },
    {
        "key": "taras-pylypenko",
        "name": "Taras Pylypenko",
        "role": T("analyste principal", "Lead Analyst"),
        "organisation": T(
            "Plateforme de veille sur la commande publique",
            "Public Procurement Watch Platform",
        ),
        "country": T("Ukraine", "Ukraine"),
        "bio": T(
            (
                "Taras Pylypenko analyse des milliers d'appels d'offres pour repérer "
                "les signaux de fraude. Il contribue à des outils libres de suivi des "
                "marchés publics."
            ),
            (
                "Taras Pylypenko analyses thousands of tenders to spot warning signs "
                "of fraud. He contributes to open-source tools for monitoring public "
                "contracts."
            ),
        ),
    },
    {
        "key": "tonis-vaher",
        "name": "Tõnis Vaher",
        "role": T("architecte des services numériques", "Digital Services Architect"),
        "organisation": T(
            "Centre des services numériques de l'État (démo)",
            "State Digital Services Centre (demo)",
        ),
        "country": T("Estonie", "Estonia"),
        "bio": T(
            (
                "Tõnis Vaher conçoit des services publics en ligne avec leurs usagers. "
                "Il s'intéresse à l'identité numérique et à la confiance des citoyens."
            ),
            (
                "Tõnis Vaher designs online public services with their users. His "
                "interests include digital identity and citizens' trust."
            ),
        ),
    },
    {
        "key": "ingrid-solvang",
        "name": "Ingrid Solvang",
        "role": T("directrice", "Director"),
        "organisation": T("Fondation Climat Ouvert", "Open Climate Foundation"),
        "country": T("Norvège", "Norway"),
        "bio": T(
            (
                "Ingrid Solvang milite pour des politiques climatiques transparentes "
                "et pour la participation du public aux choix énergétiques. Elle a "
                "fondé un tableau de bord citoyen des engagements climatiques."
            ),
            (
                "Ingrid Solvang campaigns for transparent climate policy and public "
                "participation in energy choices. She founded a citizen dashboard of "
                "climate commitments."
            ),
        ),
    },
    {
        "key": "jihoon-kwak",
        "name": "Ji-hoon Kwak",
        "role": T("chargé de mission innovation publique", "Public Innovation Officer"),
        "organisation": T(
            "Ministère de l'Administration publique (démo)",
            "Ministry of Public Administration (demo)",
        ),
        "country": T("Corée du Sud", "South Korea"),
        "bio": T(
            (
                "Ji-hoon Kwak coordonne les consultations en ligne de son ministère et "
                "forme les agents publics au gouvernement ouvert."
            ),
            (
                "Ji-hoon Kwak coordinates his ministry's online consultations and "
                "trains civil servants in open government."
            ),
        ),
    },
    {
        "key": "rosalind-ashworth",
        "name": "Rosalind Ashworth",
        "role": T("chercheuse en gouvernance", "Governance Researcher"),
        "organisation": T(
            "Institut de recherche sur la gouvernance ouverte",
            "Open Governance Research Institute",
        ),
        "country": T("Royaume-Uni", "United Kingdom"),
        "bio": T(
            (
                "Rosalind Ashworth étudie la transparence des bénéficiaires effectifs "
                "et la protection des lanceurs d'alerte. Elle conseille des parlements "
                "sur ces questions."
            ),
            (
                "Rosalind Ashworth researches beneficial ownership transparency and "
                "whistleblower protection. She advises parliaments on these issues."
            ),
        ),
    },
    {
        "key": "genevieve-thibodeau",
        "name": "Geneviève Thibodeau",
        "role": T("directrice", "Director"),
        "organisation": T(
            "Bureau du gouvernement ouvert (démo)",
            "Open Government Office (demo)",
        ),
        "country": T("Canada", "Canada"),
        "bio": T(
            (
                "Geneviève Thibodeau a coordonné la co-construction du plan d'action "
                "de son pays avec la société civile. Elle travaille aujourd'hui sur "
                "l'évaluation des engagements."
            ),
            (
                "Geneviève Thibodeau coordinated the co-creation of her country's "
                "action plan with civil society. She now works on assessing "
                "commitments."
            ),
        ),
    },
    {
        "key": "mariam-toure",
        "name": "Mariam Touré",
        "role": T("présidente", "Chair"),
        "organisation": T(
            "Coalition des jeunes pour la redevabilité",
            "Youth Coalition for Accountability",
        ),
        "country": T("Côte d'Ivoire", "Côte d'Ivoire"),
        "bio": T(
            (
                "Mariam Touré mobilise des jeunes de dix villes pour suivre les "
                "engagements de leurs élus. Elle défend une participation paritaire et "
                "intergénérationnelle."
            ),
            (
                "Mariam Touré mobilises young people in ten cities to track their "
                "elected representatives' commitments. She champions gender-balanced, "
                "intergenerational participation."
            ),
        ),
    },
    {
        "key": "valentina-urrego",
        "name": "Valentina Urrego",
        "role": T("coordinatrice", "Coordinator"),
        "organisation": T(
            "Réseau latino-américain des données environnementales",
            "Latin American Environmental Data Network",
        ),
        "country": T("Colombie", "Colombia"),
        "bio": T(
            (
                "Valentina Urrego aide les communautés à accéder aux données sur "
                "l'eau, l'air et les forêts. Elle anime des projets de sciences "
                "participatives."
            ),
            (
                "Valentina Urrego helps communities access data on water, air and "
                "forests. She leads citizen science projects."
            ),
        ),
    },
    {
        "key": "martin-escribano",
        "name": "Martín Escribano",
        "role": T("responsable des données ouvertes", "Head of Open Data"),
        "organisation": T(
            "Agence du gouvernement numérique (démo)",
            "Digital Government Agency (demo)",
        ),
        "country": T("Uruguay", "Uruguay"),
        "bio": T(
            (
                "Martín Escribano a piloté la création du portail national de données "
                "ouvertes. Il promeut des standards communs entre pays d'Amérique "
                "latine."
            ),
            (
                "Martín Escribano led the creation of the national open data portal. "
                "He promotes shared standards across Latin America."
            ),
        ),
    },
]

SESSIONS = [
    # 7 December 2016
    {
        "key": "opening-plenary",
        "title": T(
            (
                "Plénière d'ouverture : de nouvelles alliances entre gouvernements et "
                "société civile"
            ),
            "Opening plenary: new alliances between governments and civil society",
        ),
        "slug": T(
            "pleniere-d-ouverture-nouvelles-alliances",
            "opening-plenary-new-alliances",
        ),
        "description": T(
            (
                "<p>Le Sommet s'ouvre sur son thème central : <b>la formation de "
                "nouvelles alliances entre les gouvernements et la société civile</b>. "
                "Responsables publics et militants associatifs partagent leur vision "
                "d'une action publique plus contributive, enrichie par la "
                "participation des citoyens.</p>"
                "<p>Cette plénière présente aussi le programme des trois jours et les "
                "quatre formats de sessions co-construits avec les participants.</p>"
            ),
            (
                "<p>The Summit opens with its central theme: <b>building new alliances "
                "between governments and civil society</b>. Public officials and civil "
                "society activists share their vision of more collaborative public "
                "action, enriched by citizen participation.</p>"
                "<p>This plenary also introduces the three-day programme and the four "
                "session formats co-created with participants.</p>"
            ),
        ),
        "format": "conference",
        "theme": "participation",
        "day": 7,
        "start": "09:30",
        "end": "11:00",
        "venue": "grand-amphi",
        "speakers": [
            "claire-vasseur",
            "etienne-marchal",
            "mariam-toure",
            "arif-wicaksono",
        ],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Comité d'organisation du Sommet",
            "Summit Organising Committee",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "open-data-reuse",
        # Demo link to the national action plan (presentation.Commitment numbers).
        "commitments": [15, 11],
        "title": T(
            "Données ouvertes : de la publication à la réutilisation",
            "Open data: from publication to reuse",
        ),
        "slug": T(
            "donnees-ouvertes-de-la-publication-a-la-reutilisation",
            "open-data-from-publication-to-reuse",
        ),
        "description": T(
            (
                "<p>Publier des jeux de données ne suffit pas : encore faut-il qu'ils "
                "soient trouvés, compris et utilisés. Trois intervenants comparent "
                "leurs stratégies pour encourager la réutilisation, des concours "
                "d'applications aux partenariats avec la presse.</p>"
            ),
            (
                "<p>Publishing datasets is not enough: they also need to be found, "
                "understood and used. Three speakers compare their strategies for "
                "encouraging reuse, from app competitions to partnerships with the "
                "press.</p>"
            ),
        ),
        "format": "conference",
        "theme": "transparence",
        "day": 7,
        "start": "11:00",
        "end": "12:30",
        "venue": "salle-gouges",
        "speakers": ["ketevan-lomidze", "etienne-marchal", "martin-escribano"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Association Données Citoyennes et Service public des données (démo)",
            "Citizen Data Association and Public Data Service (demo)",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "co-drafting-commitment",
        # Demo link to the national action plan (presentation.Commitment numbers).
        "commitments": [10],
        "title": T(
            "Co-écrire un engagement de plan d'action national",
            "Co-drafting a national action plan commitment",
        ),
        "slug": T(
            "co-ecrire-un-engagement-de-plan-d-action-national",
            "co-drafting-a-national-action-plan-commitment",
        ),
        "description": T(
            (
                "<p>En petits groupes mixtes, agents publics et membres de la société "
                "civile rédigent ensemble un engagement : problème visé, objectif, "
                "jalons et indicateurs de suivi.</p>"
                "<p><b>Places limitées à 40 participants.</b> Aucune connaissance "
                "préalable n'est requise.</p>"
            ),
            (
                "<p>In small mixed groups, public officials and civil society members "
                "draft a commitment together: the problem it addresses, its goal, "
                "milestones and progress indicators.</p>"
                "<p><b>Limited to 40 participants.</b> No prior knowledge is "
                "required.</p>"
            ),
        ),
        "format": "workshop",
        "theme": "participation",
        "day": 7,
        "start": "11:00",
        "end": "13:00",
        "venue": "le-labo",
        "speakers": ["genevieve-thibodeau", "marisol-dizon"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            (
                "Bureau du gouvernement ouvert (démo) et Réseau pour la redevabilité "
                "sociale"
            ),
            "Open Government Office (demo) and Social Accountability Network",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "open-contracting",
        # Demo link to the national action plan (presentation.Commitment numbers).
        "commitments": [2],
        "title": T(
            "Commande publique ouverte : suivre l'argent public de bout en bout",
            "Open contracting: following public money from start to finish",
        ),
        "slug": T(
            "commande-publique-ouverte-suivre-l-argent-public",
            "open-contracting-following-public-money",
        ),
        "description": T(
            (
                "<p>De la planification au paiement, chaque étape d'un marché public "
                "peut être publiée dans un format ouvert. Cette conférence montre "
                "comment la société civile s'appuie sur ces données pour détecter les "
                "irrégularités, et ce que les administrations y gagnent en "
                "efficacité.</p>"
            ),
            (
                "<p>From planning to payment, every stage of a public contract can be "
                "published in an open format. This conference shows how civil society "
                "uses such data to detect irregularities, and what public bodies gain "
                "from it in efficiency.</p>"
            ),
        ),
        "format": "conference",
        "theme": "integrite",
        "day": 7,
        "start": "11:00",
        "end": "12:30",
        "venue": "salle-agora",
        "speakers": ["taras-pylypenko", "sofia-arancibia", "joaquin-ferreyra"],
        "languages": ["en"],
        "other_language": T("", ""),
        "organisers": T(
            "Plateforme de veille sur la commande publique",
            "Public Procurement Watch Platform",
        ),
        "organiser_type": "civil_society",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "air-quality-map",
        "title": T(
            "Une carte citoyenne de la qualité de l'air",
            "A citizen-made air quality map",
        ),
        "slug": T(
            "une-carte-citoyenne-de-la-qualite-de-l-air",
            "a-citizen-made-air-quality-map",
        ),
        "description": T(
            (
                "<p>Des capteurs à bas coût installés par des habitants alimentent une "
                "carte ouverte de la qualité de l'air. L'équipe présente le projet en "
                "dix minutes, puis échange avec le public pour trouver des villes "
                "partenaires.</p>"
            ),
            (
                "<p>Low-cost sensors installed by residents feed an open map of air "
                "quality. The team presents the project in ten minutes, then talks "
                "with the audience to find partner cities.</p>"
            ),
        ),
        "format": "pitch",
        "theme": "climat",
        "day": 7,
        "start": "11:00",
        "end": "11:30",
        "venue": "scene-initiatives",
        "speakers": ["valentina-urrego"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Réseau latino-américain des données environnementales",
            "Latin American Environmental Data Network",
        ),
        "organiser_type": "civil_society",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "paris-agreement",
        # Demo link to the national action plan (presentation.Commitment numbers).
        "commitments": [24],
        "title": T(
            (
                "Gouvernement ouvert et accord de Paris : la transparence au service "
                "du climat"
            ),
            "Open government and the Paris Agreement: transparency for climate action",
        ),
        "slug": T(
            "gouvernement-ouvert-et-accord-de-paris",
            "open-government-and-the-paris-agreement",
        ),
        "description": T(
            (
                "<p>Un an après la COP21, comment les principes du gouvernement ouvert "
                "peuvent-ils renforcer la mise en œuvre des engagements climatiques ? "
                "Les intervenants examinent la transparence des contributions "
                "nationales et la participation du public aux politiques "
                "énergétiques.</p>"
                "<p>Le débat est suivi d'un temps de questions avec la salle.</p>"
            ),
            (
                "<p>One year after COP21, how can open government principles "
                "strengthen the implementation of climate commitments? The speakers "
                "look at the transparency of national contributions and public "
                "participation in energy policy.</p>"
                "<p>The debate is followed by questions from the floor.</p>"
            ),
        ),
        "format": "conference",
        "theme": "climat",
        "day": 7,
        "start": "14:00",
        "end": "15:30",
        "venue": "grand-amphi",
        "speakers": [
            "ingrid-solvang",
            "joaquin-ferreyra",
            "valentina-urrego",
            "claire-vasseur",
        ],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Fondation Climat Ouvert et Ministère de la Transformation publique (démo)",
            "Open Climate Foundation and Ministry of Public Transformation (demo)",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "participatory-budgeting",
        "title": T(
            "Budgets participatifs : concevoir un dispositif inclusif",
            "Participatory budgeting: designing an inclusive process",
        ),
        "slug": T(
            "budgets-participatifs-concevoir-un-dispositif-inclusif",
            "participatory-budgeting-designing-an-inclusive-process",
        ),
        "description": T(
            (
                "<p>Comment associer celles et ceux qui ne votent pas ou ne viennent "
                "jamais aux réunions publiques ? À partir d'exemples brésiliens et "
                "philippins, les participants conçoivent un budget participatif adapté "
                "à leur territoire.</p>"
                "<p>Atelier en français et en anglais, avec <b>interprétation en "
                "portugais</b>.</p>"
            ),
            (
                "<p>How can you involve people who do not vote or never come to public "
                "meetings? Drawing on examples from Brazil and the Philippines, "
                "participants design a participatory budget suited to their own "
                "area.</p>"
                "<p>Workshop in French and English, with <b>Portuguese "
                "interpretation</b>.</p>"
            ),
        ),
        "format": "workshop",
        "theme": "participation",
        "day": 7,
        "start": "14:00",
        "end": "16:00",
        "venue": "salle-seine",
        "speakers": ["rafael-lacerda", "marisol-dizon"],
        "languages": ["fr", "en", "other"],
        "other_language": T("portugais", "Portuguese"),
        "organisers": T(
            "Municipalité de démonstration et Réseau pour la redevabilité sociale",
            "Demonstration Municipality and Social Accountability Network",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "beneficial-ownership",
        # Demo link to the national action plan (presentation.Commitment numbers).
        "commitments": [7],
        "title": T(
            "Cartographier les bénéficiaires effectifs des entreprises",
            "Mapping the beneficial owners of companies",
        ),
        "slug": T(
            "cartographier-les-beneficiaires-effectifs-des-entreprises",
            "mapping-the-beneficial-owners-of-companies",
        ),
        "description": T(
            (
                "<p>Qui se cache derrière une société écran ? À partir de registres "
                "fictifs, les participants remontent des chaînes de détention et "
                "définissent les informations qu'un registre public des bénéficiaires "
                "effectifs devrait contenir.</p>"
            ),
            (
                "<p>Who is behind a shell company? Using fictitious registers, "
                "participants trace chains of ownership and work out what information "
                "a public register of beneficial owners should contain.</p>"
            ),
        ),
        "format": "workshop",
        "theme": "integrite",
        "day": 7,
        "start": "14:00",
        "end": "16:00",
        "venue": "le-labo",
        "speakers": ["folake-odunsi", "rosalind-ashworth"],
        "languages": ["en"],
        "other_language": T("", ""),
        "organisers": T(
            (
                "Réseau des médias indépendants et Institut de recherche sur la "
                "gouvernance ouverte"
            ),
            "Independent Media Network and Open Governance Research Institute",
        ),
        "organiser_type": "civil_society",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "foi-chatbot",
        "title": T(
            "Un assistant conversationnel pour les demandes d'accès à l'information",
            "A chatbot for access to information requests",
        ),
        "slug": T(
            "assistant-conversationnel-demandes-d-acces-a-l-information",
            "a-chatbot-for-access-to-information-requests",
        ),
        "description": T(
            (
                "<p>Cet assistant guide les citoyens pas à pas pour rédiger une "
                "demande d'accès à l'information, l'adresser au bon service et suivre "
                "la réponse.</p>"
            ),
            (
                "<p>This chatbot guides citizens step by step as they write an access "
                "to information request, send it to the right office and follow up on "
                "the reply.</p>"
            ),
        ),
        "format": "pitch",
        "theme": "numerique",
        "day": 7,
        "start": "14:00",
        "end": "14:30",
        "venue": "scene-initiatives",
        "speakers": ["nadia-haddad"],
        "languages": ["en"],
        "other_language": T("", ""),
        "organisers": T("Collectif Tech Civique", "Civic Tech Collective"),
        "organiser_type": "civil_society",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "meetings-register",
        "title": T(
            "Un registre ouvert des rendez-vous des élus locaux",
            "An open register of local elected officials' meetings",
        ),
        "slug": T(
            "un-registre-ouvert-des-rendez-vous-des-elus-locaux",
            "an-open-register-of-local-elected-officials-meetings",
        ),
        "description": T(
            (
                "<p>Qui rencontre les élus, quand et à quel sujet ? Une commune "
                "présente son registre en ligne des rendez-vous avec les représentants "
                "d'intérêts et tire les leçons de sa première année.</p>"
            ),
            (
                "<p>Who meets elected officials, when, and about what? A town presents "
                "its online register of meetings with lobbyists and draws lessons from "
                "its first year.</p>"
            ),
        ),
        "format": "pitch",
        "theme": "integrite",
        "day": 7,
        "start": "14:45",
        "end": "15:15",
        "venue": "scene-initiatives",
        "speakers": ["solene-guerin"],
        "languages": ["fr"],
        "other_language": T("", ""),
        "organisers": T("Ville de démonstration", "Demonstration City"),
        "organiser_type": "government",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "youth-open-gov",
        "title": T(
            "Jeunesse et gouvernement ouvert : faire entendre les 18-30 ans",
            "Youth and open government: giving 18 to 30-year-olds a voice",
        ),
        "slug": T("jeunesse-et-gouvernement-ouvert", "youth-and-open-government"),
        "description": T(
            (
                "<p>Les jeunes sont souvent les premiers à adopter les outils "
                "numériques, mais rarement associés à la décision publique. Deux "
                "militants racontent comment leurs coalitions suivent les engagements "
                "des élus et obtiennent des réponses.</p>"
            ),
            (
                "<p>Young people are often the first to adopt digital tools, yet they "
                "are rarely involved in public decision-making. Two activists describe "
                "how their coalitions track elected officials' commitments and get "
                "answers.</p>"
            ),
        ),
        "format": "conference",
        "theme": "participation",
        "day": 7,
        "start": "16:00",
        "end": "17:30",
        "venue": "salle-gouges",
        "speakers": ["mariam-toure", "amara-kondeh"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Coalition des jeunes pour la redevabilité",
            "Youth Coalition for Accountability",
        ),
        "organiser_type": "civil_society",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "digital-identity",
        "title": T(
            "Identité numérique et confiance : quelles garanties pour les citoyens ?",
            "Digital identity and trust: what safeguards for citizens?",
        ),
        "slug": T("identite-numerique-et-confiance", "digital-identity-and-trust"),
        "description": T(
            (
                "<p>L'identité numérique simplifie l'accès aux services publics, mais "
                "soulève des questions de vie privée et d'exclusion. Cette conférence "
                "confronte les points de vue d'administrations et de chercheurs sur "
                "les garanties à prévoir.</p>"
            ),
            (
                "<p>Digital identity makes public services easier to access, but "
                "raises questions of privacy and exclusion. This conference brings "
                "together the views of public bodies and researchers on the safeguards "
                "needed.</p>"
            ),
        ),
        "format": "conference",
        "theme": "numerique",
        "day": 7,
        "start": "16:00",
        "end": "17:30",
        "venue": "salle-agora",
        "speakers": ["tonis-vaher", "jihoon-kwak", "rosalind-ashworth"],
        "languages": ["en"],
        "other_language": T("", ""),
        "organisers": T(
            "Centre des services numériques de l'État (démo)",
            "State Digital Services Centre (demo)",
        ),
        "organiser_type": "government",
        "external_link": "",
        "status": "cancelled",
    },
    {
        "key": "civic-tech-meetup",
        "title": T(
            "Rencontres de la tech civique : démonstrations et échanges",
            "Civic tech meet-up: demos and discussions",
        ),
        "slug": T("rencontres-de-la-tech-civique", "civic-tech-meet-up"),
        "description": T(
            (
                "<p>Une quinzaine d'équipes présentent sur des stands leurs outils de "
                "participation et de transparence, dans un tiers-lieu partenaire situé "
                "à quelques minutes du Centre de conférences.</p>"
                "<p><b>Entrée gratuite, inscription obligatoire</b> sur le site de "
                "l'organisateur.</p>"
            ),
            (
                "<p>Around fifteen teams demonstrate their participation and "
                "transparency tools at stands, in a partner community space a few "
                "minutes from the Conference Centre.</p>"
                "<p><b>Free entry, registration required</b> on the organiser's "
                "website.</p>"
            ),
        ),
        "format": "external",
        "theme": "numerique",
        "day": 7,
        "start": "17:00",
        "end": "18:30",
        "venue": None,
        "speakers": ["nadia-haddad"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Collectif Tech Civique et Association Données Citoyennes",
            "Civic Tech Collective and Citizen Data Association",
        ),
        "organiser_type": "civil_society",
        "external_link": "https://example.org/civic-tech-meet-up",
        "status": "scheduled",
    },
    {
        "key": "plain-language",
        "title": T(
            (
                "Écrire en langage clair : rendre les courriers administratifs "
                "compréhensibles"
            ),
            "Plain language: making official letters easy to understand",
        ),
        "slug": T("ecrire-en-langage-clair", "plain-language-official-letters"),
        "description": T(
            (
                "<p>Un courrier que personne ne comprend est une information qui ne "
                "passe pas. Les participants réécrivent des extraits de formulaires et "
                "de lettres administratives, puis les testent auprès d'usagers "
                "volontaires.</p>"
            ),
            (
                "<p>A letter that nobody understands is information that does not get "
                "through. Participants rewrite extracts from official forms and "
                "letters, then test them with volunteer users.</p>"
            ),
        ),
        "format": "workshop",
        "theme": "transparence",
        "day": 7,
        "start": "17:00",
        "end": "18:30",
        "venue": "le-labo",
        "speakers": ["claire-vasseur"],
        "languages": ["fr"],
        "other_language": T("", ""),
        "organisers": T(
            "Ministère de la Transformation publique (démo)",
            "Ministry of Public Transformation (demo)",
        ),
        "organiser_type": "government",
        "external_link": "",
        "status": "scheduled",
    },
    # 8 December 2016
    {
        "key": "anti-corruption-data",
        "title": T(
            "Lutte contre la corruption : ce que les données changent",
            "Fighting corruption: what data changes",
        ),
        "slug": T(
            "lutte-contre-la-corruption-ce-que-les-donnees-changent",
            "fighting-corruption-what-data-changes",
        ),
        "description": T(
            (
                "<p>Déclarations de patrimoine, registres de lobbying, marchés publics "
                ": les données ouvertes donnent de nouveaux moyens aux organes de "
                "contrôle comme aux journalistes. Elles ne suffisent pas pour autant "
                "sans sanctions effectives ni protection des sources.</p>"
                "<p>Avec des intervenants du <b>Mexique</b>, du <b>Nigeria</b>, "
                "d'<b>Afrique du Sud</b> et de <b>Tunisie</b>.</p>"
            ),
            (
                "<p>Asset declarations, lobbying registers, public contracts: open "
                "data gives new means to oversight bodies and journalists alike. Yet "
                "it is not enough without effective sanctions and protection for "
                "sources.</p>"
                "<p>With speakers from <b>Mexico</b>, <b>Nigeria</b>, <b>South "
                "Africa</b> and <b>Tunisia</b>.</p>"
            ),
        ),
        "format": "conference",
        "theme": "integrite",
        "day": 8,
        "start": "09:30",
        "end": "11:00",
        "venue": "grand-amphi",
        "speakers": [
            "joaquin-ferreyra",
            "folake-odunsi",
            "lerato-mokoena",
            "youssef-ben-slimane",
        ],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            (
                "Secrétariat à la Fonction publique (démo) et Institut pour la "
                "redevabilité publique"
            ),
            "Public Service Secretariat (demo) and Public Accountability Institute",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "spending-hackathon",
        # Demo link to the national action plan (presentation.Commitment numbers).
        "commitments": [1],
        "title": T(
            "Hackathon : visualiser les dépenses locales",
            "Hackathon: visualising local spending",
        ),
        "slug": T(
            "hackathon-visualiser-les-depenses-locales",
            "hackathon-visualising-local-spending",
        ),
        "description": T(
            (
                "<p>Développeurs, graphistes et agents territoriaux disposent d'une "
                "matinée pour rendre lisibles les dépenses d'un comté fictif. Les "
                "prototypes sont publiés sous licence libre à l'issue de "
                "l'événement.</p>"
            ),
            (
                "<p>Developers, designers and local government staff have one morning "
                "to make a fictitious county's spending easy to understand. The "
                "prototypes are published under an open licence at the end of the "
                "event.</p>"
            ),
        ),
        "format": "external",
        "theme": "transparence",
        "day": 8,
        "start": "09:30",
        "end": "12:30",
        "venue": None,
        "speakers": ["wanjiru-mbatia", "nadia-haddad"],
        "languages": ["en"],
        "other_language": T("", ""),
        "organisers": T(
            "Administration du comté de démonstration et Collectif Tech Civique",
            "Demonstration County Government and Civic Tech Collective",
        ),
        "organiser_type": "both",
        "external_link": "https://example.org/local-spending-hackathon",
        "status": "scheduled",
    },
    {
        "key": "online-consultations",
        # Demo link to the national action plan (presentation.Commitment numbers).
        "commitments": [13],
        "title": T(
            "Consultations en ligne : comment traiter des milliers de contributions ?",
            "Online consultations: how to handle thousands of contributions?",
        ),
        "slug": T(
            "consultations-en-ligne-traiter-des-milliers-de-contributions",
            "online-consultations-thousands-of-contributions",
        ),
        "description": T(
            (
                "<p>Une consultation réussie peut recueillir des dizaines de milliers "
                "de contributions. Comment les analyser sans en trahir le sens, et "
                "comment rendre compte aux participants de ce qui a été retenu ?</p>"
                "<p>Les participants testent plusieurs méthodes d'analyse sur un "
                "corpus fictif.</p>"
            ),
            (
                "<p>A successful consultation can attract tens of thousands of "
                "contributions. How can they be analysed without distorting their "
                "meaning, and how can participants be told what has been taken on "
                "board?</p>"
                "<p>Participants try out several analysis methods on a fictitious set "
                "of contributions.</p>"
            ),
        ),
        "format": "workshop",
        "theme": "numerique",
        "day": 8,
        "start": "09:30",
        "end": "11:30",
        "venue": "salle-seine",
        "speakers": ["etienne-marchal", "jihoon-kwak"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            (
                "Association Données Citoyennes et Ministère de l'Administration "
                "publique (démo)"
            ),
            "Citizen Data Association and Ministry of Public Administration (demo)",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "climate-dashboard",
        # Demo link to the national action plan (presentation.Commitment numbers).
        "commitments": [25],
        "title": T(
            "Un tableau de bord citoyen des engagements climatiques",
            "A citizen dashboard of climate commitments",
        ),
        "slug": T(
            "un-tableau-de-bord-citoyen-des-engagements-climatiques",
            "a-citizen-dashboard-of-climate-commitments",
        ),
        "description": T(
            (
                "<p>Ce tableau de bord compare, à partir de données publiques, les "
                "promesses climatiques des collectivités à leurs résultats mesurés. "
                "Toutes les données sont réutilisables sous licence ouverte.</p>"
            ),
            (
                "<p>Using public data, this dashboard compares local authorities' "
                "climate pledges with their measured results. All the data can be "
                "reused under an open licence.</p>"
            ),
        ),
        "format": "pitch",
        "theme": "climat",
        "day": 8,
        "start": "09:30",
        "end": "10:00",
        "venue": "scene-initiatives",
        "speakers": ["ingrid-solvang"],
        "languages": ["en"],
        "other_language": T("", ""),
        "organisers": T("Fondation Climat Ouvert", "Open Climate Foundation"),
        "organiser_type": "civil_society",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "school-audits-sms",
        "title": T(
            "Des audits citoyens par SMS dans les écoles",
            "Citizen audits by text message in schools",
        ),
        "slug": T(
            "des-audits-citoyens-par-sms-dans-les-ecoles",
            "citizen-audits-by-text-message-in-schools",
        ),
        "description": T(
            (
                "<p>Des parents signalent par SMS les manuels manquants ou les travaux "
                "inachevés dans l'école de leurs enfants. Les signalements sont "
                "publiés et transmis aux services compétents.</p>"
            ),
            (
                "<p>Parents report missing textbooks or unfinished building work at "
                "their children's school by text message. The reports are published "
                "and passed on to the relevant authorities.</p>"
            ),
        ),
        "format": "pitch",
        "theme": "participation",
        "day": 8,
        "start": "10:15",
        "end": "10:45",
        "venue": "scene-initiatives",
        "speakers": ["marisol-dizon"],
        "languages": ["en"],
        "other_language": T("", ""),
        "organisers": T(
            "Réseau pour la redevabilité sociale",
            "Social Accountability Network",
        ),
        "organiser_type": "civil_society",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "access-to-information",
        "title": T(
            "Accès à l'information : des lois aux pratiques",
            "Access to information: from laws to practice",
        ),
        "slug": T(
            "acces-a-l-information-des-lois-aux-pratiques",
            "access-to-information-from-laws-to-practice",
        ),
        "description": T(
            (
                "<p>De nombreux pays disposent d'une loi sur l'accès à l'information, "
                "mais les retards de réponse et les refus restent fréquents. Comment "
                "former les administrations, mesurer les progrès et faire respecter ce "
                "droit ?</p>"
                "<p>Conférence en français et en anglais, avec <b>interprétation en "
                "arabe</b>.</p>"
            ),
            (
                "<p>Many countries have an access to information law, yet late replies "
                "and refusals remain common. How can public bodies be trained, "
                "progress measured and the right enforced?</p>"
                "<p>Conference in French and English, with <b>Arabic "
                "interpretation</b>.</p>"
            ),
        ),
        "format": "conference",
        "theme": "transparence",
        "day": 8,
        "start": "11:30",
        "end": "13:00",
        "venue": "grand-amphi",
        "speakers": ["youssef-ben-slimane", "lerato-mokoena", "genevieve-thibodeau"],
        "languages": ["fr", "en", "other"],
        "other_language": T("arabe", "Arabic"),
        "organisers": T(
            (
                "Agence pour l'accès à l'information (démo) et Institut pour la "
                "redevabilité publique"
            ),
            "Access to Information Agency (demo) and Public Accountability Institute",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "open-cities",
        "title": T(
            "Villes ouvertes : rencontre des collectivités engagées",
            "Open cities: a meeting of committed local governments",
        ),
        "slug": T(
            "villes-ouvertes-rencontre-des-collectivites-engagees",
            "open-cities-a-meeting-of-committed-local-governments",
        ),
        "description": T(
            (
                "<p>Élus et agents de collectivités de plusieurs continents partagent "
                "leurs expériences du gouvernement ouvert à l'échelle locale, de la "
                "publication des budgets aux conseils de quartier. La rencontre se "
                "tient dans une mairie partenaire.</p>"
            ),
            (
                "<p>Elected officials and staff from local governments on several "
                "continents share their experience of open government at local level, "
                "from publishing budgets to neighbourhood councils. The meeting takes "
                "place at a partner town hall.</p>"
            ),
        ),
        "format": "external",
        "theme": "participation",
        "day": 8,
        "start": "11:00",
        "end": "13:00",
        "venue": None,
        "speakers": ["rafael-lacerda", "solene-guerin", "arif-wicaksono"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Réseau des villes ouvertes (démo)",
            "Open Cities Network (demo)",
        ),
        "organiser_type": "government",
        "external_link": "https://example.org/open-cities-meeting",
        "status": "scheduled",
    },
    {
        "key": "whistleblowers",
        "title": T(
            "Protéger les lanceurs d'alerte : vers un cadre commun",
            "Protecting whistleblowers: towards a common framework",
        ),
        "slug": T("proteger-les-lanceurs-d-alerte", "protecting-whistleblowers"),
        "description": T(
            (
                "<p>Canaux de signalement, confidentialité, protection contre les "
                "représailles : les participants comparent les législations existantes "
                "et dressent la liste des garanties minimales qui pourraient figurer "
                "dans un plan d'action national.</p>"
            ),
            (
                "<p>Reporting channels, confidentiality, protection against "
                "retaliation: participants compare existing laws and draw up a list of "
                "minimum safeguards that could be included in a national action "
                "plan.</p>"
            ),
        ),
        "format": "workshop",
        "theme": "integrite",
        "day": 8,
        "start": "14:00",
        "end": "16:00",
        "venue": "salle-agora",
        "speakers": ["rosalind-ashworth", "taras-pylypenko"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Institut de recherche sur la gouvernance ouverte",
            "Open Governance Research Institute",
        ),
        "organiser_type": "civil_society",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "environmental-data",
        "title": T(
            "Les données environnementales au service des communautés",
            "Environmental data for communities",
        ),
        "slug": T(
            "les-donnees-environnementales-au-service-des-communautes",
            "environmental-data-for-communities",
        ),
        "description": T(
            (
                "<p>Déforestation, qualité de l'eau, projets miniers : l'accès aux "
                "données environnementales permet aux communautés de défendre leurs "
                "droits et de peser sur les décisions qui les concernent.</p>"
                "<p>Conférence en français et en anglais, avec <b>interprétation en "
                "espagnol</b>.</p>"
            ),
            (
                "<p>Deforestation, water quality, mining projects: access to "
                "environmental data enables communities to defend their rights and "
                "influence the decisions that affect them.</p>"
                "<p>Conference in French and English, with <b>Spanish "
                "interpretation</b>.</p>"
            ),
        ),
        "format": "conference",
        "theme": "climat",
        "day": 8,
        "start": "14:00",
        "end": "15:30",
        "venue": "salle-gouges",
        "speakers": ["valentina-urrego", "arif-wicaksono"],
        "languages": ["fr", "en", "other"],
        "other_language": T("espagnol", "Spanish"),
        "organisers": T(
            (
                "Réseau latino-américain des données environnementales et Agence "
                "nationale de planification (démo)"
            ),
            (
                "Latin American Environmental Data Network and National Planning "
                "Agency (demo)"
            ),
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "user-centred-design",
        "title": T(
            "Concevoir des services publics avec leurs usagers",
            "Designing public services with their users",
        ),
        "slug": T(
            "concevoir-des-services-publics-avec-leurs-usagers",
            "designing-public-services-with-their-users",
        ),
        "description": T(
            (
                "<p>Entretiens, prototypes, tests : cet atelier initie aux méthodes de "
                "conception centrée sur l'usager. Les participants repensent une "
                "démarche administrative fictive, de la première visite sur le site "
                "jusqu'à la réponse finale.</p>"
            ),
            (
                "<p>Interviews, prototypes, testing: this workshop introduces "
                "user-centred design methods. Participants rethink a fictitious "
                "administrative procedure, from the first visit to the website through "
                "to the final decision.</p>"
            ),
        ),
        "format": "workshop",
        "theme": "numerique",
        "day": 8,
        "start": "14:00",
        "end": "16:00",
        "venue": "le-labo",
        "speakers": ["tonis-vaher", "claire-vasseur"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            (
                "Centre des services numériques de l'État (démo) et Ministère de la "
                "Transformation publique (démo)"
            ),
            (
                "State Digital Services Centre (demo) and Ministry of Public "
                "Transformation (demo)"
            ),
        ),
        "organiser_type": "government",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "petitions-platform",
        "title": T(
            "Une plateforme de pétitions reliée au Parlement",
            "A petitions platform linked to parliament",
        ),
        "slug": T(
            "une-plateforme-de-petitions-reliee-au-parlement",
            "a-petitions-platform-linked-to-parliament",
        ),
        "description": T(
            (
                "<p>Au-delà d'un certain nombre de signatures, chaque pétition déposée "
                "sur cette plateforme reçoit une réponse publique des députés "
                "concernés. L'équipe présente ses premiers résultats.</p>"
            ),
            (
                "<p>Once it passes a set number of signatures, every petition on this "
                "platform receives a public response from the members of parliament "
                "concerned. The team presents its first results.</p>"
            ),
        ),
        "format": "pitch",
        "theme": "numerique",
        "day": 8,
        "start": "14:00",
        "end": "14:30",
        "venue": "scene-initiatives",
        "speakers": ["mariam-toure"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Coalition des jeunes pour la redevabilité",
            "Youth Coalition for Accountability",
        ),
        "organiser_type": "civil_society",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "open-parliaments",
        "title": T(
            "Parlements ouverts : rapprocher les élus des citoyens",
            "Open parliaments: bringing elected representatives closer to citizens",
        ),
        "slug": T(
            "parlements-ouverts-rapprocher-les-elus-des-citoyens",
            "open-parliaments-closer-to-citizens",
        ),
        "description": T(
            (
                "<p>Votes publiés en données ouvertes, agendas des parlementaires, "
                "consultations sur les projets de loi : cette conférence fait le point "
                "sur l'ouverture des parlements et sur la place de la société civile "
                "dans le travail législatif.</p>"
            ),
            (
                "<p>Voting records published as open data, MPs' diaries, consultations "
                "on draft legislation: this conference takes stock of parliamentary "
                "openness and the role of civil society in law-making.</p>"
            ),
        ),
        "format": "conference",
        "theme": "participation",
        "day": 8,
        "start": "16:00",
        "end": "17:30",
        "venue": "grand-amphi",
        "speakers": ["sofia-arancibia", "ketevan-lomidze", "amara-kondeh"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Comité d'organisation du Sommet",
            "Summit Organising Committee",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "innovation-lab-visit",
        "title": T(
            "Portes ouvertes d'un laboratoire d'innovation publique",
            "Open day at a public innovation lab",
        ),
        "slug": T(
            "portes-ouvertes-d-un-laboratoire-d-innovation-publique",
            "open-day-at-a-public-innovation-lab",
        ),
        "description": T(
            (
                "<p>Visite d'un laboratoire où agents publics, designers et citoyens "
                "expérimentent de nouvelles manières de concevoir l'action publique. "
                "Départ groupé depuis l'accueil du Centre de conférences.</p>"
            ),
            (
                "<p>A visit to a lab where civil servants, designers and citizens try "
                "out new ways of shaping public policy. Group departure from the "
                "Conference Centre reception.</p>"
            ),
        ),
        "format": "external",
        "theme": "numerique",
        "day": 8,
        "start": "16:30",
        "end": "18:30",
        "venue": None,
        "speakers": ["claire-vasseur"],
        "languages": ["fr"],
        "other_language": T("", ""),
        "organisers": T(
            "Ministère de la Transformation publique (démo)",
            "Ministry of Public Transformation (demo)",
        ),
        "organiser_type": "government",
        "external_link": "https://example.org/innovation-lab-open-day",
        "status": "scheduled",
    },
    # 9 December 2016
    {
        "key": "open-gov-2030",
        "title": T(
            "Le gouvernement ouvert en 2030 : quelle vision à long terme ?",
            "Open government in 2030: what long-term vision?",
        ),
        "slug": T("le-gouvernement-ouvert-en-2030", "open-government-in-2030"),
        "description": T(
            (
                "<p>À quoi ressemblera le gouvernement ouvert en 2030 ? Chercheurs, "
                "responsables publics et militants croisent leurs scénarios sur "
                "l'impact du numérique sur la démocratie, la confiance dans les "
                "institutions et les nouvelles formes d'engagement citoyen.</p>"
            ),
            (
                "<p>What will open government look like in 2030? Researchers, public "
                "officials and activists compare their scenarios for the impact of "
                "digital technology on democracy, trust in institutions and new forms "
                "of civic engagement.</p>"
            ),
        ),
        "format": "conference",
        "theme": "numerique",
        "day": 9,
        "start": "09:30",
        "end": "11:00",
        "venue": "grand-amphi",
        "speakers": [
            "rosalind-ashworth",
            "arif-wicaksono",
            "martin-escribano",
            "mariam-toure",
        ],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            (
                "Institut de recherche sur la gouvernance ouverte et Agence du "
                "gouvernement numérique (démo)"
            ),
            "Open Governance Research Institute and Digital Government Agency (demo)",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "assessing-action-plan",
        "title": T(
            "Évaluer un plan d'action avec la société civile",
            "Assessing an action plan with civil society",
        ),
        "slug": T(
            "evaluer-un-plan-d-action-avec-la-societe-civile",
            "assessing-an-action-plan-with-civil-society",
        ),
        "description": T(
            (
                "<p>Comment mesurer l'avancement réel des engagements d'un plan "
                "d'action national ? Les participants construisent ensemble une grille "
                "d'évaluation partagée entre administration et société civile.</p>"
                "<p>Un <b>modèle de grille</b> est remis à chaque participant.</p>"
            ),
            (
                "<p>How can real progress on a national action plan's commitments be "
                "measured? Participants build an assessment framework shared by "
                "government and civil society.</p>"
                "<p>Each participant receives a <b>template framework</b>.</p>"
            ),
        ),
        "format": "workshop",
        "theme": "transparence",
        "day": 9,
        "start": "09:30",
        "end": "11:30",
        "venue": "salle-seine",
        "speakers": ["lerato-mokoena", "genevieve-thibodeau"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            (
                "Institut pour la redevabilité publique et Bureau du gouvernement "
                "ouvert (démo)"
            ),
            "Public Accountability Institute and Open Government Office (demo)",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "open-data-privacy",
        "title": T(
            "Données ouvertes et vie privée : anonymiser sans appauvrir",
            "Open data and privacy: anonymising without losing value",
        ),
        "slug": T("donnees-ouvertes-et-vie-privee", "open-data-and-privacy"),
        "description": T(
            (
                "<p>Peut-on publier des données de santé ou de transport sans exposer "
                "les personnes ? Les participants expérimentent des techniques "
                "d'anonymisation sur des jeux de données fictifs et en mesurent les "
                "limites.</p>"
            ),
            (
                "<p>Can health or transport data be published without exposing "
                "individuals? Participants try out anonymisation techniques on "
                "fictitious datasets and assess their limits.</p>"
            ),
        ),
        "format": "workshop",
        "theme": "transparence",
        "day": 9,
        "start": "09:30",
        "end": "11:30",
        "venue": "le-labo",
        "speakers": ["ketevan-lomidze", "tonis-vaher"],
        "languages": ["en"],
        "other_language": T("", ""),
        "organisers": T(
            "Service public des données (démo)",
            "Public Data Service (demo)",
        ),
        "organiser_type": "government",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "mining-contracts",
        # Demo link to the national action plan (presentation.Commitment numbers).
        "commitments": [8],
        "title": T(
            "Industries extractives : lire un contrat minier",
            "Extractive industries: reading a mining contract",
        ),
        "slug": T(
            "industries-extractives-lire-un-contrat-minier",
            "extractive-industries-reading-a-mining-contract",
        ),
        "description": T(
            (
                "<p>Redevances, obligations environnementales, clauses de "
                "confidentialité : cet atelier apprend à repérer les informations clés "
                "d'un contrat minier publié et à les comparer aux recettes "
                "déclarées.</p>"
            ),
            (
                "<p>Royalties, environmental obligations, confidentiality clauses: "
                "this workshop shows how to spot the key information in a published "
                "mining contract and compare it with declared revenue.</p>"
            ),
        ),
        "format": "workshop",
        "theme": "integrite",
        "day": 9,
        "start": "09:30",
        "end": "11:30",
        "venue": "salle-agora",
        "speakers": ["amara-kondeh", "folake-odunsi"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Collectif Budget Ouvert et Réseau des médias indépendants",
            "Open Budget Collective and Independent Media Network",
        ),
        "organiser_type": "civil_society",
        "external_link": "",
        "status": "cancelled",
    },
    {
        "key": "grants-tool",
        "title": T(
            "Un outil libre pour publier les subventions aux associations",
            "An open-source tool for publishing grants to non-profits",
        ),
        "slug": T(
            "un-outil-libre-pour-publier-les-subventions-aux-associations",
            "an-open-source-tool-for-publishing-grants-to-non-profits",
        ),
        "description": T(
            (
                "<p>Développé par une commune, cet outil libre permet à toute "
                "collectivité de publier en quelques clics les subventions qu'elle "
                "verse, dans un format ouvert et réutilisable.</p>"
            ),
            (
                "<p>Developed by a town council, this open-source tool lets any local "
                "authority publish the grants it awards in a few clicks, in an open, "
                "reusable format.</p>"
            ),
        ),
        "format": "pitch",
        "theme": "transparence",
        "day": 9,
        "start": "10:00",
        "end": "10:30",
        "venue": "scene-initiatives",
        "speakers": ["solene-guerin"],
        "languages": ["fr"],
        "other_language": T("", ""),
        "organisers": T("Ville de démonstration", "Demonstration City"),
        "organiser_type": "government",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "climate-finance",
        "title": T(
            "Redevabilité climatique : suivre les financements climat",
            "Climate accountability: tracking climate finance",
        ),
        "slug": T(
            "redevabilite-climatique-suivre-les-financements-climat",
            "climate-accountability-tracking-climate-finance",
        ),
        "description": T(
            (
                "<p>Où vont les fonds destinés à l'adaptation et à l'atténuation ? "
                "Cette conférence examine comment rendre les financements climat "
                "traçables, de la promesse à l'impact sur le terrain, et comment "
                "associer les populations concernées à leur suivi.</p>"
            ),
            (
                "<p>Where does the money for adaptation and mitigation go? This "
                "conference looks at how to make climate finance traceable, from "
                "pledge to impact on the ground, and how to involve the communities "
                "concerned in monitoring it.</p>"
            ),
        ),
        "format": "conference",
        "theme": "climat",
        "day": 9,
        "start": "11:30",
        "end": "13:00",
        "venue": "salle-gouges",
        "speakers": ["ingrid-solvang", "valentina-urrego", "joaquin-ferreyra"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Fondation Climat Ouvert et Secrétariat à la Fonction publique (démo)",
            "Open Climate Foundation and Public Service Secretariat (demo)",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "women-open-gov",
        "title": T(
            "Femmes et gouvernement ouvert : pour une participation paritaire",
            "Women and open government: towards equal participation",
        ),
        "slug": T("femmes-et-gouvernement-ouvert", "women-and-open-government"),
        "description": T(
            (
                "<p>Les femmes restent sous-représentées dans les instances de "
                "concertation comme dans les communautés de la tech civique. Les "
                "intervenantes présentent des démarches concrètes pour y remédier, des "
                "horaires de réunion à la répartition du temps de parole.</p>"
            ),
            (
                "<p>Women remain under-represented in consultation bodies and civic "
                "tech communities alike. The speakers present practical ways to "
                "address this, from meeting times to the sharing of speaking time.</p>"
            ),
        ),
        "format": "conference",
        "theme": "participation",
        "day": 9,
        "start": "11:30",
        "end": "13:00",
        "venue": "grand-amphi",
        "speakers": ["nadia-haddad", "marisol-dizon", "mariam-toure"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Collectif Tech Civique et Coalition des jeunes pour la redevabilité",
            "Civic Tech Collective and Youth Coalition for Accountability",
        ),
        "organiser_type": "civil_society",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "water-sensors",
        "title": T(
            "Des capteurs citoyens pour suivre la qualité de l'eau",
            "Citizen sensors to monitor water quality",
        ),
        "slug": T(
            "des-capteurs-citoyens-pour-suivre-la-qualite-de-l-eau",
            "citizen-sensors-to-monitor-water-quality",
        ),
        "description": T(
            (
                "<p>Dans un comté rural, des habitants relèvent chaque semaine la "
                "qualité de l'eau des puits à l'aide de capteurs simples. Les mesures "
                "sont publiées en données ouvertes et servent à choisir les travaux "
                "prioritaires.</p>"
            ),
            (
                "<p>In a rural county, residents check the water quality of wells "
                "every week using simple sensors. The readings are published as open "
                "data and help decide which repairs come first.</p>"
            ),
        ),
        "format": "pitch",
        "theme": "climat",
        "day": 9,
        "start": "11:30",
        "end": "12:00",
        "venue": "scene-initiatives",
        "speakers": ["wanjiru-mbatia"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Administration du comté de démonstration",
            "Demonstration County Government",
        ),
        "organiser_type": "government",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "francophone-lunch",
        "title": T(
            "Déjeuner-débat des réseaux francophones du gouvernement ouvert",
            "Lunch debate: French-speaking open government networks",
        ),
        "slug": T(
            "dejeuner-debat-des-reseaux-francophones",
            "lunch-debate-french-speaking-networks",
        ),
        "description": T(
            (
                "<p>Un déjeuner informel pour les organisations francophones "
                "d'Afrique, d'Europe et d'Amérique du Nord qui souhaitent mettre en "
                "commun ressources et traductions. <b>Sur inscription, dans la limite "
                "des places disponibles.</b></p>"
            ),
            (
                "<p>An informal lunch for French-speaking organisations from Africa, "
                "Europe and North America that wish to pool resources and "
                "translations. <b>Registration required; places are limited.</b></p>"
            ),
        ),
        "format": "external",
        "theme": "participation",
        "day": 9,
        "start": "12:30",
        "end": "14:00",
        "venue": "salle-seine",
        "speakers": ["etienne-marchal", "youssef-ben-slimane"],
        "languages": ["fr"],
        "other_language": T("", ""),
        "organisers": T("Association Données Citoyennes", "Citizen Data Association"),
        "organiser_type": "civil_society",
        "external_link": "https://example.org/francophone-lunch-debate",
        "status": "scheduled",
    },
    {
        "key": "shared-open-source",
        "title": T(
            "Logiciels libres : mutualiser les outils de participation",
            "Open source: sharing participation tools",
        ),
        "slug": T(
            "logiciels-libres-mutualiser-les-outils-de-participation",
            "open-source-sharing-participation-tools",
        ),
        "description": T(
            (
                "<p>Pourquoi chacun développerait-il sa propre plateforme ? "
                "Développeurs et administrations recensent les outils libres existants "
                "et définissent ensemble les briques communes à maintenir.</p>"
            ),
            (
                "<p>Why should everyone build their own platform? Developers and "
                "public bodies review existing open-source tools and agree on the "
                "shared components to maintain together.</p>"
            ),
        ),
        "format": "workshop",
        "theme": "numerique",
        "day": 9,
        "start": "14:00",
        "end": "16:00",
        "venue": "le-labo",
        "speakers": ["nadia-haddad", "taras-pylypenko"],
        "languages": ["en"],
        "other_language": T("", ""),
        "organisers": T(
            "Collectif Tech Civique et Plateforme de veille sur la commande publique",
            "Civic Tech Collective and Public Procurement Watch Platform",
        ),
        "organiser_type": "civil_society",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "training-civil-servants",
        "title": T(
            "Former les agents publics à l'ouverture",
            "Training civil servants in openness",
        ),
        "slug": T(
            "former-les-agents-publics-a-l-ouverture",
            "training-civil-servants-in-openness",
        ),
        "description": T(
            (
                "<p>Le gouvernement ouvert ne se décrète pas : il s'apprend. Cet "
                "atelier présente des modules de formation testés dans plusieurs pays "
                "et invite les participants à concevoir un parcours adapté à leur "
                "administration.</p>"
            ),
            (
                "<p>Open government cannot simply be decreed: it has to be learnt. "
                "This workshop presents training modules tested in several countries "
                "and invites participants to design a course suited to their own "
                "administration.</p>"
            ),
        ),
        "format": "workshop",
        "theme": "transparence",
        "day": 9,
        "start": "14:00",
        "end": "16:00",
        "venue": "salle-seine",
        "speakers": ["jihoon-kwak", "genevieve-thibodeau"],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            (
                "Ministère de l'Administration publique (démo) et Bureau du "
                "gouvernement ouvert (démo)"
            ),
            (
                "Ministry of Public Administration (demo) and Open Government Office "
                "(demo)"
            ),
        ),
        "organiser_type": "government",
        "external_link": "",
        "status": "scheduled",
    },
    {
        "key": "open-data-walk",
        "title": T(
            "Balade urbaine : les données ouvertes dans la ville",
            "City walk: open data around town",
        ),
        "slug": T(
            "balade-urbaine-les-donnees-ouvertes-dans-la-ville",
            "city-walk-open-data-around-town",
        ),
        "description": T(
            (
                "<p>Horaires des transports, qualité de l'air, emplacement des "
                "défibrillateurs : une promenade commentée d'une heure et demie pour "
                "découvrir les données ouvertes qui font fonctionner la ville au "
                "quotidien.</p>"
                "<p><b>Prévoir des chaussures confortables.</b></p>"
            ),
            (
                "<p>Public transport timetables, air quality, defibrillator locations: "
                "a ninety-minute guided walk to discover the open data that keeps the "
                "city running day to day.</p>"
                "<p><b>Comfortable shoes recommended.</b></p>"
            ),
        ),
        "format": "external",
        "theme": "transparence",
        "day": 9,
        "start": "14:00",
        "end": "15:30",
        "venue": None,
        "speakers": ["etienne-marchal", "solene-guerin"],
        "languages": ["fr"],
        "other_language": T("", ""),
        "organisers": T(
            "Association Données Citoyennes et Ville de démonstration",
            "Citizen Data Association and Demonstration City",
        ),
        "organiser_type": "both",
        "external_link": "https://example.org/open-data-city-walk",
        "status": "scheduled",
    },
    {
        "key": "closing-plenary",
        "title": T(
            "Plénière de clôture : agir ensemble après le Sommet",
            "Closing plenary: acting together after the Summit",
        ),
        "slug": T(
            "pleniere-de-cloture-agir-ensemble-apres-le-sommet",
            "closing-plenary-acting-together-after-the-summit",
        ),
        "description": T(
            (
                "<p>Pour clore ces trois jours, gouvernements et société civile "
                "reviennent sur les alliances nouées pendant le Sommet et sur les "
                "suites à leur donner dans les plans d'action nationaux.</p>"
                "<p>La plénière se termine par un <b>temps d'échange avec la "
                "salle</b>.</p>"
            ),
            (
                "<p>To close the three days, governments and civil society look back "
                "on the alliances formed during the Summit and at how to follow them "
                "up in national action plans.</p>"
                "<p>The plenary ends with <b>an open discussion with the "
                "audience</b>.</p>"
            ),
        ),
        "format": "conference",
        "theme": "participation",
        "day": 9,
        "start": "16:30",
        "end": "18:00",
        "venue": "grand-amphi",
        "speakers": [
            "claire-vasseur",
            "ingrid-solvang",
            "sofia-arancibia",
            "mariam-toure",
        ],
        "languages": ["fr", "en"],
        "other_language": T("", ""),
        "organisers": T(
            "Comité d'organisation du Sommet",
            "Summit Organising Committee",
        ),
        "organiser_type": "both",
        "external_link": "",
        "status": "scheduled",
    },
]
