"""Open-data exports of the Open Government Week agenda, in the same formats
and with the same escaping as the programme's. Only public fields: never the
contact email."""

import datetime

from django.http import JsonResponse
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from programme.exports import LICENCE, calendar_download, csv_download
from programme.ics import UID_DOMAIN

SCHEMA_VERSION = 1
CSV_COLUMNS = [
    "id",
    "kind",
    "title",
    "description",
    "organiser",
    "organiser_type",
    "start",
    "end",
    "timezone",
    "city",
    "country",
    "address",
    "online_url",
    "website",
    "language",
    "url",
    "last_modified",
]


def agenda_url(page, request):
    return request.build_absolute_uri(page.get_url(request))


def as_record(base, event):
    return {
        "id": event.pk,
        "kind": event.kind,
        "title": event.title,
        "description": event.description,
        "organiser": event.organiser,
        "organiser_type": event.organiser_type,
        "start": event.local_start.isoformat(),
        "end": event.local_end.isoformat(),
        "timezone": event.timezone,
        "city": event.city,
        "country": event.country.code,
        "address": event.address or None,
        "online_url": event.online_url or None,
        "website": event.website or None,
        "language": event.language,
        "url": f"{base}#event-{event.pk}",
        "last_modified": event.updated_at.isoformat(),
    }


def ics_response(page, request, events):
    calendar = Calendar()
    calendar.add("prodid", "-//OGP Global Summit 2016//Open Government Week//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("Open Government Week – agenda"))
    base = agenda_url(page, request)
    for event in events:
        entry = CalendarEvent()
        entry.add("uid", f"event-{event.pk}@{UID_DOMAIN}")
        entry.add("summary", event.title)
        entry.add("dtstart", event.local_start)
        entry.add("dtend", event.local_end)
        entry.add("dtstamp", event.updated_at.astimezone(datetime.UTC))
        entry.add("last-modified", event.updated_at.astimezone(datetime.UTC))
        entry.add("sequence", event.sequence)
        entry.add("url", event.website or f"{base}#event-{event.pk}")
        location = ", ".join(
            part for part in (event.address, event.city, event.country.name) if part
        )
        entry.add(
            "location", location if event.address else event.online_url or location
        )
        entry.add("description", f"{event.description}\n\n{event.organiser}")
        calendar.add_component(entry)
    calendar.add_missing_timezones(
        first_date=datetime.date(2016, 1, 1), last_date=datetime.date(2017, 12, 31)
    )
    return calendar_download(calendar, "agenda")


def json_response(page, request, events):
    base = agenda_url(page, request)
    data = {
        "schema_version": SCHEMA_VERSION,
        "licence": LICENCE,
        "count": len(events),
        "events": [as_record(base, event) for event in events],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Disposition"] = 'inline; filename="agenda.json"'
    return response


def csv_response(page, request, events):
    base = agenda_url(page, request)
    records = (as_record(base, event) for event in events)
    return csv_download(CSV_COLUMNS, records, "agenda")
