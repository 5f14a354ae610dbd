"""Open-data exports of the programme: iCalendar, JSON and CSV.

Every value typed by people is escaped for its format: the icalendar library
escapes line breaks and separators, CSV cells that a spreadsheet would run as a
formula are prefixed with an apostrophe, and JSON-LD cannot close its script.
"""

import csv
import datetime
import io
import re

from django.http import HttpResponse, JsonResponse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from icalendar import Calendar, Event
from wagtail.models import Locale

from home.structured_data import script_json
from site_config.csv_safety import neutralise
from site_config.typography import typeset

SCHEMA_VERSION = 1
LICENCE = {
    "name": "Licence Ouverte / Open Licence 2.0 (Etalab)",
    "url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}
UID_DOMAIN = "ogpsummit2016"
CSV_COLUMNS = [
    "id",
    "title",
    "status",
    "format",
    "theme",
    "start",
    "end",
    "venue",
    "speakers",
    "languages",
    "organisers",
    "organiser_type",
    "url",
    "external_link",
    "last_modified",
]
EXPORT_DOCS = [
    ("ics", "text/calendar", gettext_lazy("iCalendar (RFC 5545), for calendar apps")),
    ("json", "application/json", gettext_lazy("JSON, versioned schema below")),
    ("csv", "text/csv", gettext_lazy("CSV (UTF-8, comma-separated), for spreadsheets")),
]


def plain_text(html):
    """Rich text as plain text, paragraphs kept apart."""
    html = re.sub(r"</(p|li|h[1-6])>|<br\s*/?>", "\n", html or "")
    return re.sub(r"\n{3,}", "\n\n", strip_tags(html)).strip()


def programme_base(page, request):
    """Absolute URL of the programme page, computed once per export."""
    return request.build_absolute_uri(page.get_url(request))


def speakers_of(session):
    names = getattr(session, "speaker_names", None)
    if names is None:  # a single session loaded with its speaker rows
        names = [link.speaker.name for link in session.session_speakers.all()]
    return names


def as_record(base, session):
    """One session as plain data: the shape of JSON and CSV rows."""
    return {
        "id": str(session.translation_key),
        "title": typeset(session.title, session.locale.language_code),
        "status": session.status,
        "format": session.format,
        "theme": session.theme.name if session.theme else None,
        "start": session.local_start.isoformat(),
        "end": session.local_end.isoformat(),
        "venue": session.venue.name if session.venue else None,
        "speakers": speakers_of(session),
        "languages": session.spoken(),
        "organisers": session.organisers,
        "organiser_type": session.organiser_type,
        "url": f"{base}{session.slug}/",
        "external_link": session.external_link or None,
        "last_modified": session.updated_at.isoformat(),
        "language": session.locale.language_code,
    }


def ics_calendar(page, request, sessions):
    calendar = Calendar()
    calendar.add("prodid", "-//OGP Global Summit 2016//Programme//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("OGP Global Summit 2016 – programme"))
    calendar.add("x-wr-timezone", "Europe/Paris")
    base = programme_base(page, request)
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    for session in sessions:
        event = Event()
        # Same UID in both languages: it is the same event.
        event.add("uid", f"session-{session.translation_key}@{UID_DOMAIN}")
        language = languages.get(session.locale_id)
        event.add("summary", typeset(session.title, language))
        event.add("dtstart", session.local_start)
        event.add("dtend", session.local_end)
        event.add("dtstamp", session.updated_at.astimezone(datetime.UTC))
        event.add("last-modified", session.updated_at.astimezone(datetime.UTC))
        event.add("sequence", session.sequence)
        event.add("status", "CANCELLED" if session.is_cancelled else "CONFIRMED")
        event.add("url", f"{base}{session.slug}/")
        if session.venue:
            event.add("location", session.venue.name)
        description = plain_text(session.description)
        if speakers := speakers_of(session):
            description += "\n\n" + ", ".join(speakers)
        if description:
            event.add("description", typeset(description, language))
        calendar.add_component(event)
    calendar.add_missing_timezones(
        first_date=datetime.date(2016, 1, 1), last_date=datetime.date(2017, 12, 31)
    )
    return calendar


def calendar_download(calendar, name):
    """An iCalendar file; used by the programme and the agenda."""
    response = HttpResponse(
        calendar.to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{name}.ics"'
    return response


def csv_download(columns, records, name):
    """A CSV file of records (dicts), formula-safe, with a BOM for spreadsheets."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for record in records:
        writer.writerow([csv_safe(record[column]) for column in columns])
    response = HttpResponse(
        "\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


def ics_response(page, request, sessions, name="programme"):
    return calendar_download(ics_calendar(page, request, sessions), name)


def json_response(page, request, sessions):
    base = programme_base(page, request)
    data = {
        "schema_version": SCHEMA_VERSION,
        "licence": LICENCE,
        "language": page.locale.language_code,
        "timezone": "Europe/Paris",
        "count": len(sessions),
        "sessions": [as_record(base, s) for s in sessions],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Disposition"] = 'inline; filename="programme.json"'
    return response


def csv_safe(value):
    """Neutralise cells a spreadsheet would evaluate as a formula."""
    return neutralise(value)


def csv_record(base, session):
    record = as_record(base, session)
    record["speakers"] = "; ".join(record["speakers"])
    record["languages"] = " ".join(record["languages"])
    return record


def csv_response(page, request, sessions):
    base = programme_base(page, request)
    records = (csv_record(base, session) for session in sessions)
    return csv_download(CSV_COLUMNS, records, "programme")


RESPONSES = {"ics": ics_response, "json": json_response, "csv": csv_response}


def session_json_ld(page, request, session):
    """schema.org Event for search engines, safe inside a <script> element."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": session.title,
        "description": plain_text(session.description),
        "startDate": session.local_start.isoformat(),
        "endDate": session.local_end.isoformat(),
        "eventStatus": "https://schema.org/EventCancelled"
        if session.is_cancelled
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "inLanguage": [code for code in session.spoken() if code != "other"],
        "url": f"{programme_base(page, request)}{session.slug}/",
        "location": {
            "@type": "Place",
            "name": session.venue.name if session.venue else "Paris",
            "address": (session.venue.address if session.venue else "")
            or "Paris, France",
        },
        "performer": [
            {"@type": "Person", "name": name} for name in speakers_of(session)
        ],
        "organizer": {"@type": "Organization", "name": session.organisers or "OGP"},
    }
    return script_json(data)
