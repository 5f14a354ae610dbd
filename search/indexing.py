"""Keeping the search index current for objects saved without signals.

Wagtail indexes an object on its post_save signal; `bulk_create` sends none,
so commands that create objects in bulk add them to the index here.
"""

from wagtail.search.backends import get_search_backends


def index_objects(model, objects):
    """Add (or refresh) `objects` of `model` in every auto-updated backend."""
    objects = [obj for obj in objects if obj.pk is not None]
    if not objects:
        return
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(model, objects)
