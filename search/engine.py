"""Running a visitor's query through each kind of result.

The query is reduced to words before it reaches the backend: quotes, NUL
characters and operators mean something to SQLite FTS5 or PostgreSQL's
tsquery and must not turn a visitor's typing into a database error. The
words are folded (lower case, no accents) as the indexed copy of every text
is (`search.folding`), so accents and case never matter on either database.
"""

import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from wagtail.search.backends import get_search_backend

from .base import Kind, Result
from .folding import fold

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# Hits checked per kind; far above what anyone reads, bounded for the database.
MAX_HITS = 500
OVERVIEW_LIMIT = 5
PER_PAGE = 20

CONTROL = re.compile(r"[\x00-\x1f\x7f]")
WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Query:
    text: str
    terms: tuple[str, ...]
    shortened: bool = False

    def __str__(self):
        return " ".join(self.terms)

    @property
    def folded(self):
        return fold(str(self))


def clean_query(raw):
    """The visitor's text, without control characters and cut to length, and
    the words the backend gets."""
    text = " ".join(CONTROL.sub(" ", raw or "").split())
    shortened = len(text) > MAX_QUERY_LENGTH
    text = text[:MAX_QUERY_LENGTH].strip()
    terms = WORD.findall(text)
    shortened = shortened or len(terms) > MAX_TERMS
    return Query(text=text, terms=tuple(terms[:MAX_TERMS]), shortened=shortened)


@dataclass
class Group:
    kind: Kind
    count: int
    results: list[Result] = field(default_factory=list)
    page: object = None  # a Paginator page when one kind is shown alone
    more_url: str = ""
    previous_url: str = ""
    next_url: str = ""


# Functions (folded query, locale) -> [folded texts]: the same query in other
# words. The glossary adds its terms of the other language (glossary.apps).
EQUIVALENTS = []


def register_equivalents(source):
    if source not in EQUIVALENTS:
        EQUIVALENTS.append(source)
    return source


def alternatives(query, locale):
    """The folded texts to look for: the query, then the same query in the
    words of the other language when the glossary knows them."""
    texts = [query.folded]
    for source in EQUIVALENTS:
        for text in source(query.folded, locale):
            if text not in texts:
                texts.append(text)
    return texts


def public_hits(kind, locale, query, texts=None):
    """The kind's public objects matching the query (or any of `texts`, the
    query's `alternatives`), most relevant first."""
    backend = get_search_backend()
    ids, seen = [], set()
    for text in texts or alternatives(query, locale):
        hits = backend.search(text, kind.candidates(locale), operator="and")
        for hit in hits[:MAX_HITS]:
            if hit.pk not in seen:
                seen.add(hit.pk)
                ids.append(hit.pk)
    ids = ids[:MAX_HITS]
    public = kind.public(locale).in_bulk(ids)
    return [public[pk] for pk in ids if pk in public]


def search_kind(kind, locale, query, request, *, page_number=None, texts=None):
    """One group: the first few results, or one page of them when
    `page_number` is given."""
    found = public_hits(kind, locale, query, texts)
    group = Group(kind=kind, count=len(found))
    if page_number is None:
        shown = found[:OVERVIEW_LIMIT]
    else:
        group.page = Paginator(found, PER_PAGE).get_page(page_number)
        shown = list(group.page.object_list)
    group.results = kind.present(shown, request, locale)
    return group
