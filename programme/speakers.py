"""The speakers index: every speaker of a public session, in the page's
language (French when not translated yet), filterable by initial and country
and sortable, through a plain GET form (no JavaScript needed)."""

import unicodedata
from collections import defaultdict

from wagtail.models import Locale

from .models import SessionSpeaker, Speaker
from .queries import localized_public_sessions

SORTS = ("name", "country")
# The GET parameters the index reads (the page cache keeps only known ones).
PARAMETERS = ("initial", "country", "sort")


def surname(name):
    words = name.split()
    return words[-1] if words else name


def folded(text):
    """Upper case without accents: "Élodie" files under E."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def initial_of(speaker):
    letter = folded(surname(speaker.name))[:1]
    return letter if letter.isalpha() else "#"


def sort_key(speaker):
    return (folded(surname(speaker.name)), folded(speaker.name))


def public_speakers(page):
    """[(speaker, [session, …])] for every speaker of a public session."""
    sessions = {
        s.pk: s
        for s in localized_public_sessions(page.locale).only(
            "pk", "title", "slug", "start", "locale_id", "translation_key"
        )
    }
    by_key = defaultdict(list)
    for session_id, key in (
        SessionSpeaker.objects.filter(session__in=list(sessions))
        .order_by("session__start", "sort_order")
        .values_list("session_id", "speaker__translation_key")
    ):
        if sessions[session_id] not in by_key[key]:
            by_key[key].append(sessions[session_id])
    source = Locale.get_default()
    chosen = {}
    for speaker in Speaker.objects.filter(
        translation_key__in=list(by_key), locale__in={page.locale_id, source.pk}
    ).select_related("photo"):
        current = chosen.get(speaker.translation_key)
        if current is None or speaker.locale_id == page.locale_id:
            chosen[speaker.translation_key] = speaker
    return [(speaker, by_key[key]) for key, speaker in chosen.items()]


def filtered(rows, params):
    """(rows shown, initials, countries, choices) from the GET parameters;
    unknown values are ignored rather than refused."""
    initials = sorted({initial_of(s) for s, _ in rows})
    countries = sorted({s.country for s, _ in rows if s.country}, key=folded)
    initial = params.get("initial", "")
    country = params.get("country", "")
    sort = params.get("sort", "name")
    initial = initial if initial in initials else ""
    country = country if country in countries else ""
    sort = sort if sort in SORTS else "name"
    shown = [
        (s, sessions)
        for s, sessions in rows
        if (not initial or initial_of(s) == initial)
        and (not country or s.country == country)
    ]
    if sort == "country":
        shown.sort(key=lambda row: (folded(row[0].country or "~"), sort_key(row[0])))
    else:
        shown.sort(key=lambda row: sort_key(row[0]))
    choices = {"initial": initial, "country": country, "sort": sort}
    return shown, initials, countries, choices
