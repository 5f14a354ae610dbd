"""Demo submissions, labelled as such: accepted events so the agenda is not
empty, and a few pending ones so staff can try moderation.

Idempotent: a submission whose title already exists is left as it is."""

import datetime
import zoneinfo

from .models import Event, Proposal

# (title, kind, organiser, organiser type, city, country, time zone,
#  (month, day, hour), hours, address, online link, language, status)
EVENTS = [
    (
        "Hackathon des données budgétaires",
        "week",
        "Ville de Paris (démo)",
        "local",
        "Paris",
        "FR",
        "Europe/Paris",
        (12, 5, 9),
        8,
        "Hôtel de Ville, place de l'Hôtel de Ville",
        "",
        "fr",
        "accepted",
    ),
    (
        "Forum citoyen sur la transparence de la commande publique",
        "week",
        "Collectif pour la transparence (démo)",
        "civil_society",
        "Lyon",
        "FR",
        "Europe/Paris",
        (12, 6, 14),
        3,
        "Maison de la métropole",
        "",
        "fr",
        "accepted",
    ),
    (
        "Open contracting in practice",
        "week",
        "Ministry of Public Service (demo)",
        "government",
        "Ottawa",
        "CA",
        "America/Toronto",
        (12, 7, 10),
        2,
        "",
        "https://example.org/live/open-contracting",
        "en",
        "accepted",
    ),
    (
        "Parlamento abierto: laboratorio ciudadano",
        "week",
        "Congreso abierto (demo)",
        "civil_society",
        "Ciudad de México",
        "MX",
        "America/Mexico_City",
        (12, 8, 17),
        3,
        "Centro Cultural de España",
        "",
        "es",
        "accepted",
    ),
    (
        "Atelier de co-construction : plan d'action local",
        "workshop",
        "Région Occitanie (démo)",
        "local",
        "Toulouse",
        "FR",
        "Europe/Paris",
        (9, 21, 14),
        3,
        "Hôtel de Région",
        "",
        "fr",
        "accepted",
    ),
    (
        "Gouvernement ouvert et collectivités africaines",
        "week",
        "Réseau des communes ouvertes (démo)",
        "civil_society",
        "Dakar",
        "SN",
        "Africa/Dakar",
        (12, 9, 9),
        6,
        "Place du Souvenir africain",
        "https://example.org/live/dakar",
        "fr",
        "accepted",
    ),
    (
        "Dados abertos nas cidades",
        "week",
        "Prefeitura aberta (demo)",
        "local",
        "São Paulo",
        "BR",
        "America/Sao_Paulo",
        (12, 10, 10),
        4,
        "",
        "https://example.org/live/sao-paulo",
        "pt",
        "accepted",
    ),
    (
        "Citizen budget walkthrough",
        "week",
        "Open Budget Coalition (demo)",
        "civil_society",
        "Jakarta",
        "ID",
        "Asia/Jakarta",
        (12, 12, 13),
        2,
        "Taman Ismail Marzuki",
        "",
        "en",
        "submitted",
    ),
    (
        "Café gouvernement ouvert",
        "week",
        "Association Numérique pour tous (démo)",
        "civil_society",
        "Nantes",
        "FR",
        "Europe/Paris",
        (12, 13, 18),
        2,
        "Médiathèque Jacques Demy",
        "",
        "fr",
        "submitted",
    ),
]

PROPOSALS = [
    (
        "Les registres de lobbying, cinq ans après",
        "conference",
        "public_body",
        "Haute Autorité (démo)",
        "FR",
        ["fr", "en"],
    ),
    (
        "Pitch: a civic tech tool for open procurement",
        "pitch",
        "company",
        "Civic Start (demo)",
        "GB",
        ["en"],
    ),
    (
        "Atelier : écrire la loi avec les citoyens",
        "workshop",
        "civil_society",
        "Collectif Loi ouverte (démo)",
        "FR",
        ["fr"],
    ),
]


def build_event(row):
    (
        title,
        kind,
        organiser,
        organiser_type,
        city,
        country,
        tz_name,
        when,
        hours,
        address,
        online_url,
        language,
        status,
    ) = row
    month, day, hour = when
    tz = zoneinfo.ZoneInfo(tz_name)
    start = datetime.datetime(2016, month, day, hour, tzinfo=tz)
    return Event(
        title=title,
        kind=kind,
        description=(
            "Événement de démonstration : il montre comment l'agenda présente "
            "les événements acceptés."
            if language == "fr"
            else "Demo event: it shows how the agenda presents accepted events."
        ),
        organiser=organiser,
        organiser_type=organiser_type,
        start=start,
        end=start + datetime.timedelta(hours=hours),
        timezone=tz_name,
        city=city,
        country=country,
        address=address,
        online_url=online_url,
        language=language,
        contact_email="demo@example.org",
        reply_language="fr" if language == "fr" else "en",
        consent=True,
        status=status,
        is_demo=True,
    )


def load_demo_submissions():
    """Returns how many submissions were created."""
    created = 0
    for row in EVENTS:
        if not Event.objects.filter(title=row[0]).exists():
            build_event(row).save()
            created += 1
    for title, fmt, org_type, organisation, country, languages in PROPOSALS:
        if Proposal.objects.filter(title=title).exists():
            continue
        Proposal.objects.create(
            title=title,
            format=fmt,
            organisation_type=org_type,
            organisation=organisation,
            country=country,
            languages=languages,
            name="Personne de démonstration",
            email="demo@example.org",
            description="Proposition de démonstration, pour essayer la modération.",
            reply_language=languages[0] if languages[0] in ("fr", "en") else "fr",
            consent=True,
            is_demo=True,
        )
        created += 1
    return created


def load_seed(stdout=None):
    """Called by `manage.py load_content`; says what it created."""
    return f"{load_demo_submissions()} demo submission(s)"
