"""Builders for the participation tests: valid form data and submissions."""

import datetime
import time

from participation.guards import sign_timestamp
from participation.models import AgendaPage, CallForProposalsPage, Event, Proposal

# While the seeded call for proposals is open (2 May – 20 July 2016).
DURING_CALL = datetime.datetime(2016, 6, 1, 10, 0, tzinfo=datetime.UTC)
# While the seeded Open Government Week registration is open (2 May – 14
# December 2016).
DURING_WEEK_REGISTRATION = datetime.datetime(2016, 11, 15, 10, 0, tzinfo=datetime.UTC)


def open_week_registration():
    """Open the Open Government Week registration around the real time (for
    tests where other processes, or signed timestamps, need the real clock)."""
    from django.utils import timezone

    from home.models import SummitCalendar

    now = timezone.now()
    SummitCalendar.objects.update(
        week_registration_opens_at=now - datetime.timedelta(days=1),
        week_registration_closes_at=now + datetime.timedelta(days=30),
    )


def call_page(lang="fr"):
    return CallForProposalsPage.objects.get(locale__language_code=lang)


def agenda_page(lang="fr"):
    return AgendaPage.objects.get(locale__language_code=lang)


def shown_a_minute_ago():
    return sign_timestamp(time.time() - 60)


def proposal_data(**overrides):
    data = {
        "name": "Camille Martin",
        "email": "camille@example.org",
        "organisation": "Association Transparence",
        "organisation_type": "civil_society",
        "country": "FR",
        "title": "Ouvrir les données des collectivités",
        "description": "Un atelier pour partager les retours d'expérience.",
        "format": "workshop",
        "theme": "",
        "languages": ["fr", "en"],
        "co_organisers": "Ville de Nantes",
        "speakers": "Jeanne Dupont, maire adjointe",
        "consent": "on",
        "homepage": "",
        "shown_at": shown_a_minute_ago(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def event_data(**overrides):
    data = {
        "kind": "week",
        "title": "Hackathon des données ouvertes",
        "description": "Une journée pour construire des outils avec les données.",
        "organiser": "Ville de Lyon",
        "organiser_type": "local",
        "start": "2016-12-06T10:00",
        "end": "2016-12-06T18:00",
        "timezone": "Europe/Paris",
        "city": "Lyon",
        "country": "FR",
        "address": "1 place de la Comédie",
        "online_url": "",
        "website": "https://example.org/hackathon",
        "language": "fr",
        "contact_email": "contact@example.org",
        "consent": "on",
        "homepage": "",
        "shown_at": shown_a_minute_ago(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def make_proposal(**fields):
    values = {
        "name": "Ana López",
        "email": "ana@example.org",
        "organisation_type": Proposal.CIVIL_SOCIETY,
        "country": "MX",
        "title": "Budget participatif",
        "description": "Comment associer les citoyens au budget.",
        "format": "conference",
        "languages": ["fr"],
        "consent": True,
        "reply_language": "fr",
    }
    values.update(fields)
    return Proposal.objects.create(**values)


def make_event(**fields):
    from tests.factories import paris

    values = {
        "kind": Event.WEEK_EVENT,
        "title": "Rencontre gouvernement ouvert",
        "description": "Une rencontre.",
        "organiser": "Préfecture",
        "organiser_type": Event.GOVERNMENT,
        "start": paris(6, 10),
        "end": paris(6, 12),
        "city": "Paris",
        "country": "FR",
        "address": "Hôtel de ville",
        "language": "fr",
        "contact_email": "secret-contact@example.org",
        "consent": True,
    }
    values.update(fields)
    return Event.objects.create(**values)
