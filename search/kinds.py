"""The kinds of result the site search shows, in the order of their groups.

To add a kind (e.g. the agenda's public events), build a `search.base.Kind`
in your app and call `register(kind)` from its `AppConfig.ready()` (with
`searched_models` for models whose text should be folded and feed "Did you
mean"); nothing in `search/` changes. Objects created with `bulk_create` must
also be added to the index: `search.indexing.index_objects(model, objects)`.
"""

from django.db.models.signals import post_delete, post_save

from .base import Kind
from .folding import index_folded
from .page_results import PAGES
from .vocabulary import bump

KINDS: list[Kind] = [PAGES]


def search_model(model):
    """Fold `model`'s text into the index and keep the vocabulary current."""
    index_folded(model)
    post_save.connect(bump, sender=model, dispatch_uid=f"vocab-{model}")
    post_delete.connect(bump, sender=model, dispatch_uid=f"vocab-d{model}")


def register(kind: Kind, searched_models=()) -> Kind:
    """Add a kind after the others, or replace the one with the same key."""
    for model in searched_models:
        search_model(model)
    for position, existing in enumerate(KINDS):
        if existing.key == kind.key:
            KINDS[position] = kind
            return kind
    KINDS.append(kind)
    return kind


def get_kind(key):
    return next((kind for kind in KINDS if kind.key == key), None)
