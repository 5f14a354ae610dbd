"""Public sessions in the visitor's language, with French fallback.

A session not yet translated into the page's language is shown in French (the
template marks it with lang="fr") rather than missing from the programme.
Listings of up to 1,000 sessions load their themes, rooms and speaker names in
three small queries instead of building a model instance per joined row.
"""

from collections import defaultdict

from django.db.models import Prefetch, Q
from wagtail.models import Locale

from pagecache import keys as cache_keys

from .models import Session, SessionCommitment, SessionSpeaker, Theme, Venue


def localized_public_sessions(locale):
    source = Locale.get_default()
    sessions = Session.objects.filter(status__in=Session.PUBLIC_STATUSES)
    if locale.pk == source.pk:
        return sessions.filter(locale=locale)
    translated = Session.objects.filter(locale=locale).values("translation_key")
    return sessions.filter(
        Q(locale=locale) | (Q(locale=source) & ~Q(translation_key__in=translated))
    )


def with_details(sessions):
    """For one session's page: related objects and speakers as model instances."""
    return sessions.select_related("theme", "venue").prefetch_related(
        Prefetch(
            "session_speakers",
            queryset=SessionSpeaker.objects.select_related("speaker").order_by(
                "sort_order"
            ),
        ),
        Prefetch(
            "session_commitments",
            queryset=SessionCommitment.objects.select_related("commitment").order_by(
                "commitment__number"
            ),
        ),
    )


def listing(sessions, *, description=False):
    """Evaluate a session queryset for a listing or an export, attaching
    `theme`, `venue`, `locale` and `speaker_names` with a constant number of
    queries whatever the number of sessions."""
    if not description:
        sessions = sessions.defer("description")
    sessions = list(sessions)
    themes = Theme.objects.in_bulk({s.theme_id for s in sessions if s.theme_id})
    venues = Venue.objects.in_bulk({s.venue_id for s in sessions if s.venue_id})
    locales = Locale.objects.in_bulk({s.locale_id for s in sessions})
    names = defaultdict(list)
    for session_id, name in (
        SessionSpeaker.objects.filter(session__in=[s.pk for s in sessions])
        .order_by("sort_order", "pk")
        .values_list("session_id", "speaker__name")
    ):
        names[session_id].append(name)
    for session in sessions:
        session.theme = themes.get(session.theme_id)
        session.venue = venues.get(session.venue_id)
        session.locale = locales[session.locale_id]
        session.speaker_names = names[session.pk]
    return sessions


# Narrow reads for one session's or one speaker's page --------------------------
#
# The page cache keys a response by what its queries read (pagecache/keys.py):
# a listing filtered through a joined table (theme or speaker translation
# key) carries the whole sessions table's key, so every session saved would
# purge every session and speaker page. These read in steps bounded by
# identifying columns (theme_id, speaker_id, id, translation_key), so a
# session saved purges only the pages that list it or could list it.

ROW_FIELDS = ("id", "translation_key", "locale_id", "status")


def visible_ids(rows, locale):
    """Ids of the rows (ROW_FIELDS dicts, sessions of every language) a visitor
    of `locale` sees, the rule of `localized_public_sessions`: the page's
    language's version when it exists, else the French one; public only."""
    source = Locale.get_default()
    by_key = defaultdict(dict)
    for row in rows:
        by_key[row["translation_key"]][row["locale_id"]] = row
    chosen = {key: versions.get(locale.pk) for key, versions in by_key.items()}
    untranslated = [
        key for key, row in chosen.items() if row is None and source.pk in by_key[key]
    ]
    if untranslated and locale.pk != source.pk:
        # A translation outside these rows still hides the French version.
        translated = set(
            Session.objects.filter(locale=locale, translation_key__in=untranslated)
            .values_list("translation_key", flat=True)
            .order_by()
        )
        for key in untranslated:
            if key not in translated:
                chosen[key] = by_key[key][source.pk]
    return [
        row["id"]
        for row in chosen.values()
        if row is not None and row["status"] in Session.PUBLIC_STATUSES
    ]


def in_languages(read, locale):
    """The rows `read(locale_id)` lists for the page's language, then for
    French when the page is in another language: the French rows are read
    only to find the sessions not translated yet, so their keys are fallback
    keys (pagecache.keys.fallback_reads): editing a French session that has
    its English version leaves the English pages cached."""
    rows = list(read(locale.pk))
    source = Locale.get_default()
    if locale.pk != source.pk:
        with cache_keys.fallback_reads():
            rows += read(source.pk)
    return rows


def versions(obj, locale_id):
    """Ids of the versions of a translatable object in one language (a
    lookup, unlike `get_translation_or_none`, whose absence no key records)."""
    return list(
        type(obj)
        .objects.filter(translation_key=obj.translation_key, locale_id=locale_id)
        .values_list("id", flat=True)
        .order_by()
    )


def theme_neighbours(session, locale, count=5):
    """Up to `count` other public sessions on the session's theme, in the
    language of `locale`, by start."""

    def read(locale_id):
        themes = versions(session.theme, locale_id)
        return list(
            Session.objects.filter(theme_id__in=themes)
            .exclude(translation_key=session.translation_key)
            .values(*ROW_FIELDS, "start", "title")
            .order_by()
        )

    rows = in_languages(read, locale)
    visible = set(visible_ids(rows, locale))
    first = sorted(
        (row for row in rows if row["id"] in visible),
        key=lambda row: (row["start"], row["title"]),
    )[:count]
    return list(
        Session.objects.filter(id__in=[row["id"] for row in first]).only(
            "title", "slug", "start", "locale_id"
        )
    )


def speaker_sessions(speaker, locale):
    """The public sessions of a speaker (any of its translations), in the
    language of `locale`, for `listing()`."""

    def read(locale_id):
        speakers = versions(speaker, locale_id)
        ids = list(
            SessionSpeaker.objects.filter(speaker_id__in=speakers)
            .values_list("session_id", flat=True)
            .order_by()
        )
        return list(Session.objects.filter(id__in=ids).values(*ROW_FIELDS).order_by())

    rows = in_languages(read, locale)
    return Session.objects.filter(id__in=visible_ids(rows, locale))


def session_by_slug(slug, locale):
    """The public session at this address in the language of `locale` (its
    French version while it is not translated), with its details; None if
    there is none."""

    def read(locale_id):
        return list(
            Session.objects.filter(slug=slug, locale_id=locale_id)
            .values(*ROW_FIELDS)
            .order_by()
        )

    rows = in_languages(read, locale)
    visible = set(visible_ids(rows, locale))
    # The page's own language first, should a French slug be the same.
    rows = sorted(
        (row for row in rows if row["id"] in visible),
        key=lambda row: row["locale_id"] != locale.pk,
    )
    if not rows:
        return None
    return with_details(Session.objects.filter(id=rows[0]["id"])).first()
