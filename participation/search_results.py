"""Accepted Open Government Week events as a kind of site search result.

Events are not translated: an accepted event is found from either language
and links to the agenda of the visitor's language."""

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from home.visibility import public as public_pages
from search.base import Kind, Result, excerpt
from site_config.request_memo import remember

from .agenda import public_events
from .models import AgendaPage, Event


def agenda_page(locale):
    return remember(
        ("agenda_page", locale.pk),
        lambda: public_pages(AgendaPage.objects.live().filter(locale=locale)).first(),
    )


def candidates(locale):
    return public_events()


def public(locale):
    if agenda_page(locale) is None:
        return Event.objects.none()
    return public_events()


def present(events, request, locale):
    page = agenda_page(locale)
    if page is None:
        return []
    base = page.get_url(request)
    return [
        Result(
            url=f"{base}#event-{event.pk}",
            title=event.title,
            excerpt=excerpt(event.description),
            meta=f"{date_format(event.local_start, 'j F Y')} · {event.city}, "
            f"{event.country.name}",
        )
        for event in events
    ]


EVENTS = Kind(
    key="events",
    heading=_("Open Government Week events"),
    candidates=candidates,
    public=public,
    present=present,
)
