"""Open-data exports: iCalendar, JSON and CSV, parsed back; constant queries."""

import csv
import datetime
import io
import json
import shutil
import subprocess

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from programme.models import Session
from tests.factories import (
    bulk_sessions,
    make_session,
    make_speaker,
    make_theme,
    make_venue,
    paris,
)

pytestmark = [pytest.mark.django_db, pytest.mark.engine]

FR, EN = "/fr/programme/", "/en/programme/"


def events(response):
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return calendar, list(calendar.walk("VEVENT"))


def test_ics_export_is_valid_with_timezone_and_stable_uids(client):
    session = make_session("Ouverture", "Opening", venue=make_venue())
    calendar, (event,) = events(client.get(f"{FR}ics/"))
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert str(event["UID"]) == f"session-{session.translation_key}@ogpsummit2016"
    assert event.decoded("DTSTART") == paris(7, 9)
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["LOCATION"]) == "Grand amphithéâtre"
    _cal, (english,) = events(client.get(f"{EN}ics/"))
    assert str(english["UID"]) == str(event["UID"])
    assert str(english["SUMMARY"]) == "Opening"


def test_ics_sequence_and_last_modified_change_with_the_session(client):
    session = make_session("Ouverture")
    _cal, (before,) = events(client.get(f"{FR}ics/"))
    session.status = Session.CANCELLED
    session.save()
    _cal, (after,) = events(client.get(f"{FR}ics/"))
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after.decoded("LAST-MODIFIED") >= before.decoded("LAST-MODIFIED")
    assert str(after["STATUS"]) == "CANCELLED"


def test_ics_times_are_right_across_the_october_time_change(client):
    # Paris leaves summer time at 03:00 on 30 October 2016 (UTC+2 -> UTC+1).
    make_session("Avant", start=paris(29, 10, month=10), end=paris(29, 11, month=10))
    make_session("Après", start=paris(31, 10, month=10), end=paris(31, 11, month=10))
    _cal, found = events(client.get(f"{FR}ics/"))
    starts = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in found}
    assert starts["Avant"].utcoffset() == datetime.timedelta(hours=2)
    assert starts["Après"].utcoffset() == datetime.timedelta(hours=1)
    assert starts["Avant"].astimezone(datetime.UTC).hour == 8
    assert starts["Après"].astimezone(datetime.UTC).hour == 9


def test_ics_escapes_line_breaks_typed_by_people(client):
    session = make_session("Titre", english_title=False)
    Session.objects.filter(pk=session.pk).update(
        title="Titre\r\nDTSTART:20000101T000000Z\nX-EVIL:1", organisers="x"
    )
    _cal, (event,) = events(client.get(f"{FR}ics/"))
    assert "X-EVIL" not in event
    assert str(event["SUMMARY"]).startswith("Titre")
    assert event.decoded("DTSTART") == paris(7, 9)


def test_ics_summary_is_one_line_and_keeps_the_spaces_typed(client):
    """A calendar summary is one line, but the spaces typed stay (a no-break
    space typed on purpose too), as in the JSON export and on the page."""
    session = make_session("Titre", english_title=False)
    Session.objects.filter(pk=session.pk).update(title="Rio\u00a020  et\n\n après")
    _cal, (event,) = events(client.get(f"{FR}ics/"))
    assert str(event["SUMMARY"]) == "Rio\u00a020  et après"
    record = json.loads(client.get(f"{FR}json/").content)["sessions"][0]
    assert record["title"].startswith("Rio\u00a020")


def test_one_calendar_file_per_session(client):
    make_session("Ouverture", "Opening")
    make_session("Autre", "Other")
    response = client.get(f"{EN}opening/ics/")
    _cal, found = events(response)
    assert [str(e["SUMMARY"]) for e in found] == ["Opening"]
    assert 'filename="opening.ics"' in response["Content-Disposition"]


def test_json_export_matches_the_filtered_page(client):
    theme = make_theme()
    speaker = make_speaker("Grace Démo")
    make_session(
        "Atelier", "Workshop", format=Session.WORKSHOP, theme=theme, speakers=[speaker]
    )
    make_session("Conférence", "Conference")
    data = json.loads(client.get(f"{EN}json/?format=workshop").content)
    assert data["schema_version"] == 1
    assert "Licence Ouverte" in data["licence"]["name"]
    assert data["count"] == 1
    (record,) = data["sessions"]
    assert record["title"] == "Workshop"
    assert record["theme"] == "Transparency"
    assert record["speakers"] == ["Grace Démo"]
    assert record["start"] == "2016-12-07T09:00:00+01:00"
    assert record["url"] == "http://testserver/en/programme/workshop/"
    assert record["languages"] == ["fr", "en"]


def test_csv_export_matches_and_neutralises_formulas(client):
    session = make_session("Atelier", english_title=False)
    Session.objects.filter(pk=session.pk).update(
        title='=HYPERLINK("http://evil")', organisers="+33 1 23"
    )
    response = client.get(f"{FR}csv/")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1
    assert rows[0]["title"] == '\'=HYPERLINK("http://evil")'
    assert rows[0]["organisers"] == "'+33 1 23"
    assert rows[0]["start"] == "2016-12-07T09:00:00+01:00"


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_programme(client):
    theme, venue = make_theme(), make_venue()
    speakers = [make_speaker() for _ in range(3)]
    paths = ["", "ics/", "json/", "csv/", "?format=conference&q=session"]
    urls = [f"/{lang}/programme/{path}" for lang in ("fr", "en") for path in paths]

    bulk_sessions(10, theme, venue, speakers)
    # Answers kept for the process (locales, Wagtail's site roots) are looked
    # up once by whichever request comes first: count after they are.
    for url in urls:
        client.get(url)
    small = {url: count_queries(client, url) for url in urls}
    bulk_sessions(290, theme, venue, speakers)
    assert Session.objects.filter(locale__language_code="en").count() == 300
    large = {url: count_queries(client, url) for url in urls}
    assert large == small


def test_exports_hold_the_same_sessions_as_the_filtered_page(client):
    from tests.helpers import soup

    make_session("Atelier A", "Workshop A", format=Session.WORKSHOP)
    make_session(
        "Atelier B",
        "Workshop B",
        format=Session.WORKSHOP,
        start=paris(8, 9),
        end=paris(8, 10),
    )
    make_session("Conférence", "Conference")
    query = "?format=workshop"
    listed = soup(client.get(f"{EN}{query}")).select(".session [data-star]")
    page_ids = [star["data-star"] for star in listed]
    assert len(page_ids) == 2
    data = json.loads(client.get(f"{EN}json/{query}").content)
    assert [s["id"] for s in data["sessions"]] == page_ids
    rows = list(
        csv.DictReader(
            io.StringIO(client.get(f"{EN}csv/{query}").content.decode("utf-8-sig"))
        )
    )
    assert [r["id"] for r in rows] == page_ids
    _cal, found = events(client.get(f"{EN}ics/{query}"))
    assert [str(e["UID"]) for e in found] == [
        f"session-{i}@ogpsummit2016" for i in page_ids
    ]


def test_personal_selection_exports_as_icalendar(client):
    chosen = make_session("Choisie", "Chosen")
    make_session("Autre", "Other")
    _cal, found = events(client.get(f"{EN}ics/?ids={chosen.translation_key}"))
    assert [str(e["SUMMARY"]) for e in found] == ["Chosen"]


def test_ics_events_follow_changes_of_their_room_and_speakers(client):
    # Event fragments are cached: a rename elsewhere must still show at once.
    venue, speaker = make_venue(), make_speaker("Ada Démo")
    make_session("Ouverture", "Opening", venue=venue, speakers=[speaker])
    _cal, (before,) = events(client.get(f"{FR}ics/"))
    assert str(before["LOCATION"]) == "Grand amphithéâtre"
    venue.name = "Salle Pleyel"
    venue.save()
    speaker.name = "Grace Démo"
    speaker.save()
    _cal, (after,) = events(client.get(f"{FR}ics/"))
    assert str(after["LOCATION"]) == "Salle Pleyel"
    assert "Grace Démo" in str(after["DESCRIPTION"])
    assert "Ada" not in str(after["DESCRIPTION"])


@pytest.mark.skipif(not shutil.which("calcurse"), reason="calcurse is not installed")
@pytest.mark.parametrize("url", [f"{FR}ics/", f"{EN}ics/"])
def test_whole_programme_calendar_imports_into_calcurse(client, tmp_path, url):
    theme, venue = make_theme(), make_venue()
    bulk_sessions(30, theme, venue, [make_speaker()])
    cancelled = make_session("Annulée\nsur deux lignes", "Cancelled; really")
    cancelled.status = Session.CANCELLED
    cancelled.save()
    response = client.get(url)
    calendar, found = events(response)
    assert len(found) == 31
    assert len(calendar.walk("VTIMEZONE")) == 1
    ics = tmp_path / "programme.ics"
    ics.write_bytes(response.content)
    result = subprocess.run(
        ["calcurse", "-D", str(tmp_path / "calcurse"), "-i", str(ics)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "31 apps" in result.stdout and "0 skipped" in result.stdout, result.stdout
    assert len((tmp_path / "calcurse" / "apts").read_text().splitlines()) == 31
