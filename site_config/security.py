"""Content-Security-Policy: the public policy everywhere, a looser one in the admin.

django-csp sends settings.CONTENT_SECURITY_POLICY; the Wagtail admin and the
Localize editor need inline scripts and styles, so requests under the admin's
prefix get settings.CONTENT_SECURITY_POLICY_ADMIN instead. A view decorated
with django-csp's @csp_override still has the last word.

Responses with a policy also carry Reporting-Endpoints (settings
REPORTING_ENDPOINTS), which names the group the policies' report-to uses;
django-csp writes the directive but not this header.
"""

from functools import cache

from csp import middleware
from csp.constants import HEADER, HEADER_REPORT_ONLY, SELF
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse


@cache
def admin_prefix():
    return reverse("wagtailadmin_home")


def reporting_endpoints():
    endpoints = getattr(settings, "REPORTING_ENDPOINTS", None) or {}
    return ", ".join(f'{name}="{url}"' for name, url in endpoints.items())


class CSPMiddleware(middleware.CSPMiddleware):
    def process_response(self, request, response):
        response = super().process_response(request, response)
        has_policy = HEADER in response or HEADER_REPORT_ONLY in response
        endpoints = reporting_endpoints()
        if has_policy and endpoints:
            response.headers.setdefault("Reporting-Endpoints", endpoints)
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith(admin_prefix()):
            parts.config = default_config(
                settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
            )
        elif getattr(request, "is_dummy", False):
            # Wagtail renders a preview by running a dummy request for the public
            # URL through the middleware; the admin shows it in a frame.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
