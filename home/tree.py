"""The page tree above a page, read once per page object.

The breadcrumbs, the home page lookup and Wagtail's view-restriction check all
need a page's ancestors; Wagtail's own `get_view_restrictions()` reads them
again with a query of its own."""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from site_config import request_memo
from site_config.request_memo import kept_on

from .visibility import view_restrictions


def ancestors_of(page):
    """The page's ancestors below the tree root, fetched once per page."""

    def compute():
        if page.depth <= 2:  # a home page: only the tree root is above it
            return []
        return list(page.get_ancestors().filter(depth__gt=1))

    return kept_on(page, "ancestors_below_root", compute)


class SharedAncestorsMixin:
    """Page mixin: view restrictions found from the shared ancestors."""

    def get_view_restrictions(self):
        # As Wagtail's: restrictions on the page, its ancestors (the tree root
        # included) and the pages they are aliases of.
        pages = [self, *ancestors_of(self)]
        ids = {p.pk for p in pages} | {p.alias_of_id for p in pages if p.alias_of_id}
        restrictions = PageViewRestriction.objects.filter(
            Q(page_id__in=ids) | Q(page__depth=1)
        )
        if request_memo.active():
            # Serving a page: answered from the request's read of every
            # restriction (home.visibility), which the menus need anyway. The
            # queryset stays one: ordering or filtering it queries again.
            restrictions._result_cache = [
                restriction
                for restriction in view_restrictions()
                if restriction.page_id in ids or restriction.page.depth == 1
            ]
            restrictions._prefetch_done = True
        return restrictions
