"""The kinds of result the site search shows, in the order of their groups.

To add a kind (e.g. the agenda's public events), build a `search.base.Kind`
in your app and call `register(kind)` from its `AppConfig.ready()`; nothing
in `search/` changes. Objects created with `bulk_create` must also be added
to the index: `search.indexing.index_objects(model, objects)`.
"""

from .base import Kind
from .page_results import PAGES
from .programme_results import SESSIONS, SPEAKERS

KINDS: list[Kind] = [PAGES, SESSIONS, SPEAKERS]


def register(kind: Kind) -> Kind:
    """Add a kind after the others, or replace the one with the same key."""
    for position, existing in enumerate(KINDS):
        if existing.key == kind.key:
            KINDS[position] = kind
            return kind
    KINDS.append(kind)
    return kind


def get_kind(key):
    return next((kind for kind in KINDS if kind.key == key), None)
