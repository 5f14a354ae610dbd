"""robots.txt and a bilingual sitemap.

Wagtail's own sitemap walks only the default site's root (the French tree),
has no hreflang alternates and builds URLs from the Site record; this one
lists every live page, and what apps register (public sessions), in both
languages, with absolute URLs from the request and `xhtml:link` alternates
between translations.
"""

from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_control
from wagtail.models import Page


def absolute(request, url):
    return request.build_absolute_uri(url)


def page_entries(request):
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .select_related("locale")
        .order_by("path")
    )
    groups = defaultdict(dict)
    for page in pages:
        url = page.get_url(request)
        if url:
            groups[page.translation_key][page.locale.language_code] = (
                absolute(request, url),
                page.last_published_at,
            )
    return list(groups.values())


# Functions of the request returning groups of {language code: (absolute
# URL, last modified)}; apps add theirs from AppConfig.ready() (the
# programme's sessions: programme/sitemap.py).
ENTRY_SOURCES = [page_entries]


def register_entries(source):
    """Add a source of sitemap entries (once, whatever the number of calls)."""
    if source not in ENTRY_SOURCES:
        ENTRY_SOURCES.append(source)
    return source


@cache_control(max_age=3600)
def sitemap(request):
    entries = []
    groups = [versions for source in ENTRY_SOURCES for versions in source(request)]
    for versions in groups:
        alternates = sorted((code, url) for code, (url, _when) in versions.items())
        # x-default: the French source (docs/decisions.md, "Visitors who read
        # neither language").
        x_default = versions.get(settings.LANGUAGE_CODE, (None,))[0]
        for _code, (url, modified) in sorted(versions.items()):
            entries.append(
                {
                    "url": url,
                    "lastmod": modified,
                    "alternates": alternates,
                    "x_default": x_default,
                }
            )
    xml = render_to_string("sitemap.xml", {"entries": entries})
    return HttpResponse(xml, content_type="application/xml; charset=utf-8")


@cache_control(max_age=86400)
def robots(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {absolute(request, '/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
