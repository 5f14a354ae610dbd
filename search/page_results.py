"""Pages: live, public pages of the visitor's language (not the tree root)."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .base import Kind, Result, excerpt


def candidates(locale):
    return Page.objects.live().public().filter(locale=locale, depth__gt=1)


def public(locale):
    return candidates(locale).specific()


def summary(page):
    for field in ("search_description", "intro", "pitch"):
        text = getattr(page, field, "")
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
