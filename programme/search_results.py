"""Sessions and speakers, as the programme of the visitor's language shows them.

Only objects in the visitor's language are results: the programme's French
fallback for untranslated sessions is left out of an English search. Nothing
is public without a live, public programme page in that language to link to.
"""

from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.visibility import public as public_pages
from search.base import Kind, Result, excerpt
from site_config.request_memo import remember

from .models import ProgrammePage, Session, SessionSpeaker, Speaker
from .queries import localized_public_sessions


def programme_page(locale):
    return remember(
        ("programme_page", locale.pk),
        lambda: public_pages(
            ProgrammePage.objects.live().filter(locale=locale)
        ).first(),
    )


def public_sessions(locale):
    if programme_page(locale) is None:
        return Session.objects.none()
    # The programme's own definition of public (no drafts), own language only.
    return localized_public_sessions(locale).filter(locale=locale)


def session_candidates(locale):
    return Session.objects.filter(locale=locale, status__in=Session.PUBLIC_STATUSES)


def session_meta(session):
    start, end = session.local_start, session.local_end
    meta = f"{date_format(start, 'l j F')}, {start:%H:%M}–{end:%H:%M}"
    if session.is_cancelled:
        meta += " · " + gettext("Cancelled")
    return meta


def present_sessions(sessions, request, locale):
    page = programme_page(locale)
    if page is None:
        return []
    base = page.get_url(request)
    return [
        Result(
            url=f"{base}{session.slug}/",
            title=session.title,
            excerpt=excerpt(session.description),
            meta=session_meta(session),
        )
        for session in sessions
    ]


def public_speakers(locale):
    """Speakers named on a public session: those the programme shows."""
    links = SessionSpeaker.objects.filter(session__in=public_sessions(locale))
    return Speaker.objects.filter(locale=locale, pk__in=links.values("speaker_id"))


def speaker_candidates(locale):
    return Speaker.objects.filter(locale=locale)


def speaker_meta(speaker):
    parts = [part for part in (speaker.role, speaker.organisation) if part]
    meta = ", ".join(parts)
    if speaker.country:
        meta = f"{meta} ({speaker.country})" if meta else speaker.country
    return meta


def present_speakers(speakers, request, locale):
    page = programme_page(locale)
    if page is None:
        return []
    base = f"{page.get_url(request)}{page.speakers_segment}/"
    return [
        Result(
            url=f"{base}{speaker.slug}/",
            title=speaker.name,
            excerpt=excerpt(speaker.bio),
            meta=speaker_meta(speaker),
        )
        for speaker in speakers
    ]


SESSIONS = Kind(
    key="sessions",
    heading=_("Sessions"),
    candidates=session_candidates,
    public=public_sessions,
    present=present_sessions,
)

SPEAKERS = Kind(
    key="speakers",
    heading=_("Speakers"),
    candidates=speaker_candidates,
    public=public_speakers,
    present=present_speakers,
)
