"""The programme as iCalendar, from per-session fragments kept in the cache.

Building 1,000 VEVENTs with the icalendar library costs about 450 ms CPU
(thousands of `Component.add` calls). Each session's VEVENT is serialised
once and cached under a hash of everything it shows (its texts, times,
status, sequence, room, speakers and URL): a change to any of them gives a
new key, so a fragment is never stale and nothing needs purging. A calendar
is the cached header (with its VTIMEZONE), the fragments, and the footer.
"""

import datetime
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass

from django.core.cache import caches
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from site_config.typography import typeset

from .models import PARIS, Session, SessionSpeaker

UID_DOMAIN = "ogpsummit2016"
# Bump when the shape of a VEVENT changes: old fragments are then never read.
FRAGMENT_VERSION = 1
FRAGMENT_SECONDS = 7 * 24 * 3600
FOOTER = b"END:VCALENDAR\r\n"


def plain_text(html):
    """Rich text as plain text, paragraphs kept apart."""
    html = re.sub(r"</(p|li|h[1-6])>|<br\s*/?>", "\n", html or "")
    return re.sub(r"\n{3,}", "\n\n", strip_tags(html)).strip()


# Line breaks (and the spaces around them) become one space; other spaces stay
# as typed, no-break ones included ("7\u00a0décembre"), as on the pages and
# in the JSON export.
LINE_BREAK = re.compile(r"\s*[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+\s*")


def one_line(text):
    return LINE_BREAK.sub(" ", text).strip()


def speakers_of(session):
    names = getattr(session, "speaker_names", None)
    if names is None:  # a single session loaded with its speaker rows
        names = [link.speaker.name for link in session.session_speakers.all()]
    return names


@dataclass(slots=True)
class EventRow:
    """What one VEVENT shows, read as plain values: building 1,000 Session
    instances (modelcluster's __init__) costs more than the whole export."""

    translation_key: str
    locale_id: int
    title: str
    slug: str
    start: datetime.datetime
    end: datetime.datetime
    updated_at: datetime.datetime
    sequence: int
    status: str
    description: str
    venue: str
    speakers: list

    FIELDS = (
        "pk",
        "translation_key",
        "locale_id",
        "title",
        "slug",
        "start",
        "end",
        "updated_at",
        "sequence",
        "status",
        "description",
        "venue__name",
    )

    @classmethod
    def of(cls, session):
        return cls(
            session.translation_key,
            session.locale_id,
            session.title,
            session.slug,
            session.start,
            session.end,
            session.updated_at,
            session.sequence,
            session.status,
            session.description,
            session.venue.name if session.venue else "",
            speakers_of(session),
        )


def event_rows(sessions):
    """EventRows of a session queryset, in its order, in two queries."""
    values = list(sessions.values_list(*EventRow.FIELDS))
    names = defaultdict(list)
    for session_id, name in (
        SessionSpeaker.objects.filter(session__in=[v[0] for v in values])
        .order_by("sort_order", "pk")
        .values_list("session_id", "speaker__name")
    ):
        names[session_id].append(name)
    return [EventRow(*v[1:-1], v[-1] or "", names[v[0]]) for v in values]


def fragment_key(row, language, url):
    """A hash of every value the session's VEVENT shows."""
    parts = (
        FRAGMENT_VERSION,
        row.translation_key,
        language,
        row.title,
        row.start.isoformat(),
        row.end.isoformat(),
        row.updated_at.isoformat(),
        row.sequence,
        row.status,
        url,
        row.venue,
        row.description or "",
        *row.speakers,
    )
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=16)
    return f"ics-event:{digest.hexdigest()}"


def event_of(row, language, url):
    event = Event()
    # Same UID in both languages: it is the same event.
    event.add("uid", f"session-{row.translation_key}@{UID_DOMAIN}")
    # One line: calcurse (Debian's calendar) refuses a summary with a break.
    event.add("summary", typeset(one_line(row.title), language))
    event.add("dtstart", row.start.astimezone(PARIS))
    event.add("dtend", row.end.astimezone(PARIS))
    event.add("dtstamp", row.updated_at.astimezone(datetime.UTC))
    event.add("last-modified", row.updated_at.astimezone(datetime.UTC))
    event.add("sequence", row.sequence)
    cancelled = row.status == Session.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("url", url)
    if row.venue:
        event.add("location", one_line(row.venue))
    description = plain_text(row.description)
    if row.speakers:
        description += "\n\n" + ", ".join(row.speakers)
    if description:
        event.add("description", typeset(description, language))
    return event


def header():
    """BEGIN:VCALENDAR, the calendar's properties and its VTIMEZONE."""
    name = _("OGP Global Summit 2016 – programme")
    key = (
        "ics-header:"
        + hashlib.blake2b(
            f"{FRAGMENT_VERSION}\x1f{name}".encode(), digest_size=16
        ).hexdigest()
    )
    cache = caches["fragments"]
    text = cache.get(key)
    if text is None:
        calendar = Calendar()
        calendar.add("prodid", "-//OGP Global Summit 2016//Programme//FR")
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", "Europe/Paris")
        # Every session is in Paris time: a placeholder event in that zone
        # makes the library add its VTIMEZONE, then leaves.
        placeholder = Event()
        placeholder.add("dtstart", datetime.datetime(2016, 12, 7, tzinfo=PARIS))
        calendar.add_component(placeholder)
        calendar.add_missing_timezones(
            first_date=datetime.date(2016, 1, 1), last_date=datetime.date(2017, 12, 31)
        )
        calendar.subcomponents.remove(placeholder)
        text = calendar.to_ical()
        cache.set(key, text, FRAGMENT_SECONDS)
    return text.removesuffix(FOOTER)


def programme_ics(rows, languages, base):
    """The calendar's bytes from EventRows. `languages` maps locale ids to
    language codes; `base` is the programme's absolute URL."""
    keyed = []
    for row in rows:
        language = languages.get(row.locale_id)
        url = f"{base}{row.slug}/"
        keyed.append((fragment_key(row, language, url), row, language, url))
    cache = caches["fragments"]
    found = cache.get_many([key for key, *_rest in keyed]) if keyed else {}
    missing = {}
    parts = [header()]
    for key, row, language, url in keyed:
        fragment = found.get(key)
        if fragment is None:
            fragment = event_of(row, language, url).to_ical()
            missing[key] = fragment
        parts.append(fragment)
    if missing:
        cache.set_many(missing, FRAGMENT_SECONDS)
    parts.append(FOOTER)
    return b"".join(parts)
