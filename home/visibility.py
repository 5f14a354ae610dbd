"""Which pages anonymous visitors may see, with the private sections read once
per request (Wagtail's `.public()` reads them again at every call)."""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from site_config.request_memo import remember


def view_restrictions():
    """Every page view restriction with its page, read once per request (the
    table holds a handful of rows): private sections and the serve-time check
    (home.tree) share it."""
    return remember(
        "view_restrictions",
        lambda: list(PageViewRestriction.objects.select_related("page")),
    )


def private_sections():
    return [restriction.page for restriction in view_restrictions()]


def public(queryset):
    """`queryset.public()`, sharing the restrictions read in this request."""
    q = Q()
    for page in private_sections():
        q |= queryset.descendant_of_q(page, inclusive=True)
    return queryset.exclude(q) if q else queryset
