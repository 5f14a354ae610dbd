"""robots.txt and a bilingual sitemap.

Wagtail's own sitemap walks only the default site's root (the French tree),
has no hreflang alternates and builds URLs from the Site record; this one
lists every live page and public session in both languages, with absolute
URLs from the request and `xhtml:link` alternates between translations.
"""

from collections import defaultdict

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_control
from wagtail.models import Page

from programme.models import ProgrammePage, Session


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


def session_entries(request):
    programmes = {
        p.locale.language_code: p.get_url(request)
        for p in ProgrammePage.objects.live().public().select_related("locale")
    }
    groups = defaultdict(dict)
    for session in (
        Session.objects.filter(status__in=Session.PUBLIC_STATUSES)
        .select_related("locale")
        .only("translation_key", "slug", "updated_at", "locale__language_code")
    ):
        code = session.locale.language_code
        if code in programmes:
            groups[session.translation_key][code] = (
                absolute(request, f"{programmes[code]}{session.slug}/"),
                session.updated_at,
            )
    return list(groups.values())


@cache_control(max_age=3600)
def sitemap(request):
    entries = []
    for versions in page_entries(request) + session_entries(request):
        alternates = sorted((code, url) for code, (url, _when) in versions.items())
        for _code, (url, modified) in sorted(versions.items()):
            entries.append({"url": url, "lastmod": modified, "alternates": alternates})
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
