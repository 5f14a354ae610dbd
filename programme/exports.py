"""Open-data exports of the programme: iCalendar, JSON and CSV.

Every value typed by people is escaped for its format: the icalendar library
escapes line breaks and separators, CSV cells that a spreadsheet would run as a
formula are prefixed with an apostrophe, and JSON-LD cannot close its script.
"""

import csv
import io

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from home.structured_data import script_json
from site_config.csv_safety import neutralise
from site_config.typography import typeset

from .ics import plain_text, programme_ics, speakers_of

SCHEMA_VERSION = 1
LICENCE = {
    "name": "Licence Ouverte / Open Licence 2.0 (Etalab)",
    "url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
}
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


def programme_base(page, request):
    """Absolute URL of the programme page, computed once per export."""
    return request.build_absolute_uri(page.get_url(request))


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


def calendar_download(calendar, name):
    """An iCalendar file (a Calendar or its bytes); used by the programme and
    the agenda."""
    body = calendar if isinstance(calendar, bytes) else calendar.to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
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


def ics_response(page, request, rows, name="programme"):
    """An iCalendar file of EventRows (programme.ics)."""
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    body = programme_ics(rows, languages, programme_base(page, request))
    return calendar_download(body, name)


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


RESPONSES = {"json": json_response, "csv": csv_response}


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
