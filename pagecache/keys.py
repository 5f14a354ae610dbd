"""Surrogate keys: what a cached response shows, collected while it renders.

Two kinds of key, both named after database tables, so no template or view has
to declare anything:

- an *instance key* `<table>-<pk>` for every row loaded as a model instance
  (Django's `post_init`): the page itself, the menu's pages, a session, its
  speakers, theme, venue, images, documents, settings…;
- a *lookup key* `<table>.<column>=<value>` for a query bounded by an
  equality (or IN) on an identifying column (id, slug, translation_key or a
  foreign key, ANDed with anything else): its rows are all rows with that
  value, so only a row having (or having had) that value can change it —
  the session page's `slug = …`, its translations' `translation_key = …`,
  prefetches by `session_id IN (…)`;
- a *table key* `<table>` for every other table read (listings, filters,
  counts, `exists()`, tables joined without their id, i.e. read as values);
  `QuerySet.get()` (Django limits it to 21 rows) needs none: it answers one
  row, keyed by its instance, or raises.

A change to a row purges its instance key, its table key and the lookup keys of
its identifying values, old (as loaded) and new (and those of the tables of its
parent models): every response that showed the row, or listed
its table, is purged; the others stay cached. A response carrying a table key
needs no instance key of that table (the table key is always purged too), which
keeps the `xkey` header short on listings.

Limit: a view that handles a failed `get()` (DoesNotExist) and still answers
200 depends on an absence that no key records; such a view must call
`add(table_key(Model))` itself. None does today (tests/test_cache_dependencies.py).
"""

import re
import uuid
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection
from django.db.models.signals import post_init

_collector = ContextVar("pagecache_keys", default=None)
_fallback = ContextVar("pagecache_fallback", default=False)
# Marks the keys of reads made only to find the rows not translated yet.
FALLBACK = "~fallback"
TABLES = re.compile(r'(?:FROM|JOIN)\s+"([A-Za-z0-9_]+)"')
FIRST_TABLE = re.compile(r'\bFROM\s+"([A-Za-z0-9_]+)"')
PLACEHOLDER = "%s"
MANY = 40
HEADER_LIMIT = 6000
# QuerySet.get() asks for at most MAX_GET_RESULTS (21) rows.
SINGLE_LOOKUP = re.compile(r"LIMIT 21\s*$")


class Collector:
    def __init__(self):
        self.tables = set()
        self.lookups = set()
        self.instances = set()

    def keys(self):
        # Many keys of one table (a listing's prefetch by 1,000 ids): its table
        # key instead, coarser but as safe, so the xkey header stays short
        # (Varnish refuses response headers over http_resp_hdr_len, 8 KB).
        tables = set(self.tables)
        while True:
            narrow = [
                (key, table)
                for keys, separator in ((self.instances, "-"), (self.lookups, "."))
                for key in keys
                if (table := table_of(key, separator)) not in tables
            ]
            shown = sorted(tables | {key for key, _table in narrow})
            per_table = Counter(table for _key, table in narrow)
            crowded = {table for table, count in per_table.items() if count > MANY}
            if not crowded and sum(len(k) + 1 for k in shown) <= HEADER_LIMIT:
                return shown
            tables |= crowded or {per_table.most_common(1)[0][0]}


def table_of(key, separator):
    """The table key standing for an instance ("-") or lookup (".") key; a
    fallback-marked key stands for the marked table key."""
    base = key.split(separator, 1)[0] if separator == "." else key.rsplit("-", 1)[0]
    return base + FALLBACK if key.endswith(FALLBACK) else base


def table_key(model):
    return model._meta.db_table


def identifying(column):
    return column in ("id", "slug", "translation_key") or (
        column.endswith("_id") and column != "locale_id"
    )


def lookup_key(table, column, value):
    # A UUID reaches SQLite's queries as hex, PostgreSQL's and the model as a
    # UUID: one spelling, or a query's key would never meet its row's purge.
    if isinstance(value, uuid.UUID):
        value = value.hex
    return f"{table}.{column}={value}"


def _lookup_values(instance, model):
    values = {}
    for field in model._meta.local_concrete_fields:
        if identifying(field.column):
            value = instance.__dict__.get(field.attname)  # deferred: absent
            if value is not None:
                values[field.column] = value
    return values


def remember_loaded(instance):
    """Keep the identifying values a row had when loaded (a change that moves
    it away from a lookup must purge the old lookup too)."""
    instance._pagecache_loaded = {
        each._meta.db_table: _lookup_values(instance, each)
        for each in _models(instance)
    }


def _models(instance):
    model = instance._meta.concrete_model
    return [model, *model._meta.get_parent_list()]


def instance_keys(instance):
    """The keys a change to this row purges: its row, its table and its
    lookups (old and new values), for the model and each concrete parent (a
    page's own table and wagtailcore_page); and their fallback marks when
    the row is in the default language and lacks a translation (see
    `fallback_reads`)."""
    loaded = getattr(instance, "_pagecache_loaded", {})
    keys = set()
    for each in _models(instance):
        table = each._meta.db_table
        keys |= {table, f"{table}-{instance.pk}"}
        for values in (_lookup_values(instance, each), loaded.get(table, {})):
            keys |= {lookup_key(table, c, v) for c, v in values.items()}
    if lacks_a_translation(instance):
        keys |= {key + FALLBACK for key in keys}
    return sorted(keys)


def lacks_a_translation(instance):
    """Whether a row of the default language has no version in some other
    language (deleted rows too: over-purging is safe)."""
    from wagtail.models import Locale, TranslatableMixin

    if not isinstance(instance, TranslatableMixin):
        return False
    if instance.locale_id != Locale.get_default().pk:
        return False
    translated = instance.get_translations().values("locale_id")
    return (
        Locale.objects.exclude(pk=instance.locale_id)
        .exclude(pk__in=translated)
        .exists()
    )


@contextmanager
def fallback_reads():
    """Reads of default-language rows made only to show, on a page in
    another language, the rows not translated yet. Their keys get the
    FALLBACK mark, which a change purges only when its row lacks a
    translation: a French session edited after its English version exists
    no longer purges the English pages that merely looked it up. What such
    a page shows is then loaded outside this block, with the usual keys."""
    token = _fallback.set(True)
    try:
        yield
    finally:
        _fallback.reset(token)


def negated(sql, start, position):
    """True when `position` lies inside a NOT (…) of the WHERE clause."""
    opened = []
    for index in range(start, position):
        if sql[index] == "(":
            opened.append(sql[max(start, index - 4) : index] == "NOT ")
        elif sql[index] == ")" and opened:
            opened.pop()
    return any(opened)


def query_keys(sql, params):
    """(table keys, lookup keys) of one SELECT."""
    tables = set(TABLES.findall(sql))
    if SINGLE_LOOKUP.search(sql):
        return set(), set()
    first = FIRST_TABLE.search(sql)
    if not first or " OR " in sql or not params:
        return tables, set()
    table = first.group(1)
    where = sql.find(" WHERE ")
    if where < 0:
        return tables, set()
    bound = re.compile(rf'"{table}"\."(\w+)" (?:= %s|IN \(((?:%s, )*%s)\))')
    for match in bound.finditer(sql, where):
        column = match.group(1)
        if not identifying(column) or negated(sql, where, match.start()):
            continue
        index = sql.count(PLACEHOLDER, 0, match.start())
        count = match.group(0).count(PLACEHOLDER)
        try:
            values = [params[index + n] for n in range(count)]
        except (IndexError, KeyError, TypeError):
            return tables, set()
        lookups = {lookup_key(table, column, value) for value in values}
        select = sql[: first.start()]
        # Joined tables read as instances (their id selected) are keyed by
        # instance; others (values) by table.
        joined = {
            other
            for other in tables - {table}
            if f'"{other}"."id"' not in select
            and f'"{other}"."page_ptr_id"' not in select
        }
        return joined, lookups
    return tables, set()


def add(*keys):
    collector = _collector.get()
    if collector is not None:
        collector.tables.update(keys)


def _on_post_init(sender, instance, **kwargs):
    collector = _collector.get()
    if collector is None or instance.pk is None:
        return
    mark = FALLBACK if _fallback.get() else ""
    collector.instances.add(f"{sender._meta.db_table}-{instance.pk}{mark}")
    for parent in sender._meta.get_parent_list():
        collector.instances.add(f"{parent._meta.db_table}-{instance.pk}{mark}")


def _record_tables(execute, sql, params, many, context):
    collector = _collector.get()
    if collector is not None and not many:
        tables, lookups = query_keys(sql, params)
        if _fallback.get():
            tables = {table + FALLBACK for table in tables}
            lookups = {lookup + FALLBACK for lookup in lookups}
        collector.tables |= tables
        collector.lookups |= lookups
    return execute(sql, params, many, context)


@contextmanager
def collecting():
    """Collect the keys of what runs inside; yields the Collector."""
    collector = Collector()
    token = _collector.set(collector)
    try:
        with connection.execute_wrapper(_record_tables):
            yield collector
    finally:
        _collector.reset(token)


def connect():
    post_init.connect(_on_post_init, dispatch_uid="pagecache-keys-post-init")
