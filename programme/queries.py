"""Public sessions in the visitor's language, with French fallback.

A session not yet translated into the page's language is shown in French (the
template marks it with lang="fr") rather than missing from the programme.
Listings of up to 1,000 sessions load their themes, rooms and speaker names in
three small queries instead of building a model instance per joined row.
"""

from collections import defaultdict

from django.db.models import Prefetch, Q
from wagtail.models import Locale

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
