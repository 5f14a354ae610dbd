"""The two shapes every kind of search result shares."""

from collections.abc import Callable
from dataclasses import dataclass
from html import unescape

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Locale

EXCERPT_WORDS = 30


@dataclass(frozen=True)
class Result:
    """One line of results: plain text only, the template escapes it."""

    url: str
    title: str
    excerpt: str = ""
    meta: str = ""


@dataclass(frozen=True)
class Kind:
    """A kind of result (pages, sessions…) and how to find and show it.

    `candidates(locale)` is what the search backend looks through: filter it
    only on the model's `index.FilterField`s. `public(locale)` is the
    authority on what visitors may see; every hit is checked against it, so
    it may use any query (joins, subqueries). `present(objects, request,
    locale)` turns the public hits, in relevance order, into `Result`s.
    """

    key: str
    heading: str
    candidates: Callable[[Locale], QuerySet]
    public: Callable[[Locale], QuerySet]
    present: Callable[[list, HttpRequest, Locale], list[Result]]


def excerpt(text, words=EXCERPT_WORDS):
    """Plain text of a field (rich text included), cut after a few words."""
    return Truncator(" ".join(unescape(strip_tags(text or "")).split())).words(words)
