"""Surrogate keys: what a cached response shows, collected while it renders.

Two kinds of key, both named after database tables, so no template or view has
to declare anything:

- an *instance key* `<table>-<pk>` for every row loaded as a model instance
  (Django's `post_init`): the page itself, the menu's pages, a session, its
  speakers, theme, venue, images, documents, settings…;
- a *table key* `<table>` for every table read by a query that is not a
  single-object lookup (`QuerySet.get()`, which Django limits to 21 rows):
  listings, filters, counts, `exists()`, prefetches — any query whose result
  can change when a row is added, removed or changed elsewhere in the table.

A change to a row purges its instance key and its table key (and those of the
tables of its parent models): every response that showed the row, or listed
its table, is purged; the others stay cached. A response carrying a table key
needs no instance key of that table (the table key is always purged too), which
keeps the `xkey` header short on listings.

Limit: a view that handles a failed `get()` (DoesNotExist) and still answers
200 depends on an absence that no key records; such a view must call
`add(table_key(Model))` itself. None does today (tests/test_cache_dependencies.py).
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection
from django.db.models.signals import post_init

_collector = ContextVar("pagecache_keys", default=None)
TABLES = re.compile(r'(?:FROM|JOIN)\s+"([A-Za-z0-9_]+)"')
# QuerySet.get() asks for at most MAX_GET_RESULTS (21) rows.
SINGLE_LOOKUP = re.compile(r"LIMIT 21\s*$")


class Collector:
    def __init__(self):
        self.tables = set()
        self.instances = set()

    def keys(self):
        extra = {
            key for key in self.instances if key.rsplit("-", 1)[0] not in self.tables
        }
        return sorted(self.tables | extra)


def table_key(model):
    return model._meta.db_table


def instance_keys(instance):
    """The keys a change to this row purges: its row and its table, for the
    model and each concrete parent (a page's own table and wagtailcore_page)."""
    model = instance._meta.concrete_model
    models = [model, *model._meta.get_parent_list()]
    keys = []
    for each in models:
        table = each._meta.db_table
        keys += [table, f"{table}-{instance.pk}"]
    return keys


def add(*keys):
    collector = _collector.get()
    if collector is not None:
        collector.tables.update(keys)


def _on_post_init(sender, instance, **kwargs):
    collector = _collector.get()
    if collector is None or instance.pk is None:
        return
    collector.instances.add(f"{sender._meta.db_table}-{instance.pk}")
    for parent in sender._meta.get_parent_list():
        collector.instances.add(f"{parent._meta.db_table}-{instance.pk}")


def _record_tables(execute, sql, params, many, context):
    collector = _collector.get()
    if collector is not None and not SINGLE_LOOKUP.search(sql):
        collector.tables.update(TABLES.findall(sql))
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
