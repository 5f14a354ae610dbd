"""Pages: live, public pages of the visitor's language (not the tree root)."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home.visibility import public as public_pages

from .base import Kind, Result, excerpt


def candidates(locale):
    return public_pages(Page.objects.live().filter(locale=locale, depth__gt=1))


def public(locale):
    return candidates(locale)


def summary(page):
    """The page's summary; its introduction when it has none (one query)."""
    if page.search_description:
        return excerpt(page.search_description)
    specific = page.specific
    for field in ("intro", "pitch"):
        text = getattr(specific, field, "")
        if text:
            return excerpt(text)
    return ""


def present(pages, request, locale):
    results = []
    for page in pages:
        url = page.get_url(request)
        if url:
            results.append(Result(url=url, title=page.title, excerpt=summary(page)))
    return results


PAGES = Kind(
    key="pages",
    heading=_("Pages"),
    candidates=candidates,
    public=public,
    present=present,
)
