"""The two shapes every kind of search result shares."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Locale

EXCERPT_WORDS = 30
# Tags that end a block of text: their place becomes a space, so paragraphs
# do not run into each other ("conférences.Entrée").
BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|dt|dd|section|figure"
    r"|figcaption|table|hr)\b[^>]*>",
    re.IGNORECASE,
)


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
    plain = unescape(strip_tags(BLOCK_TAG.sub(" ", text or "")))
    return Truncator(" ".join(plain.split())).words(words)
