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
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under /fr/ or /en/; "/" is redirected by
# LocaleMiddleware to the visitor's preferred language (French by default).
urlpatterns += i18n_patterns(
    # Site search, /fr/recherche/ and /en/search/: before Wagtail's catch-all.
    path("", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A database outage raised outside a view also answers the static 503 page.
handler500 = "site_config.faults.server_error"
