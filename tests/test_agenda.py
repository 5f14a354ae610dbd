"""The public Open Government Week agenda: only accepted events, never
personal data; filters, grouping by country, exports; the purge command."""

import datetime
import json

import pytest
import time_machine
from django.core.management import call_command

from participation.models import Event, Proposal
from tests.factories import paris
from tests.helpers import soup, text_of
from tests.participation_helpers import (
    DURING_WEEK_REGISTRATION,
    agenda_page,
    make_event,
    make_proposal,
)

pytestmark = [pytest.mark.django_db, pytest.mark.engine]


def agenda_url(lang="fr", suffix=""):
    return f"{agenda_page(lang).url}{suffix}"


def test_only_accepted_events_are_public_anywhere(client):
    make_event(title="Événement accepté", status=Event.ACCEPTED)
    make_event(title="PENDING-MARKER")
    make_event(title="REJECTED-MARKER", status=Event.REJECTED)
    make_proposal(title="PROPOSAL-MARKER")
    urls = [
        agenda_url("fr"),
        agenda_url("en"),
        agenda_url("fr", "ics/"),
        agenda_url("fr", "json/"),
        agenda_url("en", "csv/"),
        "/sitemap.xml",
        "/fr/programme/",
        "/fr/programme/json/",
    ]
    for url in urls:
        body = client.get(url).content.decode()
        for marker in ("PENDING-MARKER", "REJECTED-MARKER", "PROPOSAL-MARKER"):
            assert marker not in body, (url, marker)
        # Contact addresses are never published.
        assert "secret-contact@example.org" not in body, url
    assert "Événement accepté" in client.get(agenda_url("fr")).content.decode()


def test_events_are_grouped_by_country_with_counts(client):
    make_event(title="Paris 1", country="FR", status=Event.ACCEPTED)
    make_event(title="Lyon", country="FR", city="Lyon", status=Event.ACCEPTED)
    make_event(title="Ciudad", country="MX", city="Mexico", status=Event.ACCEPTED)
    page = soup(client.get(agenda_url("fr")))
    groups = [h2.get_text(" ", strip=True) for h2 in page.select(".agenda-country h2")]
    assert groups == ["France (2 événements)", "Mexique (1 événement)"]
    assert "3 événements · 2 pays" in page.find(class_="agenda__count").get_text(
        " ", strip=True
    )
    english = soup(client.get(agenda_url("en")))
    assert [
        h2.get_text(" ", strip=True) for h2 in english.select(".agenda-country h2")
    ] == [
        "France (2 events)",
        "Mexico (1 event)",
    ]


def test_filters_by_country_date_organiser_and_mode(client):
    make_event(
        title="Lundi Paris", start=paris(5, 10), end=paris(5, 12), status="accepted"
    )
    make_event(
        title="Mardi en ligne",
        start=paris(6, 10),
        end=paris(6, 12),
        address="",
        online_url="https://example.org/live",
        organiser_type=Event.CIVIL_SOCIETY,
        status="accepted",
    )
    make_event(
        title="Atelier de septembre",
        kind=Event.WORKSHOP,
        start=paris(14, 10, month=9),
        end=paris(14, 12, month=9),
        country="SN",
        city="Dakar",
        status="accepted",
    )

    def titles(**params):
        page = soup(client.get(agenda_url("en"), params))
        return [h3.get_text(strip=True) for h3 in page.select(".agenda-event__title")]

    assert titles(day="2016-12-06") == ["Mardi en ligne"]
    assert titles(day="workshops") == ["Atelier de septembre"]
    assert titles(country="SN") == ["Atelier de septembre"]
    assert titles(mode="online") == ["Mardi en ligne"]
    assert titles(organiser_type="civil_society") == ["Mardi en ligne"]
    # Unknown values are ignored, not errors.
    assert len(titles(country="ZZ", day="<script>", mode="x")) == 3


def test_no_event_matches_says_so(client):
    response = client.get(agenda_url("en"), {"country": "FR"})
    assert "No event has been published yet." in text_of(response)


def test_exports_carry_public_fields_and_escape_formulas(client):
    event = make_event(
        title='=HYPERLINK("http://evil")',
        status=Event.ACCEPTED,
        timezone="America/Mexico_City",
        start=datetime.datetime(2016, 12, 9, 0, 0, tzinfo=datetime.UTC),
        end=datetime.datetime(2016, 12, 9, 2, 0, tzinfo=datetime.UTC),
    )
    data = json.loads(client.get(agenda_url("en", "json/")).content)
    assert data["count"] == 1
    record = data["events"][0]
    assert record["start"] == "2016-12-08T18:00:00-06:00"
    assert "contact_email" not in record
    assert record["url"].endswith(f"/en/open-government-week/#event-{event.pk}")

    csv_text = client.get(agenda_url("en", "csv/")).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_text

    ics = client.get(agenda_url("fr", "ics/"))
    assert ics["Content-Type"].startswith("text/calendar")
    body = ics.content.decode()
    assert f"UID:event-{event.pk}@ogpsummit2016" in body
    assert "DTSTART;TZID=America/Mexico_City:20161208T180000" in body


def test_the_register_link_shows_while_registration_is_open(client):
    page = agenda_page("en")
    with time_machine.travel(DURING_WEEK_REGISTRATION):
        text = soup(client.get(page.url)).find("main").get_text()
    assert "Register an event" in text
    after = datetime.datetime(2016, 12, 15, tzinfo=datetime.UTC)
    with time_machine.travel(after):
        text = soup(client.get(page.url)).find("main").get_text()
    assert "Register an event" not in text


# Personal data retention ---------------------------------------------------------


def test_purge_erases_personal_data_older_than_the_retention_period(settings):
    settings.PARTICIPATION_RETENTION_DAYS = 365
    old = datetime.timedelta(days=400)
    now = datetime.datetime.now(datetime.UTC)
    pending = make_proposal(title="Vieille en attente")
    accepted = make_proposal(title="Vieille acceptée", status=Proposal.ACCEPTED)
    recent = make_proposal(title="Récente")
    event = make_event(status=Event.ACCEPTED)
    rejected_event = make_event(status=Event.REJECTED)
    for submission in (pending, accepted, event, rejected_event):
        type(submission).objects.filter(pk=submission.pk).update(submitted_at=now - old)

    call_command("purge_personal_data")

    assert not Proposal.objects.filter(pk=pending.pk).exists()
    assert not Event.objects.filter(pk=rejected_event.pk).exists()
    accepted.refresh_from_db()
    assert (accepted.name, accepted.organisation, accepted.speakers) == ("", "", "")
    assert accepted.email == "erased@invalid"
    assert accepted.title == "Vieille acceptée"
    event.refresh_from_db()
    assert event.contact_email == "erased@invalid"
    assert event.title == "Rencontre gouvernement ouvert"  # still public
    recent.refresh_from_db()
    assert recent.email == "ana@example.org"


def test_purge_dry_run_changes_nothing():
    proposal = make_proposal()
    Proposal.objects.filter(pk=proposal.pk).update(
        submitted_at=datetime.datetime(2016, 1, 1, tzinfo=datetime.UTC)
    )
    call_command("purge_personal_data", "--dry-run")
    assert Proposal.objects.filter(pk=proposal.pk).exists()


def test_site_search_finds_accepted_events_only(client):
    make_event(title="Hackathon accepté", status=Event.ACCEPTED)
    make_event(title="Hackathon en attente")
    make_event(title="Hackathon refusé", status=Event.REJECTED)
    for url in ("/fr/recherche/", "/en/search/"):
        text = soup(client.get(url, {"q": "hackathon"})).find("main").get_text()
        assert "Hackathon accepté" in text, url
        assert "en attente" not in text
        assert "refusé" not in text
    page = soup(client.get("/en/search/", {"q": "hackathon"}))
    link = page.find("a", string=lambda s: s and "Hackathon accepté" in s)
    assert link["href"].startswith("/en/open-government-week/#event-")


def test_times_are_shown_in_the_local_time_of_the_event(client):
    make_event(
        title="Ottawa",
        country="CA",
        timezone="America/Toronto",
        start=datetime.datetime(2016, 12, 7, 15, 0, tzinfo=datetime.UTC),
        end=datetime.datetime(2016, 12, 7, 17, 0, tzinfo=datetime.UTC),
        status=Event.ACCEPTED,
    )
    when = soup(client.get(agenda_url("en"))).find(class_="agenda-event__when")
    assert " ".join(when.get_text().split()) == (
        "Wednesday 7 December 2016, 10:00 – 12:00 (local time, America/Toronto)"
    )


def test_a_long_agenda_is_paginated_with_country_totals(client):
    from participation.agenda import PER_PAGE

    for n in range(PER_PAGE + 5):
        make_event(title=f"Événement {n:03}", country="FR", status=Event.ACCEPTED)
    make_event(title="Au Sénégal", country="SN", city="Dakar", status=Event.ACCEPTED)
    first = soup(client.get(agenda_url("fr")))
    assert len(first.select(".agenda-event")) == PER_PAGE
    assert first.select_one(".agenda-country h2").get_text(" ", strip=True) == (
        f"France ({PER_PAGE + 5} événements)"
    )
    second = soup(client.get(agenda_url("fr"), {"page": 2}))
    titles = [h.get_text(strip=True) for h in second.select(".agenda-event__title")]
    assert titles[-1] == "Au Sénégal"
    assert len(titles) == 6
    # Out of range or nonsense: the nearest page, not an error.
    assert client.get(agenda_url("fr"), {"page": "999"}).status_code == 200
    assert client.get(agenda_url("fr"), {"page": "x"}).status_code == 200


def test_an_event_in_another_language_keeps_its_own_typography(client):
    """French typography is for French: an English event on the French agenda
    keeps "data?" as typed, a French one gets its narrow no-break space."""
    english = make_event(
        title="Why open data?",
        description="Open data: a debate!",
        organiser="Open Knowledge",
        address="1 Main St: room 2",
        language="en",
        status=Event.ACCEPTED,
    )
    french = make_event(
        title="Pourquoi ouvrir les données?", language="fr", status=Event.ACCEPTED
    )
    page = soup(client.get(agenda_url("fr")))

    def shown(event, css):
        return page.find(id=f"event-{event.pk}").find(class_=css).get_text()

    assert shown(english, "agenda-event__title") == "Why open data?"
    assert shown(english, "agenda-event__description").strip() == (
        "Open data: a debate!"
    )
    facts = page.find(id=f"event-{english.pk}").find(class_="agenda-event__facts")
    assert "Open Knowledge" in facts.get_text()
    assert "1 Main St: room 2" in facts.get_text()
    # The page's own words around them still get French typography.
    assert "Organisateur\u00a0:" in facts.get_text()
    assert shown(french, "agenda-event__title") == "Pourquoi ouvrir les données\u202f?"
