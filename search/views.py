"""The search page: a form, then results grouped by kind."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from pagecache import keys as cache_keys
from site_config import languages

from . import engine, vocabulary
from .addresses import search_url
from .kinds import KINDS, get_kind


def one_kind(request, query, kind, locale, texts):
    """All results of one kind, page by page."""
    number = request.GET.get("page") or 1
    group = engine.search_kind(
        kind, locale, query, request, page_number=number, texts=texts
    )
    page = group.page
    if page.has_previous():
        group.previous_url = search_url(
            q=query.text, kind=kind.key, page=page.previous_page_number()
        )
    if page.has_next():
        group.next_url = search_url(
            q=query.text, kind=kind.key, page=page.next_page_number()
        )
    return [group]


def every_kind(request, query, locale, texts):
    """The first results of every kind that has some."""
    groups = []
    for kind in KINDS:
        group = engine.search_kind(kind, locale, query, request, texts=texts)
        if group.count > len(group.results):
            group.more_url = search_url(q=query.text, kind=kind.key)
        if group.count:
            groups.append(group)
    return groups


def did_you_mean(query, locale):
    """A spelling of the query from the site's own words that finds
    something, or ""."""
    suggestion = vocabulary.suggest(query.terms, KINDS, locale)
    if not suggestion:
        return ""
    corrected = engine.clean_query(suggestion)
    texts = engine.alternatives(corrected, locale)
    for kind in KINDS:
        if engine.public_hits(kind, locale, corrected, texts):
            return suggestion
    return ""


def searched_tables(locale):
    """The table keys of every kind's objects. The page cache keys a response
    by what its queries read, but the search backend reads its own index and
    "Did you mean" a cached vocabulary: a cached search depends on every
    searchable object, so any change to one purges it."""
    tables = set()
    for kind in KINDS:
        for queryset in (kind.candidates(locale), kind.public(locale)):
            model = queryset.model
            for each in (model, *model._meta.get_parent_list()):
                tables.add(cache_keys.table_key(each))
    return tables


@require_safe
def search(request, word):
    code = translation.get_language()
    if word != languages.word("search", code):
        return redirect(search_url(code, **request.GET.dict()), permanent=True)
    query = engine.clean_query(request.GET.get("q", ""))
    kind = get_kind(request.GET.get("kind"))
    groups, texts, suggestion = [], [], ""
    if query.terms:
        locale = Locale.get_active()
        cache_keys.add(*searched_tables(locale))
        texts = engine.alternatives(query, locale)
        if kind:
            groups = one_kind(request, query, kind, locale, texts)
        else:
            groups = every_kind(request, query, locale, texts)
        if not any(group.count for group in groups):
            suggestion = did_you_mean(query, locale)
    context = {
        "query": query,
        "kind": kind,
        "groups": groups,
        "total": sum(group.count for group in groups),
        # Words to mark in the results: the query's and the glossary's.
        "marked": sorted({word for text in texts for word in text.split()}),
        "suggestion": suggestion,
        "suggestion_url": search_url(q=suggestion) if suggestion else "",
        "max_length": engine.MAX_QUERY_LENGTH,
        "search_url": search_url(),
        "all_results_url": search_url(q=query.text),
        # The language switcher links to the same search in the other language.
        "alternate_urls": {
            other: search_url(other, q=query.text) for other in languages.codes()
        },
    }
    return TemplateResponse(request, "search/search_results.html", context)
