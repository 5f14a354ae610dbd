"""The commitments of France's national action plan 2015-2017, « Pour une
action publique transparente et collaborative » (published 16 July 2015), in
French with the English of OGP where OGP words it.

Each entry records where its titles come from. `check` says what has not
been read in a published source yet; such entries are seeded with
`title_to_check` ticked, shown to staff in the admin, never to visitors, and
must be checked against the published plan. Nothing here is invented: where
no source gave a title and no reliable memory of it exists, the commitment is
left out (see MISSING) for staff to add from the plan.

Sources:
- RC: République citoyenne, « La France publie son premier Plan d'Action
  National pour un gouvernement ouvert » (July 2015), listing the plan's
  commitments 1-10 by axis (republiquecitoyenne.fr).
- ETALAB: the government's mid-term self-assessment, one page per commitment
  (suivi-gouvernement-ouvert.etalab.gouv.fr/fr/EngagementN.html) and its
  discussion threads (forum.etalab.gouv.fr).
- OGP: opengovpartnership.org, France End-of-Term Report 2015-2017 and the
  commitment pages (members/france/commitments/FR00NN). OGP's codes are not
  the plan's numbers: read in December 2026, FR0007 is commitment 5 (Cour des
  comptes), FR0009-FR0011 are 7-9, FR0018-FR0021 are 15-18 and
  FR0023-FR0029 are 20-26 (matched by content; the pages do not print the
  plan's number). FR0006 is commitment 4, FR0012 and FR0013
  split 10, FR0015 is 12, FR0016 is 13, FR0017 is 14 and FR0022 is 19. The
  2018-2020 plan's pages (FR0048, FR0050) quote the 2015-2017 plan's own
  English titles of commitments 5 and 6.
- PLAN: Etalab's book edition of the plan (github.com/etalab/plan-ogp-2015-2017,
  « écrit à partir de la version officielle publiée sur le site d'Etalab »):
  the French and English titles and the axis of every commitment, in
  fr/SUMMARY.md and en/SUMMARY.md (read in December 2026). Entries citing
  PLAN were read there; where it differed from an earlier reading, the
  plan's wording is kept.
- AXES: numerique.gouv.fr, « Gouvernement ouvert : la France publie son plan
  d'action national » (17 July 2015): 26 commitments on 5 axes; ETALAB
  introduction: the last part holds 3 climate commitments.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class CommitmentSpec:
    number: int
    axis: int
    title: tuple  # (French, English)
    source: str
    summary: tuple = ("", "")
    check: str = ""  # what remains to check against the published plan


# Not seeded for want of a source: none since the plan was read (December 2026).
MISSING = []

COMMITMENTS = [
    CommitmentSpec(
        1,
        1,
        (
            "Permettre à tous de consulter, de comprendre et de réutiliser les "
            "données financières et les décisions des collectivités territoriales",
            "Open Regional and Local Authorities' Data",
        ),
        "fr: RC; en: OGP FR0001 and End-of-Term Report",
        (
            "Améliorer la transparence financière des collectivités territoriales "
            "en publiant ces informations de manière proactive, en données "
            "ouvertes.",
            "Improve the financial transparency of local government through the "
            "proactive publication of this information in open data format.",
        ),
    ),
    CommitmentSpec(
        2,
        1,
        (
            "Accroître la transparence de la commande publique",
            "Increase transparency in public procurement",
        ),
        "fr: RC and ETALAB (Engagement2); en: OGP End-of-Term Report",
        (
            "Standardiser le format des données des marchés publics, encourager "
            "la publicité des marchés attribués et inclure des clauses de "
            "données ouvertes dans les contrats des personnes publiques.",
            "Standardize the format of public tender data, encourage increased "
            "publicity of awarded public tenders, and include open data clauses "
            "in contracts awarded by public authorities.",
        ),
    ),
    CommitmentSpec(
        3,
        1,
        (
            "Accroître la transparence de l'aide publique au développement",
            "Improve Transparency in International Development Aid",
        ),
        "fr: RC; en: OGP FR0005",
    ),
    CommitmentSpec(
        4,
        1,
        (
            "Ouvrir l'accès aux évaluations de politiques publiques et à leurs "
            "conclusions",
            "Open Access to Public Policy Evaluations",
        ),
        "fr: RC and PLAN; en: OGP FR0006",
    ),
    CommitmentSpec(
        5,
        1,
        (
            "Impliquer davantage les citoyens dans les travaux menés par la Cour "
            "des comptes",
            "Involving citizens further in the work carried out by the Cour des "
            "comptes",
        ),
        "fr: RC; en: the plan's English title, quoted by OGP FR0048 "
        "(« Commitment 5 of the 2015-2017 NAP »); OGP FR0007",
    ),
    CommitmentSpec(
        6,
        1,
        (
            "Faciliter l'accès aux données relatives aux obligations de "
            "transparence des responsables publics",
            "Facilitating access to data regarding transparency obligations of "
            "public officials",
        ),
        "fr: RC; en: the plan's English title, quoted by OGP FR0050 "
        "(« Commitment 6 of the 2015-2017 NAP »)",
    ),
    CommitmentSpec(
        7,
        1,
        (
            "Identifier les bénéficiaires effectifs des entités juridiques "
            "enregistrées en France pour lutter efficacement contre le blanchiment",
            "Beneficial Ownership",
        ),
        "fr: RC; en: OGP FR0009",
    ),
    CommitmentSpec(
        8,
        1,
        (
            "Renforcer la transparence des paiements et revenus issus des "
            "industries extractives",
            "Transparency in Extractive Industries",
        ),
        "fr: RC; en: OGP FR0010",
    ),
    CommitmentSpec(
        9,
        1,
        (
            "Accroître la transparence sur les négociations commerciales "
            "internationales",
            "Transparency in International Trade Commercial Negotiations",
        ),
        "fr: RC; en: OGP FR0011",
    ),
    CommitmentSpec(
        10,
        2,
        (
            "Donner aux citoyens de nouveaux moyens de participer à la vie "
            "publique en les associant à l'identification de problèmes à résoudre",
            "Provide citizens new means to participate in public life by involving "
            "them in the identification of problems",
        ),
        "fr: RC and PLAN; en: PLAN (OGP splits it into FR0012 and FR0013)",
    ),
    CommitmentSpec(
        11,
        2,
        (
            "Coproduire avec la société civile les registres-clés de données "
            "essentielles à la société et à l'économie",
            "Co-produce with civil society the data infrastructure essential to "
            "society and economy",
        ),
        "fr: ETALAB (Ministère ouvert, workshop 3) and PLAN; en: OGP End-of-Term "
        "Report",
        (
            "Associer la société civile à la construction des infrastructures de "
            "données de l'État et des collectivités.",
            "Involve civil society in the development of central and local "
            "governments' data infrastructure.",
        ),
    ),
    CommitmentSpec(
        12,
        2,
        (
            "Poursuivre l'ouverture des ressources juridiques et la collaboration "
            "avec la société civile autour de l'élaboration de la loi",
            "Further expand the opening of legal resources & the collaboration "
            "with civil society on opening the law",
        ),
        "fr: ETALAB (Engagement12) and PLAN; en: PLAN (OGP FR0015)",
        (
            "Poursuivre la mise à disposition en données ouvertes des ressources "
            "juridiques et législatives, et la démarche collaborative avec la "
            "société civile pour des outils facilitant la compréhension des textes "
            "et leur élaboration.",
            "Keep publishing legal and legislative resources as open data, and "
            "keep working with civil society on tools that make laws easier to "
            "understand and to draft.",
        ),
    ),
    CommitmentSpec(
        13,
        2,
        (
            "Capitaliser sur les consultations menées et rénover les dispositifs "
            "d'expression citoyenne",
            "Reform Participatory Mechanisms",
        ),
        "fr: PLAN; en: OGP FR0016",
    ),
    CommitmentSpec(
        14,
        2,
        (
            "Renforcer la médiation et la capacité d'agir des citoyens en matière "
            "de justice",
            "Mediation and Justice",
        ),
        "fr: PLAN; en: OGP FR0017",
    ),
    CommitmentSpec(
        15,
        3,
        (
            "Renforcer la politique d'ouverture et de circulation des données",
            "Strengthen government policy on the opening and circulation of data",
        ),
        "fr: ETALAB (Ministère ouvert, workshop 3); en: OGP FR0036",
    ),
    CommitmentSpec(
        16,
        3,
        (
            "Favoriser l'ouverture des modèles de calcul et des simulateurs de l'État",
            "Open Calculation Models and Simulators",
        ),
        "fr: ETALAB (Engagement16); en: OGP FR0019",
    ),
    CommitmentSpec(
        17,
        3,
        (
            "Transformer les ressources technologiques de l'État en plateforme ouverte",
            "Open Platform for Government Resources",
        ),
        "fr: PLAN; en: OGP FR0020",
    ),
    CommitmentSpec(
        18,
        3,
        (
            "Mieux interagir avec l'usager et améliorer les services publics grâce "
            "à l'administration numérique",
            "Improve Public Services Through E-Government and User Interaction",
        ),
        "fr: PLAN; en: OGP FR0021",
    ),
    CommitmentSpec(
        19,
        4,
        (
            "Permettre l'engagement de la société civile en appui de l'École",
            "Empower Civil Society to Support Schools",
        ),
        "fr: PLAN; en: OGP FR0022",
    ),
    CommitmentSpec(
        20,
        4,
        (
            "Diversifier le recrutement au sein des institutions publiques",
            "Diversify Recruitment Within Public Institutions",
        ),
        "fr: PLAN; en: OGP FR0023",
    ),
    CommitmentSpec(
        21,
        4,
        (
            "Diffuser la culture de l'ouverture, des données et du numérique",
            "Culture Change",
        ),
        "fr: PLAN; en: OGP FR0024",
    ),
    CommitmentSpec(
        22,
        4,
        (
            "Diffuser l'innovation et approfondir la recherche sur le gouvernement "
            "ouvert",
            "Spread Public Innovation",
        ),
        "fr: PLAN; en: OGP FR0025",
    ),
    CommitmentSpec(
        23,
        4,
        (
            "Responsabiliser et protéger les agents publics en matière de "
            "prévention des conflits d'intérêts",
            "Empowering and protecting public officials in preventing conflicts "
            "of interest",
        ),
        "fr: PLAN; en: OGP End-of-Term Report (OGP FR0026 names it « Protect "
        "Against Conflicts of Interest »)",
        (
            "Actualiser les droits et obligations déontologiques des agents "
            "publics et renforcer la prévention des conflits d'intérêts.",
            "Update the ethical rights and obligations of civil servants and "
            "strengthen preventive measures against conflicts of interests.",
        ),
    ),
    CommitmentSpec(
        24,
        5,
        (
            "Associer la société civile à la Conférence COP21 et favoriser la "
            "transparence sur l'agenda et les négociations",
            "Civil Society & Transparency in COP21 Conference Planning",
        ),
        "fr: PLAN; en: OGP FR0027; axis: AXES and PLAN",
    ),
    CommitmentSpec(
        25,
        5,
        (
            "Mettre à disposition des données et des modèles relatifs au climat et "
            "au développement durable",
            "Open Data and Climate/Sustainable Development",
        ),
        "fr: PLAN; en: OGP FR0028; axis: AXES and PLAN",
    ),
    CommitmentSpec(
        26,
        5,
        (
            "Engager de nouvelles collaborations avec la société civile afin de "
            "développer des solutions innovantes pour répondre aux défis du climat "
            "et du développement durable",
            "Initiate new collaborations with civil society to develop innovative "
            "solutions to meet the challenges of Climate and Sustainable "
            "Development",
        ),
        "fr: PLAN; en: OGP FR0046 (quoting commitment 26), the plan's English word "
        "for word; axis: AXES and PLAN",
    ),
]
