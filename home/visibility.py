"""Which pages anonymous visitors may see, with the private sections read once
per request (Wagtail's `.public()` reads them again at every call)."""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from site_config.request_memo import remember


def private_sections():
    return remember(
        "private_sections",
        lambda: [r.page for r in PageViewRestriction.objects.select_related("page")],
    )


def public(queryset):
    """`queryset.public()`, sharing the restrictions read in this request."""
    q = Q()
    for page in private_sections():
        q |= queryset.descendant_of_q(page, inclusive=True)
    return queryset.exclude(q) if q else queryset
