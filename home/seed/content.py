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


def dated_text(milestone, before, after):
    """Text announcing a date of the summit calendar: `before` until it,
    `after` from it on (home.blocks.DatedTextBlock)."""
    return ("dated_text", {"milestone": milestone, "before": before, "after": after})


def call_to_action(title, link_label, page, shown_until="", text=None):
    """A call to action to a page of this site (never an outside site)."""
    return (
        "call_to_action",
        {
            "title": title,
            "text": text or T("", ""),
            "link_label": link_label,
            "page": PageRef(page),
            "url": "",
            "shown_until": shown_until,
        },
    )


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
            "countries. It works to promote transparency and integrity in "
            "government, and the use of new technologies to help open it up.</p>"
            "<p>Today it brings together 69 member countries on every continent, "
            "along with many representatives of civil society.</p>"
            "<p>France becomes lead co-chair of OGP in October 2016, alongside "
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
            "du comité directeur sont assurées par un tandem gouvernement – "
            "société civile. Le pays président a notamment pour mission "
            "d'organiser le Sommet mondial du PGO.</p>"
            "<p>Le secrétariat permanent du PGO travaille en étroite collaboration "
            "avec le comité directeur afin de faire progresser les principes du "
            "gouvernement ouvert.</p>",
            "<p>The OGP steering committee brings together 11 representatives of "
            "national governments and 11 representatives of civil society, who "
            "govern collectively. It is led by two co-chairs, one from a "
            "government and one from civil society. Among its duties, the lead "
            "co-chair country hosts the OGP Global Summit.</p>"
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
                            "Government transparency",
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
        "co-created programme and Open Government Week.",
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
                            "<p>Hosted by OGP's lead co-chair, the OGP Global Summit "
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
                            "définir une vision à long terme du gouvernement "
                            "ouvert et d'explorer le potentiel et l'impact des "
                            "outils numériques sur la démocratie.</p>",
                            "<p>The theme of the 2016 OGP Global Summit is "
                            "<b>forging new alliances between governments and "
                            "civil society</b>. The aim is government that citizens "
                            "help to shape, enriched by their participation. "
                            "France and the World Resources "
                            "Institute want to champion a forward-looking "
                            "approach, to define a long-term vision of open "
                            "government and to explore the potential and the "
                            "impact of digital tools on democracy.</p>",
                        ),
                    },
                ],
            },
        ),
        heading("Un sommet co-construit", "A co-created summit"),
        heading(
            "Le programme du Sommet mondial 2016 du PGO",
            "The programme of the 2016 OGP Global Summit",
            level="h3",
        ),
        paragraph(
            "<p><i>7 au 9 décembre 2016 à Paris</i></p>",
            "<p><i>7 to 9 December 2016 in Paris</i></p>",
        ),
        dated_text(
            "call_closes",
            before=T(
                "<p>Jusqu'au 20 juillet 2016, chacun – citoyen, organisation, "
                "entreprise, pouvoir public, français ou à l'international – peut "
                "participer à l'élaboration du programme en soumettant, sur ce "
                "site, une ou plusieurs sessions, sur l'une des thématiques "
                "proposées et dans l'un des quatre formats suivants : conférence, "
                "atelier, pitch, ou événement externe.</p>",
                "<p>Until 20 July 2016, anyone – citizens, organisations, "
                "companies, public authorities, in France or abroad – can help "
                "shape the programme by submitting one or more sessions on this "
                "site, on one of the proposed themes and in one of four formats: "
                "conference, workshop, pitch or external event.</p>",
            ),
            after=T(
                "<p>Jusqu'au 20 juillet 2016, chacun – citoyen, organisation, "
                "entreprise, pouvoir public, français ou à l'international – a pu "
                "participer à l'élaboration du programme en soumettant une ou "
                "plusieurs sessions, sur l'une des thématiques proposées et dans "
                "l'un des quatre formats suivants : conférence, atelier, pitch, ou "
                "événement externe. L'appel à propositions est clos ; le programme "
                "en est issu.</p>",
                "<p>Until 20 July 2016, anyone – citizens, organisations, "
                "companies, public authorities, in France or abroad – could help "
                "shape the programme by submitting one or more sessions, on one "
                "of the proposed themes and in one of four formats: conference, "
                "workshop, pitch or external event. The call for proposals is "
                "closed; the programme came out of it.</p>",
            ),
        ),
        call_to_action(
            title=T("Proposer une session", "Propose a session"),
            link_label=T(
                "Proposer une session avant le 20 juillet 2016",
                "Propose a session before 20 July 2016",
            ),
            page="call-for-proposals",
            shown_until="call_closes",
        ),
        call_to_action(
            title=T("Le programme du Sommet", "The Summit's programme"),
            link_label=T("Voir le programme", "See the programme"),
            page="programme",
        ),
        heading(
            "L'agenda de la Semaine du gouvernement ouvert",
            "Open Government Week agenda",
            level="h3",
        ),
        paragraph(
            "<p><i>5 au 14 décembre partout en France et dans le monde</i></p>",
            "<p><i>5 to 14 December, across France and around the world</i></p>",
        ),
        dated_text(
            "week_registration_closes",
            before=T(
                "<p>Les gouvernements, les administrations locales et la société "
                "civile sont invités à recenser sur ce site les événements "
                "relatifs au gouvernement ouvert qu'ils organisent dans leur pays "
                "et sur tout le territoire français en marge du Sommet.</p>",
                "<p>Governments, local administrations and civil society are "
                "invited to list on this site the open government events they "
                "organise in their own countries and throughout France alongside "
                "the Summit.</p>",
            ),
            after=T(
                "<p>Les gouvernements, les administrations locales et la société "
                "civile ont recensé sur ce site les événements relatifs au "
                "gouvernement ouvert qu'ils ont organisés dans leur pays et sur "
                "tout le territoire français en marge du Sommet.</p>",
                "<p>Governments, local administrations and civil society listed "
                "on this site the open government events they organised in their "
                "own countries and throughout France alongside the Summit.</p>",
            ),
        ),
        call_to_action(
            title=T(
                "Semaine du gouvernement ouvert",
                "Open Government Week",
            ),
            link_label=T("Voir l'agenda", "See the agenda"),
            page="open-government-week",
        ),
    ],
)


FRANCE = PageSpec(
    key="france",
    model="presentation.ActionPlanPage",
    title=T("L'action de la France", "France in OGP"),
    slug=T("l-action-de-la-france", "frances-action"),
    show_in_menus=True,
    search_description=T(
        "L'action de la France au sein du Partenariat pour un gouvernement "
        "ouvert : son plan d'action national 2015-2017 et ses représentants.",
        "France in the Open Government Partnership: its 2015–2017 "
        "national action plan and its representatives.",
    ),
    fields={
        "intro": T(
            "L'action de la France au sein du Partenariat pour un gouvernement ouvert.",
            "France's role and commitments in the Open Government Partnership.",
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
            "(2015–2017)</b>, “For transparent and collaborative government” "
            "(« Pour une action publique transparente et collaborative »). Signed "
            "by the President of the Republic and handed to his Mexican "
            "counterpart, whose country was then lead co-chair of OGP, the plan "
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
            "government and civil society, France co-chairs OGP together with "
            "<b>Manish Bapna</b>, Executive Vice President and Managing Director "
            "of the NGO World Resources Institute. France is represented by "
            "<b>Jean-Vincent Placé</b>, Minister of State for State Reform and "
            "Simplification.</p>",
        ),
    ],
)


def legal_details(part):
    """The structured legal information (home.LegalInformation) for one part."""
    return ("legal_details", {"part": part})


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
        heading("Éditeur du site", "Publisher"),
        legal_details("publisher"),
        heading("Directeur ou directrice de la publication", "Publication director"),
        legal_details("director"),
        heading("Hébergement", "Hosting"),
        legal_details("host"),
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
        heading("Responsable du traitement", "Data controller"),
        legal_details("controller"),
        heading("Données collectées et finalités", "Data collected and purposes"),
        paragraph(
            "<p>Deux formulaires de ce site recueillent des données personnelles, "
            "avec votre consentement :</p><ul><li>la proposition de session : "
            "nom, adresse électronique, organisation, type d'organisation et "
            "pays de la personne qui propose, pour examiner la proposition, "
            "l'intégrer au programme et vous informer de la décision ;</li>"
            "<li>l'inscription d'un événement à la Semaine du gouvernement "
            "ouvert : adresse électronique de contact, pour examiner "
            "l'événement et vous informer de la décision.</li></ul><p>Ces "
            "données ne sont jamais publiées. Seuls le titre, la description, "
            "l'organisateur, les dates, le lieu et les liens d'un événement "
            "accepté paraissent dans l'agenda public.</p>",
            "<p>Two forms of this site collect personal data, with your "
            "consent:</p><ul><li>the session proposal: name, email address, "
            "organisation, type of organisation and country of the person "
            "proposing, to review the proposal, add it to the programme and tell "
            "you of the decision;</li><li>the registration of an Open Government "
            "Week event: a contact email address, to review the event and tell "
            "you of the decision.</li></ul><p>This data is never published. "
            "Only the title, description, organiser, dates, place and links of "
            "an accepted event appear in the public agenda.</p>",
        ),
        heading("Durée de conservation", "Retention period"),
        paragraph(
            "<p>Les données personnelles des propositions et des inscriptions "
            "sont conservées un an à compter de leur envoi. Elles sont ensuite "
            "supprimées ; pour une proposition ou un événement accepté, seules "
            "les informations publiques sont gardées, sans aucune donnée "
            "personnelle.</p>",
            "<p>The personal data of proposals and registrations is kept for "
            "one year from the day it was sent. It is then erased; for an "
            "accepted proposal or event, only the public information is kept, "
            "without any personal data.</p>",
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
        legal_details("controller"),
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
            "d'amélioration de l'accessibilité (RGAA 4.1.2), qui reprend les "
            "critères des WCAG 2.1 aux niveaux A et AA.",
            "Accessibility statement for this site under the French accessibility "
            "standard (RGAA 4.1.2), which takes up the WCAG 2.1 level A and AA "
            "criteria.",
        )
    },
    body=[
        paragraph(
            "<p><b>À compléter par l'équipe de communication avant la mise en "
            "ligne :</b> le nom de l'organisme éditeur et l'adresse de contact "
            "ci-dessous. Le reste de la déclaration décrit les vérifications "
            "réellement faites.</p>"
            "<p>L'organisme éditeur de ce site s'engage à le rendre accessible "
            "conformément à l'article 47 de la loi n° 2005-102 du 11 février "
            "2005.</p>",
            "<p><b>To be completed by the communication team before going "
            "live:</b> the name of the publishing body and the contact address "
            "below. The rest of this statement describes the checks actually "
            "made.</p>"
            "<p>The body publishing this site undertakes to make it accessible in "
            "accordance with article 47 of French law no. 2005-102 of 11 February "
            "2005.</p>",
        ),
        heading("État de conformité", "Compliance status"),
        paragraph(
            "<p>Ce site est <b>non conforme</b> au RGAA 4.1.2. Aucun audit de "
            "conformité n'a encore été réalisé, et le RGAA impose cette mention "
            "tant qu'il n'existe pas de résultat d'audit en cours de validité.</p>"
            "<p>Les vérifications décrites ci-dessous n'ont relevé aucun manquement "
            "connu aux critères des WCAG 2.1 A et AA sur les pages testées. Elles "
            "ne remplacent pas un audit complet sur un échantillon représentatif de "
            "pages, qui seul permettra de calculer un taux de conformité et de "
            "déclarer le site partiellement ou totalement conforme.</p>",
            "<p>This site is <b>not compliant</b> with RGAA 4.1.2. No compliance "
            "audit has been carried out yet, and the RGAA requires this wording as "
            "long as there are no valid audit results.</p>"
            "<p>The checks described below found no known failure of the WCAG 2.1 "
            "A and AA criteria on the pages tested. They do not replace a full "
            "audit of a representative sample of pages, which alone will give a "
            "compliance rate and allow the site to be declared partially or fully "
            "compliant.</p>",
        ),
        heading("Ce qui a été vérifié, et comment", "What was checked, and how"),
        heading(
            "Tests automatiques dans un vrai navigateur",
            "Automated tests in a real browser",
            level="h3",
        ),
        paragraph(
            "<p>À chaque modification du site, une suite de tests pilote le "
            "navigateur Chromium avec Playwright et lance le moteur de tests "
            "axe-core sur chaque type de page, en français et en anglais, à la "
            "largeur d'un téléphone (375 pixels) et d'un ordinateur (1 280 "
            "pixels) :</p>"
            "<ul><li>l'accueil, les pages de contenu, la page du plan d'action "
            "national, les pages d'informations légales et la page « page "
            "introuvable » ;</li>"
            "<li>le programme complet, filtré et sans résultat, la page d'une "
            "session (y compris annulée), celle d'un intervenant et celle des "
            "données ouvertes.</li></ul>"
            "<p>Résultat : aucune erreur aux règles des WCAG 2.1 niveaux A et AA. "
            "Les mêmes tests vérifient que chaque page déclare sa langue, a un seul "
            "titre de niveau 1 et des niveaux de titres sans saut, des zones "
            "identifiées (en-tête, navigation, contenu principal, pied de page), un "
            "lien d'évitement en premier et une alternative textuelle sur chaque "
            "image, et que le contraste de chaque texte a pu être mesuré (au moins "
            "4,5:1, 3:1 pour les grands textes), les dégradés décoratifs étant pris "
            "à leur teinte la plus claire.</p>",
            "<p>Whenever the site changes, a test suite drives the Chromium browser "
            "with Playwright and runs the axe-core testing engine on every type of "
            "page, in French and in English, at the width of a phone (375 pixels) "
            "and of a computer (1,280 pixels):</p>"
            "<ul><li>the home page, the content pages, the national action plan "
            "page, the legal information pages and the “page not found” "
            "page;</li>"
            "<li>the full, filtered and empty programme, the page of a session "
            "(cancelled ones included), of a speaker and of the open data.</li></ul>"
            "<p>Result: no failure of the WCAG 2.1 level A and AA rules. The same "
            "tests check that every page declares its language, has a single "
            "level 1 heading and no skipped heading level, identified regions "
            "(header, navigation, main content, footer), a skip link first and a "
            "text alternative on every image, and that the contrast of every text "
            "could be measured (at least 4.5:1, 3:1 for large text), with "
            "decorative gradients taken at their lightest shade.</p>",
        ),
        heading("Navigation au clavier", "Keyboard navigation", level="h3"),
        paragraph(
            "<p>D'autres tests parcourent le site au clavier seul : le lien "
            "d'évitement mène au contenu ; chaque élément qui reçoit le focus "
            "affiche un contour visible ; sur téléphone, le menu s'ouvre avec "
            "Entrée ou Espace et la touche Échap le referme en rendant le focus au "
            "bouton ; le sélecteur de langue mène à la même page dans l'autre "
            "langue ; les filtres du programme et le bouton « Ajouter à ma "
            "sélection » fonctionnent au clavier, et les filtres aussi sans "
            "JavaScript. Les animations sont supprimées quand le système demande "
            "de réduire les mouvements.</p>",
            "<p>Other tests go through the site with the keyboard only: the skip "
            "link leads to the content; every element that receives focus shows a "
            "visible outline; on a phone, the menu opens with Enter or Space and "
            "the Escape key closes it and returns focus to its button; the language "
            "switcher leads to the same page in the other language; the programme "
            "filters and the “Add to my selection” button work with the keyboard, "
            "and the filters without JavaScript too. Animations are removed when "
            "the system asks for reduced motion.</p>",
        ),
        heading("Vérifications manuelles", "Manual review", level="h3"),
        paragraph(
            "<p>Ont été revus à la main, sur des captures d'écran des deux langues "
            "aux deux largeurs : la mise en page, les titres et les intitulés de "
            "liens ; l'indication de la langue des passages dans l'autre langue ; "
            "le fait qu'aucune information ne soit donnée par la seule couleur (la "
            "page en cours est soulignée d'une barre épaisse, une session annulée "
            "porte la mention « Annulée » et un titre barré).</p>"
            "<p>Restent à vérifier lors de l'audit : l'usage avec des lecteurs "
            "d'écran (NVDA, VoiceOver), l'agrandissement à 200 % et l'espacement du "
            "texte, le mode de contraste élevé de Windows, ainsi que les contenus "
            "ajoutés par l'équipe (alternatives des images, documents "
            "téléchargeables).</p>",
            "<p>Reviewed by hand, on screenshots of both languages at both widths: "
            "the layout, headings and link texts; the language of passages in the "
            "other language; that no information is given by colour alone (the "
            "current page is marked with a thick bar, a cancelled session carries "
            "the word “Cancelled” and a struck-through title).</p>"
            "<p>Still to be checked by the audit: use with screen readers (NVDA, "
            "VoiceOver), zoom to 200% and text spacing, Windows high contrast mode, "
            "and the content added by the team (image alternatives, downloadable "
            "documents).</p>",
        ),
        heading("Contenus non accessibles", "Content that is not accessible"),
        paragraph(
            "<p>Aucun contenu non accessible n'est connu à la date de cette "
            "déclaration. Les documents téléchargeables et les sites externes liés "
            "depuis le programme n'ont pas été vérifiés.</p>",
            "<p>No inaccessible content is known at the date of this statement. "
            "Downloadable documents and the external websites linked from the "
            "programme have not been checked.</p>",
        ),
        heading("Établissement de cette déclaration", "Preparation of this statement"),
        paragraph(
            "<p>Cette déclaration a été établie le 27 novembre 2026. Technologies "
            "utilisées : HTML, CSS et JavaScript (le site fonctionne sans "
            "JavaScript). Outils : axe-core 4.12 dans Chromium, piloté par "
            "Playwright.</p>",
            "<p>This statement was drawn up on 27 November 2026. Technologies used: "
            "HTML, CSS and JavaScript (the site works without JavaScript). Tools: "
            "axe-core 4.12 in Chromium, driven by Playwright.</p>",
        ),
        heading("Retour d'information et contact", "Feedback and contact"),
        paragraph(
            "<p>Si vous n'arrivez pas à accéder à un contenu ou à un service, "
            "contactez le responsable du site pour être orienté vers une "
            "alternative accessible ou obtenir le contenu sous une autre "
            "forme.</p>",
            "<p>If you cannot reach some content or a service, contact the person "
            "responsible for the site to be directed to an accessible alternative "
            "or to obtain the content in another form.</p>",
        ),
        legal_details("publisher"),
        heading("Voies de recours", "Remedies"),
        paragraph(
            "<p>Si vous constatez un défaut d'accessibilité qui vous empêche "
            "d'accéder à un contenu ou à une fonctionnalité du site, que vous nous "
            "le signalez et que vous n'obtenez pas de réponse, vous pouvez adresser "
            "une réclamation au Défenseur des droits :</p>"
            '<ul><li>par le <a href="https://formulaire.defenseurdesdroits.fr/">'
            "formulaire en ligne du Défenseur des droits</a> ;</li>"
            "<li>auprès d'un <a href=\"https://www.defenseurdesdroits.fr/carte-des-"
            'delegues">délégué du Défenseur des droits</a> dans votre région '
            ";</li>"
            "<li>par courrier postal, gratuit et sans timbre : Défenseur des droits, "
            "Libre réponse 71120, 75342 Paris CEDEX 07.</li></ul>",
            "<p>If you find an accessibility problem that prevents you from "
            "reaching some content or a feature of the site, you report it to us and "
            "you receive no answer, you may complain to the Défenseur des droits, "
            "the French rights ombudsman:</p>"
            '<ul><li>through the <a href="https://formulaire.defenseurdesdroits.fr/">'
            "online form of the Défenseur des droits</a>;</li>"
            '<li>through a <a href="https://www.defenseurdesdroits.fr/carte-des-'
            'delegues">delegate of the Défenseur des droits</a> in your region;</li>'
            "<li>by post, free of charge and without a stamp: Défenseur des droits, "
            "Libre réponse 71120, 75342 Paris CEDEX 07.</li></ul>",
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


CALL_FOR_PROPOSALS = PageSpec(
    key="call-for-proposals",
    model="participation.CallForProposalsPage",
    title=T("Proposer une session", "Propose a session"),
    slug=T("proposer-une-session", "propose-a-session"),
    show_in_menus=True,
    search_description=T(
        "Appel à propositions de sessions pour le Sommet mondial 2016 du PGO : "
        "conférence, atelier, pitch ou événement externe, jusqu'au 20 juillet 2016.",
        "Call for session proposals for the 2016 OGP Global Summit: conference, "
        "workshop, pitch or external event, until 20 July 2016.",
    ),
    fields={
        "intro": T(
            "<p>Le Sommet est co-construit : chacun – citoyen, organisation, "
            "entreprise, pouvoir public, en France ou à l'international – peut "
            "proposer une ou plusieurs sessions, sur l'une des thématiques "
            "proposées et dans l'un des quatre formats suivants : conférence, "
            "atelier, pitch ou événement externe.</p>",
            "<p>The Summit is co-created: anyone – citizens, organisations, "
            "companies, public authorities, in France or abroad – can propose one "
            "or more sessions, on one of the proposed themes and in one of four "
            "formats: conference, workshop, pitch or external event.</p>",
        ),
        "data_notice": PageRef("personal-data"),
    },
)

OPEN_GOVERNMENT_WEEK = PageSpec(
    key="open-government-week",
    model="participation.AgendaPage",
    title=T("Semaine du gouvernement ouvert", "Open Government Week"),
    slug=T("semaine-du-gouvernement-ouvert", "open-government-week"),
    show_in_menus=True,
    search_description=T(
        "L'agenda de la Semaine du gouvernement ouvert, du 5 au 14 décembre 2016, "
        "partout en France et dans le monde.",
        "Open Government Week agenda, 5–14 December 2016, across "
        "France and around the world.",
    ),
    fields={
        "intro": T(
            "<p><i>5 au 14 décembre partout en France et dans le monde</i></p>"
            "<p>Les gouvernements, les administrations locales et la société "
            "civile sont invités à recenser les événements relatifs au "
            "gouvernement ouvert qu'ils organisent dans leur pays et sur tout le "
            "territoire français en marge du Sommet.</p>",
            "<p><i>5 to 14 December, across France and around the world</i></p>"
            "<p>Governments, local administrations and civil society are invited "
            "to list the open government events they organise in their own "
            "countries and throughout France alongside the Summit.</p>",
        ),
        "data_notice": PageRef("personal-data"),
    },
)


def demo_article(key, date, kind, title, slug, intro, body):
    """A demonstration news article, flagged so (visitors see "Demo content")."""
    return PageSpec(
        key=key,
        model="news.NewsPage",
        title=title,
        slug=slug,
        fields={"date": date, "kind": kind, "intro": intro, "is_demo": True},
        body=body,
    )


NEWS = PageSpec(
    key="news",
    model="news.NewsIndexPage",
    title=T("Actualités", "News"),
    slug=T("actualites", "news"),
    show_in_menus=True,
    search_description=T(
        "Les actualités du Sommet mondial 2016 du PGO : annonces, communiqués de "
        "presse et comptes rendus de sessions.",
        "News of the 2016 OGP Global Summit: announcements, press releases and "
        "session summaries.",
    ),
    fields={
        "intro": T(
            "Annonces, communiqués de presse et comptes rendus de sessions du Sommet.",
            "Announcements, press releases and summaries of the Summit's sessions.",
        ),
    },
    children=[
        demo_article(
            "news-call-opens",
            datetime.date(2016, 5, 2),
            "announcement",
            T(
                "L'appel à propositions de sessions est ouvert",
                "The call for session proposals is open",
            ),
            T("appel-a-propositions-ouvert", "call-for-proposals-open"),
            T(
                "Article de démonstration : jusqu'au 20 juillet 2016, chacun peut "
                "proposer une session pour le Sommet de Paris.",
                "Demonstration article: until 20 July 2016, anyone can propose a "
                "session for the Paris Summit.",
            ),
            [
                paragraph(
                    "<p>Citoyens, organisations, entreprises et pouvoirs publics "
                    "peuvent proposer une conférence, un atelier, un pitch ou un "
                    "événement externe.</p>",
                    "<p>Citizens, organisations, companies and public authorities "
                    "can propose a conference, a workshop, a pitch or an external "
                    "event.</p>",
                ),
            ],
        ),
        demo_article(
            "news-programme",
            datetime.date(2016, 11, 15),
            "press_release",
            T("Le programme du Sommet est publié", "The Summit's programme is out"),
            T("programme-publie", "programme-published"),
            T(
                "Communiqué de démonstration : le programme des trois jours du "
                "Sommet, du 7 au 9 décembre 2016 à Paris, est en ligne.",
                "Demonstration press release: the programme of the Summit's three "
                "days, 7–9 December 2016 in Paris, is online.",
            ),
            [
                paragraph(
                    "<p>Le programme est issu de l'appel à propositions ouvert à "
                    "tous ; il réunit conférences, ateliers, pitchs et événements "
                    "externes.</p>",
                    "<p>The programme came out of the call for proposals open to "
                    "all; it brings together conferences, workshops, pitches and "
                    "external events.</p>",
                ),
            ],
        ),
        demo_article(
            "news-opening-summary",
            datetime.date(2016, 12, 7),
            "session_summary",
            T(
                "Compte rendu : la séance d'ouverture du Sommet",
                "Summary: the Summit's opening session",
            ),
            T("compte-rendu-seance-ouverture", "summary-opening-session"),
            T(
                "Compte rendu de démonstration de la séance d'ouverture du Sommet "
                "mondial du PGO à Paris.",
                "Demonstration summary of the opening session of the OGP Global "
                "Summit in Paris.",
            ),
            [
                paragraph(
                    "<p>La séance d'ouverture a lancé trois jours d'échanges sur "
                    "les nouvelles alliances entre les gouvernements et la société "
                    "civile.</p>",
                    "<p>The opening session started three days of discussion on "
                    "new alliances between governments and civil society.</p>",
                ),
            ],
        ),
    ],
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
        "2016 in Paris, hosted by France as OGP co-chair.",
    ),
    fields={
        "summit_name": T(
            "Sommet mondial du Partenariat pour un gouvernement ouvert",
            "Open Government Partnership Global Summit",
        ),
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
                            "summit days in Paris, 7–9 December 2016",
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
        heading("Un sommet co-construit", "A co-created summit"),
        dated_text(
            "call_closes",
            before=T(
                "<p>Jusqu'au 20 juillet 2016, chacun peut proposer une session "
                "dans l'un des quatre formats : conférence, atelier, pitch ou "
                "événement externe.</p>",
                "<p>Until 20 July 2016, anyone can propose a session in one of "
                "four formats: conference, workshop, pitch or external event.</p>",
            ),
            after=T(
                "<p>Jusqu'au 20 juillet 2016, chacun a pu proposer une session "
                "dans l'un des quatre formats : conférence, atelier, pitch ou "
                "événement externe ; le programme en est issu.</p>",
                "<p>Until 20 July 2016, anyone could propose a session in one of "
                "four formats: conference, workshop, pitch or external event; the "
                "programme came out of those proposals.</p>",
            ),
        ),
        call_to_action(
            title=T("Le Sommet 2016", "The 2016 Summit"),
            link_label=T("Découvrir le Sommet 2016", "Discover the 2016 Summit"),
            page="summit",
        ),
    ],
    children=[
        PARTNERSHIP,
        SUMMIT,
        PROGRAMME,
        CALL_FOR_PROPOSALS,
        OPEN_GOVERNMENT_WEEK,
        FRANCE,
        NEWS,
        LEGAL_NOTICE,
        PERSONAL_DATA,
        ACCESSIBILITY,
    ],
)


# Demonstration values for the legal information, labelled as such on the pages
# (is_demo); production's checks refuse them (home/checks.py).
DEMO_LEGAL_INFORMATION = {
    "publisher_name": T(
        "Organisme éditeur de démonstration", "Demonstration publishing body"
    ),
    "publisher_address": T(
        "1 rue de l'Exemple\n75000 Paris (adresse de démonstration)",
        "1 rue de l'Exemple\n75000 Paris, France (demonstration address)",
    ),
    "publisher_email": "contact@example.org",
    "director_name": T("Nom de démonstration", "Demonstration name"),
    "director_role": T("Fonction de démonstration", "Demonstration position"),
    "host_name": T("Hébergeur de démonstration", "Demonstration host"),
    "host_address": T(
        "2 rue de l'Exemple\n75000 Paris (adresse de démonstration)",
        "2 rue de l'Exemple\n75000 Paris, France (demonstration address)",
    ),
    "host_phone": "+33 1 00 00 00 00",
    "controller_name": T(
        "Responsable du traitement de démonstration",
        "Demonstration data controller",
    ),
    "controller_address": T(
        "1 rue de l'Exemple\n75000 Paris (adresse de démonstration)",
        "1 rue de l'Exemple\n75000 Paris, France (demonstration address)",
    ),
    "data_requests_contact": "donnees-personnelles@example.org",
    "is_demo": True,
}
