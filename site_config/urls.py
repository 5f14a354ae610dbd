from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import csp_report, health, seo

urlpatterns = [
    path("health/", health.health, name="health"),
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    path("robots.txt", seo.robots, name="robots"),
    path("csp-report/", csp_report.csp_report, name="csp_report"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.BENCHMARK_ENDPOINTS:
    from . import reference

    urlpatterns.insert(0, path("__bench__/bare/", reference.bare))

if settings.DEBUG:
    import posixpath

    from django.http import Http404
    from django.urls import re_path
    from django.views.static import serve

    def media(request, path):
        """Images and renditions; never documents/: those are served only by
        Wagtail's document view (/documents/<id>/…), which checks the privacy
        of their collection. The proxy does the same in production (deploy.md)."""
        if posixpath.normpath(path).lstrip("/").split("/")[0] == "documents":
            raise Http404
        return serve(request, path, document_root=settings.MEDIA_ROOT)

    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(re_path(rf"^{media_prefix}(?P<path>.*)$", media))

# Every public page lives under /fr/ or /en/; "/" is redirected by
# site_config.languages.LocaleMiddleware to the visitor's language: French or
# English by the browser's languages, English when it accepts neither, French
# when it states none.
urlpatterns += i18n_patterns(
    # Site search, /fr/recherche/ and /en/search/: before Wagtail's catch-all.
    path("", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A database outage raised outside a view also answers the static 503 page.
handler500 = "site_config.faults.server_error"
