"""The seed content of the site, French (source) and English side by side.

Every fact comes from `presentation-pgo-2016.md` beside this file. Each text
is a `T(fr, en)` pair so the loader can build the French pages and give
wagtail-localize the matching English strings, segment by segment.
"""

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class T:
    """A text in French and its English translation."""

    fr: str
    en: str

    def get(self, lang):
        return getattr(self, lang)


@dataclass(frozen=True)
class PageRef:
    """A link to another seeded page, resolved once that page exists."""

    key: str


@dataclass
class PageSpec:
    key: str
    model: str
    title: T
    slug: T
    fields: dict = field(default_factory=dict)
    body: list = field(default_factory=list)
    show_in_menus: bool = False
    search_description: T | None = None
    children: list = field(default_factory=list)


def heading(fr, en, level="h2"):
    return ("heading", {"text": T(fr, en), "level": level})


def paragraph(fr, en):
    return ("paragraph", T(fr, en))


SUMMIT_SITE = "http://ogpsummit.org"


PARTNERSHIP = PageSpec(
    key="partnership",
    model="presentation.ContentPage",
    title=T("Le Partenariat", "The Partnership"),
    slug=T("le-partenariat", "the-partnership"),
    show_in_menus=True,
    search_description=T(
        "Le Partenariat pour un gouvernement ouvert (PGO) : ce qu'il est, "
        "comment il est dirigé et ce que signifie en être membre.",
        "The Open Government Partnership (OGP): what it is, how it is governed "
        "and what membership means.",
    ),
    fields={
        "intro": T(
            "Le Partenariat pour un gouvernement ouvert (PGO) rassemble depuis "
            "2011 des gouvernements et la société civile autour de la "
            "transparence, de la participation citoyenne et du numérique.",
            "Since 2011 the Open Government Partnership (OGP) has brought "
            "governments and civil society together around transparency, "
            "citizen participation and digital technology.",
        ),
    },
    body=[
        heading(
            "Qu'est-ce que le Partenariat pour un gouvernement ouvert (PGO) ?",
            "What is the Open Government Partnership (OGP)?",
        ),
        paragraph(
            "<p>Le PGO est une initiative multilatérale créée en 2011 par huit "
            "pays fondateurs, qui s'attache à promouvoir la transparence et "
            "l'intégrité du gouvernement ainsi que l'utilisation des nouvelles "
            "technologies pour faciliter son ouverture.</p>"
            "<p>Il rassemble aujourd'hui 69 pays membres, sur tous les "
            "continents, ainsi que de nombreux représentants de la société "
            "civile.</p>"
            "<p>La France prendra la présidence du PGO en octobre 2016, aux côtés "
            "de Manish Bapna, vice-président exécutif et directeur du World "
            "Resources Institute.</p>",
            "<p>OGP is a multilateral initiative founded in 2011 by eight "
            "countries. It works to promote transparent government with "
            "integrity, and the use of new technologies to help open it up.</p>"
            "<p>Today it brings together 69 member countries on every continent, "
            "along with many representatives of civil society.</p>"
            "<p>France will take over the chair of OGP in October 2016, alongside "
            "Manish Bapna, Executive Vice President and Managing Director of the "
            "World Resources Institute.</p>",
        ),
        (
            "key_figures",
            {
                "title": T("Le PGO en chiffres", "OGP in figures"),
                "figures": [
                    {
                        "value": T("2011", "2011"),
                        "label": T(
                            "année de création, par 8 pays fondateurs",
                            "year founded, by 8 countries",
                        ),
                    },
                    {
                        "value": T("69", "69"),
                        "label": T(
                            "pays membres, sur tous les continents",
                            "member countries, on every continent",
                        ),
                    },
                    {
                        "value": T("11 + 11", "11 + 11"),
                        "label": T(
                            "représentants des gouvernements et de la société civile "
                            "au comité directeur",
                            "government and civil-society representatives on the "
                            "steering committee",
                        ),
                    },
                ],
            },
        ),
        heading(
            "Comment le Partenariat est-il dirigé ?",
            "How is the Partnership governed?",
        ),
        paragraph(
            "<p>Le comité directeur du PGO rassemble 11 représentants des "
            "gouvernements nationaux et 11 représentants de la société civile "
            "dans une gouvernance collégiale. La présidence et la vice-présidence "
            "du comité directeur sont assurées par un tandem gouvernement - "
            "société civile. Le pays président a notamment pour mission "
            "d'organiser le Sommet mondial du PGO.</p>"
            "<p>Le secrétariat permanent du PGO travaille en étroite collaboration "
            "avec le comité directeur afin de faire progresser les principes du "
            "gouvernement ouvert.</p>",
            "<p>The OGP steering committee brings together 11 representatives of "
            "national governments and 11 representatives of civil society, who "
            "govern collectively. The committee is chaired and co-chaired by a "
            "tandem of one government and one civil-society representative. "
            "Among its duties, the chair country organises the OGP Global "
            "Summit.</p>"
            "<p>The OGP permanent secretariat works closely with the steering "
            "committee to advance the principles of open government.</p>",
        ),
        heading(
            "Que signifie être membre du PGO ?",
            "What does OGP membership mean?",
        ),
        (
            "principles",
            {
                "intro": T(
                    "Les pays qui rejoignent le PGO s'engagent à respecter les "
                    "grands principes de la Déclaration du gouvernement ouvert :",
                    "Countries that join OGP commit to uphold the main principles "
                    "of the Open Government Declaration:",
                ),
                "principles": [
                    {
                        "title": T(
                            "Transparence de l'action publique",
                            "Transparency of public action",
                        ),
                        "description": T(
                            "notamment via l'ouverture des données publiques",
                            "in particular through open public data",
                        ),
                    },
                    {
                        "title": T(
                            "Participation des citoyens",
                            "Citizen participation",
                        ),
                        "description": T(
                            "à l'élaboration et à l'évaluation des politiques "
                            "publiques",
                            "in the design and evaluation of public policies",
                        ),
                    },
                    {
                        "title": T(
                            "Utilisation des nouvelles technologies",
                            "Use of new technologies",
                        ),
                        "description": T(
                            "en faveur de l'ouverture et de la redevabilité",
                            "for openness and accountability",
                        ),
                    },
                ],
            },
        ),
        paragraph(
            "<p>Tous les deux ans, les pays membres publient un plan d'action "
            "national comprenant une série d'engagements en faveur d'un "
            "gouvernement plus ouvert.</p>",
            "<p>Every two years, member countries publish a national action plan "
            "setting out a series of commitments towards more open "
            "government.</p>",
        ),
    ],
)


SUMMIT = PageSpec(
    key="summit",
    model="presentation.ContentPage",
    title=T("Le Sommet mondial 2016", "The 2016 Global Summit"),
    slug=T("le-sommet-mondial-2016", "the-2016-global-summit"),
    show_in_menus=True,
    search_description=T(
        "Le Sommet mondial 2016 du PGO, du 7 au 9 décembre 2016 à Paris : son "
        "thème, son programme co-construit et la Semaine du gouvernement ouvert.",
        "The 2016 OGP Global Summit, 7–9 December 2016 in Paris: its theme, its "
        "co-constructed programme and the Open Government Week.",
    ),
    fields={
        "intro": T(
            "Le Sommet mondial 2016 du Partenariat pour un gouvernement ouvert "
            "se tient du 7 au 9 décembre 2016 à Paris.",
            "The 2016 Global Summit of the Open Government Partnership takes "
            "place in Paris from 7 to 9 December 2016.",
        ),
    },
    body=[
        (
            "questions",
            {
                "questions": [
                    {
                        "question": T(
                            "Qu'est-ce que le Sommet mondial du PGO ?",
                            "What is the OGP Global Summit?",
                        ),
                        "answer": T(
                            "<p>Organisé par le président du PGO, le Sommet mondial "
                            "du PGO constitue le plus grand rassemblement au monde "
                            "des partisans du gouvernement ouvert. Des "
                            "représentants des gouvernements des 69 pays membres, "
                            "du monde académique, de la société civile et "
                            "d'organisations internationales se rassemblent à "
                            "cette occasion pour échanger autour de leurs "
                            "expériences, bonnes pratiques et progrès en matière "
                            "de gouvernement ouvert.</p>",
                            "<p>Organised by the OGP chair, the OGP Global Summit "
                            "is the world's largest gathering of open government "
                            "advocates. Representatives of the governments of the "
                            "69 member countries, of academia, of civil society "
                            "and of international organisations meet there to "
                            "share their experience, good practice and progress "
                            "in open government.</p>",
                        ),
                    },
                    {
                        "question": T(
                            "Quel est le thème du Sommet mondial 2016 du PGO ?",
                            "What is the theme of the 2016 OGP Global Summit?",
                        ),
                        "answer": T(
                            "<p>Le Sommet mondial 2016 du PGO aura pour thème "
                            "<b>la formation de nouvelles alliances entre les "
                            "gouvernements et la société civile</b>. Il s'agit de "
                            "proposer une action publique plus contributive, "
                            "enrichie par la participation des citoyens. La "
                            "France et le World Resources Institute souhaitent "
                            "mettre en avant une démarche prospective afin de "
                            "définir une vision à long-terme du gouvernement "
                            "ouvert et d'explorer le potentiel et l'impact des "
                            "outils numériques sur la démocratie.</p>",
                            "<p>The theme of the 2016 OGP Global Summit is "
                            "<b>forging new alliances between governments and "
                            "civil society</b>. The aim is a more contributive "
                            "kind of public action, enriched by citizen "
                            "participation. France and the World Resources "
                            "Institute want to champion a forward-looking "
                            "approach, to define a long-term vision of open "
                            "government and to explore the potential and the "
                            "impact of digital tools on democracy.</p>",
                        ),
                    },
                ],
            },
        ),
        heading("Un sommet co-construit", "A co-constructed summit"),
        heading(
            "Le programme du Sommet mondial 2016 du PGO",
            "The programme of the 2016 OGP Global Summit",
            level="h3",
        ),
        paragraph(
            "<p><i>7 au 9 décembre 2016 à Paris</i></p>"
            "<p>Jusqu'au 20 juillet 2016, chacun - citoyen, organisation, "
            "entreprise, pouvoir public, français ou à l'international - peut "
            "participer à l'élaboration du programme en soumettant, via le site "
            f'dédié au Sommet – <a href="{SUMMIT_SITE}">ogpsummit.org</a>, une ou '
            "plusieurs sessions, sur l'une des thématiques proposées et dans l'un "
            "des quatre formats suivants : conférence, atelier, pitch, ou "
            "événement externe.</p>",
            "<p><i>7 to 9 December 2016 in Paris</i></p>"
            "<p>Until 20 July 2016, anyone – citizens, organisations, companies, "
            "public authorities, in France or abroad – can help shape the "
            "programme by submitting one or more sessions through the summit's "
            f'own website, <a href="{SUMMIT_SITE}">ogpsummit.org</a>, on one of '
            "the proposed themes and in one of four formats: conference, "
            "workshop, pitch or external event.</p>",
        ),
        heading(
            "L'agenda de la Semaine du gouvernement ouvert",
            "The Open Government Week agenda",
            level="h3",
        ),
        paragraph(
            "<p><i>5 au 14 décembre partout en France et dans le monde</i></p>"
            "<p>Les gouvernements, les administrations locales et la société "
            f'civile sont invités à recenser sur <a href="{SUMMIT_SITE}">'
            "ogpsummit.org</a> les événements relatifs au gouvernement ouvert "
            "qu'ils organisent dans leur pays et sur tout le territoire français "
            "en marge du Sommet.</p>",
            "<p><i>5 to 14 December, across France and around the world</i></p>"
            "<p>Governments, local administrations and civil society are invited "
            f'to list on <a href="{SUMMIT_SITE}">ogpsummit.org</a> the open '
            "government events they organise in their own countries and "
            "throughout France alongside the Summit.</p>",
        ),
        (
            "call_to_action",
            {
                "title": T(
                    "Participez à la construction du Sommet lors d'événements et "
                    "d'ateliers organisés tout au long de l'année !",
                    "Help build the Summit at events and workshops held "
                    "throughout the year!",
                ),
                "text": T("", ""),
                "link_label": T(
                    "Plus d'infos sur ogpsummit.org",
                    "Find out more on ogpsummit.org",
                ),
                "page": None,
                "url": SUMMIT_SITE,
            },
        ),
    ],
)


FRANCE = PageSpec(
    key="france",
    model="presentation.ActionPlanPage",
    title=T("L'action de la France", "France's action"),
    slug=T("l-action-de-la-france", "frances-action"),
    show_in_menus=True,
    search_description=T(
        "L'action de la France au sein du Partenariat pour un gouvernement "
        "ouvert : son plan d'action national 2015-2017 et ses représentants.",
        "France's action in the Open Government Partnership: its 2015–2017 "
        "national action plan and its representatives.",
    ),
    fields={
        "intro": T(
            "L'action de la France au sein du Partenariat pour un gouvernement ouvert.",
            "France's action within the Open Government Partnership.",
        ),
    },
    body=[
        heading("Le plan d'action national", "The national action plan"),
        paragraph(
            "<p>La France a publié, en juillet 2015, son <b>plan d'action national "
            "(2015 – 2017)</b> « Pour une action publique transparente et "
            "collaborative ». Signé par le Président de la République et remis à "
            "son homologue mexicain, dont le pays présidait alors le PGO, ce "
            "document comporte 26 engagements.</p>",
            "<p>In July 2015 France published its <b>national action plan "
            "(2015–2017)</b>, “For a transparent and collaborative public "
            "action” (« Pour une action publique transparente et "
            "collaborative »). Signed by the President of the Republic and handed "
            "to his Mexican counterpart, whose country then chaired OGP, the plan "
            "contains 26 commitments.</p>",
        ),
        (
            "key_figures",
            {
                "title": T("", ""),
                "figures": [
                    {
                        "value": T("26", "26"),
                        "label": T(
                            "engagements dans le plan d'action national 2015 – 2017",
                            "commitments in the 2015–2017 national action plan",
                        ),
                    },
                ],
            },
        ),
        heading("Les représentants de la France", "France's representatives"),
        paragraph(
            "<p>Selon le principe du PGO de collaboration entre gouvernement et "
            "société civile, la France a été investie avec <b>Manish Bapna</b>, "
            "vice-président exécutif et directeur de l'ONG World Resources "
            "Institute. C'est <b>Jean-Vincent Placé</b>, secrétaire d'État chargé "
            "de la réforme de l'État et de la Simplification, qui représente la "
            "France.</p>",
            "<p>In keeping with OGP's principle of collaboration between "
            "government and civil society, France took office together with "
            "<b>Manish Bapna</b>, Executive Vice President and Managing Director "
            "of the NGO World Resources Institute. France is represented by "
            "<b>Jean-Vincent Placé</b>, Minister of State for State Reform and "
            "Simplification.</p>",
        ),
    ],
)


def _to_complete(fr_items, en_items):
    """A bulleted list of what staff must still fill in, in both languages."""
    fr = "".join(f"<li>{item}</li>" for item in fr_items)
    en = "".join(f"<li>{item}</li>" for item in en_items)
    return paragraph(f"<ul>{fr}</ul>", f"<ul>{en}</ul>")


TO_COMPLETE = paragraph(
    "<p><b>À compléter par l'équipe de communication avant la mise en ligne.</b> "
    "Cette page est un modèle : elle ne contient encore aucune information "
    "vérifiée.</p>",
    "<p><b>To be completed by the communication team before going live.</b> "
    "This page is a template: it does not yet hold any verified "
    "information.</p>",
)

LEGAL_NOTICE = PageSpec(
    key="legal-notice",
    model="presentation.LegalPage",
    title=T("Mentions légales", "Legal notice"),
    slug=T("mentions-legales", "legal-notice"),
    fields={
        "intro": T(
            "Les informations légales sur l'éditeur et l'hébergeur de ce site.",
            "Legal information about the publisher and the host of this site.",
        )
    },
    body=[
        TO_COMPLETE,
        heading("Éditeur du site", "Publisher"),
        _to_complete(
            [
                "Nom de l'organisme éditeur",
                "Adresse postale",
                "Adresse électronique de contact",
            ],
            ["Name of the publishing body", "Postal address", "Contact email"],
        ),
        heading("Directeur ou directrice de la publication", "Publication director"),
        _to_complete(["Nom et fonction"], ["Name and position"]),
        heading("Hébergement", "Hosting"),
        _to_complete(
            ["Nom de l'hébergeur", "Adresse", "Téléphone"],
            ["Name of the host", "Address", "Telephone"],
        ),
        heading(
            "Propriété intellectuelle et crédits", "Intellectual property and credits"
        ),
        _to_complete(
            ["Licence des contenus", "Crédits des photographies et illustrations"],
            ["Content licence", "Credits for photographs and illustrations"],
        ),
    ],
)

PERSONAL_DATA = PageSpec(
    key="personal-data",
    model="presentation.LegalPage",
    title=T("Données personnelles", "Personal data"),
    slug=T("donnees-personnelles", "personal-data"),
    fields={
        "intro": T(
            "Comment ce site traite vos données personnelles et comment exercer vos "
            "droits.",
            "How this site processes your personal data and how to exercise your "
            "rights.",
        )
    },
    body=[
        TO_COMPLETE,
        heading("Responsable du traitement", "Data controller"),
        _to_complete(
            [
                "Organisme responsable",
                "Coordonnées du délégué à la protection des données",
            ],
            ["Body responsible", "Contact details of the data protection officer"],
        ),
        heading("Données collectées et finalités", "Data collected and purposes"),
        _to_complete(
            [
                "Données collectées par chaque formulaire du site",
                "Finalité et base légale de chaque traitement",
                "Durée de conservation",
            ],
            [
                "Data collected by each form of the site",
                "Purpose and legal basis of each processing",
                "Retention period",
            ],
        ),
        heading("Vos droits", "Your rights"),
        paragraph(
            "<p>Conformément au règlement général sur la protection des données "
            "(RGPD), vous disposez d'un droit d'accès, de rectification, "
            "d'effacement, de limitation et d'opposition au traitement de vos "
            "données. Vous pouvez adresser une réclamation à la CNIL.</p>",
            "<p>Under the General Data Protection Regulation (GDPR), you have the "
            "right to access, correct and erase your data, and to restrict or "
            "object to its processing. You may lodge a complaint with the CNIL, "
            "the French data protection authority.</p>",
        ),
        _to_complete(
            ["Adresse à laquelle exercer ces droits"],
            ["Address at which to exercise these rights"],
        ),
    ],
)

ACCESSIBILITY = PageSpec(
    key="accessibility",
    model="presentation.LegalPage",
    title=T("Accessibilité", "Accessibility"),
    slug=T("accessibilite", "accessibility"),
    fields={
        "intro": T(
            "Déclaration d'accessibilité de ce site au regard du référentiel général "
            "d'amélioration de l'accessibilité (RGAA).",
            "Accessibility statement for this site under the French accessibility "
            "standard (RGAA), which follows WCAG 2.1 AA.",
        )
    },
    body=[
        TO_COMPLETE,
        heading("État de conformité", "Compliance status"),
        paragraph(
            "<p>Ce site n'a pas encore fait l'objet d'un audit de conformité au "
            "RGAA. Il est donc non conforme tant que cet audit n'a pas été "
            "réalisé.</p>",
            "<p>This site has not yet been audited for compliance with the RGAA. "
            "Until that audit is carried out, it is therefore not "
            "compliant.</p>",
        ),
        _to_complete(
            [
                "Date et auteur de l'audit",
                "Taux de conformité",
                "Contenus non accessibles et dérogations",
            ],
            [
                "Date and author of the audit",
                "Compliance rate",
                "Content that is not accessible and exemptions",
            ],
        ),
        heading("Retour d'information et contact", "Feedback and contact"),
        _to_complete(
            ["Adresse de contact pour signaler un défaut d'accessibilité"],
            ["Contact address to report an accessibility problem"],
        ),
        heading("Voies de recours", "Remedies"),
        paragraph(
            "<p>Si vous constatez un défaut d'accessibilité qui vous empêche "
            "d'accéder à un contenu et que vous n'obtenez pas de réponse, vous "
            "pouvez saisir le Défenseur des droits.</p>",
            "<p>If you find an accessibility problem that prevents you from "
            "reaching content and you receive no answer, you may refer the "
            "matter to the Défenseur des droits, the French rights "
            "ombudsman.</p>",
        ),
    ],
)


PROGRAMME = PageSpec(
    key="programme",
    model="programme.ProgrammePage",
    title=T("Programme", "Programme"),
    slug=T("programme", "programme"),
    show_in_menus=True,
    search_description=T(
        "Le programme du Sommet mondial 2016 du PGO, du 7 au 9 décembre à Paris : "
        "conférences, ateliers, pitchs et événements externes.",
        "The programme of the 2016 OGP Global Summit, 7–9 December in Paris: "
        "conferences, workshops, pitches and external events.",
    ),
    fields={
        "intro": T(
            "<p>Trois jours de conférences, d'ateliers, de pitchs et d'événements "
            "externes, co-construits avec la société civile. Filtrez les sessions, "
            "ajoutez-les à votre agenda et composez votre sélection.</p>",
            "<p>Three days of conferences, workshops, pitches and external events, "
            "built together with civil society. Filter the sessions, add them to "
            "your calendar and build your own selection.</p>",
        ),
    },
)


HOME = PageSpec(
    key="home",
    model="home.HomePage",
    title=T("Accueil", "Home"),
    slug=T("accueil", "home"),
    search_description=T(
        "Sommet mondial du Partenariat pour un gouvernement ouvert (PGO), du 7 au "
        "9 décembre 2016 à Paris, sous la présidence de la France.",
        "Global Summit of the Open Government Partnership (OGP), 7–9 December "
        "2016 in Paris, under France's chairmanship.",
    ),
    fields={
        "summit_name": T(
            "Sommet mondial du Partenariat pour un Gouvernement Ouvert",
            "Open Government Partnership Global Summit",
        ),
        "start_date": datetime.date(2016, 12, 7),
        "end_date": datetime.date(2016, 12, 9),
        "place": T("Paris, France", "Paris, France"),
        "pitch": T(
            "Le plus grand rassemblement au monde des partisans du gouvernement "
            "ouvert, co-construit avec la société civile, sur le thème des "
            "nouvelles alliances entre les gouvernements et la société civile.",
            "The world's largest gathering of open government advocates, built "
            "together with civil society, on the theme of new alliances between "
            "governments and civil society.",
        ),
    },
    body=[
        (
            "key_figures",
            {
                "title": T("Le Partenariat en chiffres", "The Partnership in figures"),
                "figures": [
                    {
                        "value": T("69", "69"),
                        "label": T(
                            "pays membres",
                            "member countries",
                        ),
                    },
                    {
                        "value": T("2011", "2011"),
                        "label": T(
                            "année de création du PGO, par 8 pays fondateurs",
                            "the year OGP was founded, by 8 countries",
                        ),
                    },
                    {
                        "value": T("3", "3"),
                        "label": T(
                            "jours de Sommet à Paris, du 7 au 9 décembre 2016",
                            "days of Summit in Paris, 7–9 December 2016",
                        ),
                    },
                    {
                        "value": T("26", "26"),
                        "label": T(
                            "engagements dans le plan d'action national de la France",
                            "commitments in France's national action plan",
                        ),
                    },
                ],
            },
        ),
        (
            "call_to_action",
            {
                "title": T("Un sommet co-construit", "A co-constructed summit"),
                "text": T(
                    "Jusqu'au 20 juillet 2016, chacun peut proposer une session "
                    "dans l'un des quatre formats : conférence, atelier, pitch ou "
                    "événement externe.",
                    "Until 20 July 2016, anyone can propose a session in one of "
                    "four formats: conference, workshop, pitch or external event.",
                ),
                "link_label": T("Découvrir le Sommet 2016", "Discover the 2016 Summit"),
                "page": PageRef("summit"),
                "url": "",
            },
        ),
    ],
    children=[
        PARTNERSHIP,
        SUMMIT,
        PROGRAMME,
        FRANCE,
        LEGAL_NOTICE,
        PERSONAL_DATA,
        ACCESSIBILITY,
    ],
)
