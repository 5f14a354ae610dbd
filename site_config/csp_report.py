"""/csp-report/: browsers report Content-Security-Policy violations here.

Both policies (public and admin) name it: `report-uri` (an
application/csp-report body, one report) and `report-to` through the
Reporting-Endpoints header (application/reports+json, a list of reports).
Each violation becomes one warning line on the "site_config.csp" logger;
nothing is stored. Anyone can post here, so the body is small or refused,
every value is truncated and stripped of control characters, and addresses
lose their query string (a search page's URL carries what the visitor typed).
A bad body answers 400, never a traceback.
"""

import json
import logging
from urllib.parse import urlsplit, urlunsplit

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger("site_config.csp")

MAX_BODY = 16 * 1024  # bytes; a real report is well under 2 KB
MAX_REPORTS = 20  # per request (application/reports+json batches them)
MAX_VALUE = 200  # characters per logged value

CSP_REPORT = "application/csp-report"
REPORTS_JSON = "application/reports+json"
# Older Firefox sends report-uri bodies as application/json.
CONTENT_TYPES = (CSP_REPORT, REPORTS_JSON, "application/json")

# What the log line shows: (label, report-uri keys, report-to key).
FIELDS = (
    ("directive", ("effective-directive", "violated-directive"), "effectiveDirective"),
    ("blocked", ("blocked-uri",), "blockedURL"),
    ("document", ("document-uri",), "documentURL"),
    ("source", ("source-file",), "sourceFile"),
    ("line", ("line-number",), "lineNumber"),
)


class Malformed(ValueError):
    pass


def clean(value):
    """One short printable token: no control characters, no query string."""
    text = "".join(c if c.isprintable() else "?" for c in str(value))
    if "://" in text:
        try:
            parts = urlsplit(text)
            text = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        except ValueError:
            pass
    text = text.replace(" ", "%20")
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def violations(content_type, data):
    """The violations in a parsed body as (keys, report): the report-uri keys
    for a csp-report body, the report-to key for a reports+json one."""
    if content_type == REPORTS_JSON:
        if not isinstance(data, list):
            raise Malformed("not a list of reports")
        for report in data[:MAX_REPORTS]:
            if not isinstance(report, dict):
                raise Malformed("a report is not an object")
            if report.get("type") != "csp-violation":
                continue  # another kind of report sent to this endpoint
            body = report.get("body")
            if not isinstance(body, dict):
                raise Malformed("a report has no body")
            yield [(label, (new,)) for label, _old, new in FIELDS], body
    else:
        body = data.get("csp-report") if isinstance(data, dict) else None
        if not isinstance(body, dict):
            raise Malformed('no "csp-report" object')
        yield [(label, old) for label, old, _new in FIELDS], body


def log_line(keys, body):
    parts = []
    for label, names in keys:
        value = next((body[k] for k in names if body.get(k) not in (None, "")), None)
        if value is not None:
            parts.append(f"{label}={clean(value)}")
    return " ".join(parts) or "no details"


def declared_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


@csrf_exempt
@require_POST
def csp_report(request):
    content_type = request.content_type
    if content_type not in CONTENT_TYPES:
        return HttpResponse(status=415)
    if declared_length(request) > MAX_BODY:
        return HttpResponseBadRequest()
    raw = request.read(MAX_BODY + 1)
    if len(raw) > MAX_BODY:
        return HttpResponseBadRequest()
    try:
        data = json.loads(raw)
        lines = [log_line(*found) for found in violations(content_type, data)]
    except (ValueError, RecursionError):  # JSON, Unicode and Malformed errors
        return HttpResponseBadRequest()
    for line in lines:
        logger.warning("CSP violation: %s", line)
    return HttpResponse(status=204)
