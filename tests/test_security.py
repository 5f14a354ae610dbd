"""Production hardening: deploy checks, security headers, cookies, upload limits."""

import io
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import override_settings
from PIL import Image

from tests.factories import en, make_session
from tests.helpers import soup, soup_any

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = "site_config.settings.production"
PRODUCTION_ENV = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "testserver",
    "DEFAULT_FROM_EMAIL": "noreply@example.org",
    "SERVER_EMAIL": "errors@example.org",
}


def run_manage(settings_module, *args, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL")
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


SETTING_NAMES = [
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_SSL_REDIRECT",
    "SECURE_REDIRECT_EXEMPT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SAMESITE",
    "LANGUAGE_COOKIE_SECURE",
    "LANGUAGE_COOKIE_HTTPONLY",
    "LANGUAGE_COOKIE_SAMESITE",
    "SILENCED_SYSTEM_CHECKS",
]


@pytest.fixture(scope="module")
def production():
    """The security settings as production loads them."""
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {SETTING_NAMES!r}}}))"
    )
    result = run_manage(PRODUCTION, "shell", "-c", code, **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    return {
        name: sources for name, *sources in (part.split() for part in header.split(";"))
    }


# Deploy checks and required values


def test_deploy_check_passes_with_production_settings_and_nothing_silenced(tmp_path):
    # Against a database not migrated yet (the release checks before migrate),
    # not the developer's db.sqlite3, whose demo legal information `make run`
    # loads and home.E001 rightly refuses (tests/test_legal_information.py).
    database = f"sqlite:///{tmp_path / 'release.sqlite3'}"
    result = run_manage(
        PRODUCTION,
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        **PRODUCTION_ENV,
        DATABASE_URL=database,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


def test_deploy_check_fails_on_a_weak_secret_key():
    result = run_manage(
        PRODUCTION,
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        **{**PRODUCTION_ENV, "SECRET_KEY": "short"},
    )
    assert result.returncode != 0
    assert "security.W009" in result.stderr


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DEFAULT_FROM_EMAIL", "SERVER_EMAIL"]
)
def test_production_refuses_to_start_with_a_blank_required_value(missing):
    env = {**PRODUCTION_ENV, missing: "   "}
    result = run_manage(PRODUCTION, "check", **env)
    assert result.returncode != 0
    assert f"The environment variable {missing} is required in production" in (
        result.stderr
    )


def test_production_refuses_to_start_without_mail_senders():
    env = {
        k: v
        for k, v in PRODUCTION_ENV.items()
        if k not in ("DEFAULT_FROM_EMAIL", "SERVER_EMAIL")
    }
    result = run_manage(PRODUCTION, "check", **env)
    assert result.returncode != 0
    assert "DEFAULT_FROM_EMAIL is required in production" in result.stderr


def test_production_with_varnish_requires_the_ban_secret():
    env = {**PRODUCTION_ENV, "VARNISH_URL": "http://127.0.0.1:6081"}
    result = run_manage(PRODUCTION, "check", **env)
    assert result.returncode != 0
    assert "VARNISH_BAN_SECRET is required in production" in result.stderr
    result = run_manage(PRODUCTION, "check", **env, VARNISH_BAN_SECRET="s" * 32)
    assert result.returncode == 0, result.stderr


def test_production_settings_are_hardened(production):
    assert production["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"]
    assert production["SECURE_SSL_REDIRECT"]
    assert production["SECURE_CONTENT_TYPE_NOSNIFF"]
    assert production["SECURE_REFERRER_POLICY"] == "strict-origin-when-cross-origin"
    for cookie in ("SESSION", "CSRF", "LANGUAGE"):
        assert production[f"{cookie}_COOKIE_SECURE"], cookie
        assert production[f"{cookie}_COOKIE_HTTPONLY"], cookie
        assert production[f"{cookie}_COOKIE_SAMESITE"] == "Lax", cookie
    assert production["SILENCED_SYSTEM_CHECKS"] == []


# Headers and cookies as production sends them (over HTTPS behind the proxy)


def production_overrides(production):
    values = {k: v for k, v in production.items() if k != "SILENCED_SYSTEM_CHECKS"}
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return override_settings(**values)


HTTPS = {"HTTP_X_FORWARDED_PROTO": "https"}


def test_https_responses_carry_hsts_nosniff_and_referrer_policy(client, production):
    with production_overrides(production):
        response = client.get("/fr/", **HTTPS)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_plain_http_is_redirected_to_https_but_not_the_health_check(client, production):
    with production_overrides(production):
        page = client.get("/fr/")
        health = client.get("/health/")
    assert page.status_code == 301
    assert page["Location"] == "https://testserver/fr/"
    assert health.status_code == 200


def test_admin_cookies_are_secure_httponly_and_same_site(client, production):
    User.objects.create_superuser("boss", "boss@example.org", "pw-for-tests")
    with production_overrides(production):
        login_page = client.get("/admin/login/", **HTTPS)
        response = client.post(
            "/admin/login/",
            {"username": "boss", "password": "pw-for-tests"},
            **HTTPS,
        )
    assert response.status_code == 302
    csrf = login_page.cookies["csrftoken"]
    session = response.cookies["sessionid"]
    for cookie in (csrf, session):
        assert cookie["secure"] is True, cookie.key
        assert cookie["httponly"] is True, cookie.key
        assert cookie["samesite"] == "Lax", cookie.key


# Content-Security-Policy on public pages


@pytest.fixture
def public_urls():
    session = make_session("Ouverture CSP", "CSP opening")
    english = session.get_translation(en())
    return [
        "/fr/",
        "/en/",
        "/fr/le-partenariat/",
        "/fr/programme/",
        "/en/programme/?day=2016-12-07",
        f"/fr/programme/{session.slug}/",
        f"/en/programme/{english.slug}/",
        "/fr/page-qui-n-existe-pas/",
    ]


def test_public_pages_have_a_strict_content_security_policy(client, public_urls):
    for url in public_urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        directives = policy(response)
        assert directives["default-src"] == ["'self'"], url
        for directive in ("script-src", "style-src"):
            sources = directives[directive]
            assert "'self'" in sources, url
            assert "'unsafe-inline'" not in sources, (url, directive)
            assert "'unsafe-eval'" not in sources, (url, directive)
            assert not any(s.startswith("http") for s in sources), (url, directive)
        assert directives["object-src"] == ["'none'"], url
        assert directives["frame-ancestors"] == ["'none'"], url
        assert directives["base-uri"] == ["'none'"], url
        assert directives["form-action"] == ["'self'"], url


def test_public_pages_need_no_inline_code_and_load_only_their_own_assets(
    client, public_urls
):
    """What the browser would block under the policy: inline scripts without
    the nonce, inline styles and event handlers, assets from another origin.
    JSON-LD blocks are data, not scripts, and are allowed."""
    for url in public_urls:
        response = client.get(url)
        nonce = [s for s in policy(response)["script-src"] if s.startswith("'nonce-")]
        page = soup_any(response)
        for script in page.find_all("script"):
            if script.get("src"):
                assert script["src"].startswith("/static/"), (url, script["src"])
            elif script.get("type") != "application/ld+json":
                assert nonce and f"'nonce-{script.get('nonce')}'" == nonce[0], url
        for sheet in page.select("link[rel~=stylesheet]"):
            assert sheet["href"].startswith("/static/"), (url, sheet["href"])
        assert not page.find_all("style"), url
        assert not page.select("[style]"), url
        for element in page.find_all(True):
            handlers = [name for name in element.attrs if name.startswith("on")]
            assert not handlers, (url, element.name, handlers)


def test_programme_session_page_json_ld_is_a_data_block(client):
    session = make_session("Données liées", "Linked data")
    page = soup(client.get(f"/fr/programme/{session.slug}/"))
    blocks = page.select('script[type="application/ld+json"]')
    assert blocks
    assert json.loads(blocks[0].string)["@type"]


def test_an_inline_script_with_the_request_nonce_is_allowed(rf):
    from django.http import HttpResponse
    from django.template import engines

    from site_config.security import CSPMiddleware

    template = engines["django"].from_string(
        '<script nonce="{{ request.csp_nonce }}">go()</script>'
    )

    def view(request):
        return HttpResponse(template.render({"request": request}))

    request = rf.get("/fr/")
    response = CSPMiddleware(view)(request)
    nonce = [s for s in policy(response)["script-src"] if s.startswith("'nonce-")]
    assert nonce == [f"'nonce-{request.csp_nonce}'"]
    assert f'nonce="{request.csp_nonce}"' in response.content.decode()


# The admin's own policy


def test_admin_policy_keeps_wagtail_working_and_stays_same_origin(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    directives = policy(response)
    # Wagtail and Localize write inline scripts and styles; nothing else is loosened.
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert "http" not in response["Content-Security-Policy"]


def test_admin_editors_answer_under_the_admin_policy(admin_client, fr_home, en_home):
    session = make_session("Atelier CSP", "CSP workshop")
    english = session.get_translation(en())
    for url in (
        f"/admin/pages/{fr_home.pk}/edit/",
        f"/admin/pages/{en_home.pk}/edit/",  # the Localize translation editor
        f"/admin/snippets/programme/session/edit/{session.pk}/",
        f"/admin/snippets/programme/session/edit/{english.pk}/",
        "/admin/images/chooser/",
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert "'unsafe-inline'" in policy(response)["script-src"], url


def test_page_preview_can_be_framed_by_the_admin_only(fr_home, rf):
    """Wagtail renders a preview through the middleware as a dummy request
    for the public URL; the admin shows it in a frame."""
    response = fr_home.make_preview_request(rf.get("/admin/"))
    assert response.status_code == 200
    directives = policy(response)
    assert directives["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["script-src"]


def test_the_wagtail_admin_fetches_nothing_from_third_parties(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar.com" not in html
    assert "w-upgrade" not in html  # the panel that asks releases.wagtail.org


# Upload limits


def test_an_oversized_form_body_is_refused(client, settings):
    body = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    response = client.post("/admin/login/", {"username": body, "password": "x"})
    assert response.status_code == 400


def test_upload_limits_are_set(settings):
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 10 * 1024 * 1024
    assert settings.DATA_UPLOAD_MAX_NUMBER_FILES <= 100
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000


def png(width, height):
    data = io.BytesIO()
    Image.new("1", (width, height)).save(data, "PNG")
    data.name = "big.png"
    data.seek(0)
    return data


def test_an_image_with_too_many_pixels_is_refused(admin_client, settings):
    from wagtail.images import get_image_model

    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1_000_000
    response = admin_client.post(
        "/admin/images/add/", {"title": "Huge", "file": png(1001, 1000)}
    )
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not get_image_model().objects.filter(title="Huge").exists()


# Content-Security-Policy violation reports

CSP_REPORT_URL = "/csp-report/"


def csp_report_body(**fields):
    report = {
        "document-uri": "https://summit.example.org/fr/recherche/?q=camille",
        "referrer": "",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "original-policy": "default-src 'self'; report-uri /csp-report/",
        "disposition": "enforce",
        "blocked-uri": "https://tracker.example.com/" + "x" * 500,
        "status-code": 200,
        "source-file": "https://summit.example.org/fr/recherche/",
        "line-number": 12,
        **fields,
    }
    return json.dumps({"csp-report": report})


def csp_log(caplog):
    return [r for r in caplog.records if r.name == "site_config.csp"]


def test_a_csp_report_is_logged_in_one_compact_line(client, caplog):
    caplog.set_level("WARNING", logger="site_config.csp")
    response = client.post(
        CSP_REPORT_URL, csp_report_body(), content_type="application/csp-report"
    )
    assert response.status_code == 204
    (record,) = csp_log(caplog)
    assert record.levelname == "WARNING"
    line = record.getMessage()
    assert "\n" not in line
    assert "directive=script-src-elem" in line
    assert "document=https://summit.example.org/fr/recherche/" in line
    assert "camille" not in line  # the query string (a search) is left out
    assert "blocked=https://tracker.example.com/xxx" in line
    assert len(line) < 700  # the blocked address is truncated


def test_reports_from_the_reporting_api_are_logged_one_line_each(client, caplog):
    caplog.set_level("WARNING", logger="site_config.csp")
    violation = {
        "type": "csp-violation",
        "url": "https://summit.example.org/admin/",
        "body": {
            "documentURL": "https://summit.example.org/admin/",
            "effectiveDirective": "img-src",
            "blockedURL": "https://images.example.com/a.png",
            "disposition": "enforce",
        },
    }
    other = {"type": "deprecation", "body": {"message": "x"}}
    response = client.post(
        CSP_REPORT_URL,
        json.dumps([violation, other, violation]),
        content_type="application/reports+json",
    )
    assert response.status_code == 204
    lines = [r.getMessage() for r in csp_log(caplog)]
    assert len(lines) == 2
    assert "directive=img-src" in lines[0]
    assert "blocked=https://images.example.com/a.png" in lines[0]


def test_a_report_cannot_forge_log_lines(client, caplog):
    caplog.set_level("WARNING", logger="site_config.csp")
    body = csp_report_body(**{"blocked-uri": "inline\nERROR forged entry"})
    response = client.post(CSP_REPORT_URL, body, content_type="application/csp-report")
    assert response.status_code == 204
    (record,) = csp_log(caplog)
    assert "\n" not in record.getMessage()


def test_the_csp_report_endpoint_accepts_only_posts(client):
    assert client.get(CSP_REPORT_URL).status_code == 405
    assert client.head(CSP_REPORT_URL).status_code == 405


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("{not json", "application/csp-report"),
        (" ", "application/csp-report"),
        ('{"something": "else"}', "application/csp-report"),
        ('{"csp-report": "a string"}', "application/csp-report"),
        ('{"csp-report": {}}', "application/reports+json"),
        ('[{"type": "csp-violation"}]', "application/reports+json"),
        ("[1, 2]", "application/reports+json"),
        (b"\xff\xfe{", "application/csp-report"),
        ("[" * 8000 + "]" * 8000, "application/reports+json"),  # deep, < 16 KB
    ],
)
def test_a_malformed_csp_report_is_refused_without_a_traceback(
    client, caplog, body, content_type
):
    response = client.post(CSP_REPORT_URL, body, content_type=content_type)
    assert response.status_code == 400
    assert not csp_log(caplog)
    assert not [r for r in caplog.records if r.exc_info]


def test_an_oversized_csp_report_is_refused(client, caplog):
    body = csp_report_body(**{"script-sample": "x" * 20_000})
    response = client.post(CSP_REPORT_URL, body, content_type="application/csp-report")
    assert response.status_code == 400
    assert not csp_log(caplog)


def test_a_csp_report_of_another_content_type_is_refused(client):
    response = client.post(CSP_REPORT_URL, {"csp-report": "x"})
    assert response.status_code == 415


def test_csp_reports_need_no_csrf_token(caplog):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        CSP_REPORT_URL, csp_report_body(), content_type="application/csp-report"
    )
    assert response.status_code == 204


def test_csp_reports_are_never_served_from_the_page_cache(
    client, settings, tmp_path, caplog
):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 3600
    settings.PAGE_CACHE_GENERATION_FILE = str(tmp_path / "generation")
    cache.clear()
    caplog.set_level("WARNING", logger="site_config.csp")
    for _ in range(2):
        response = client.get(CSP_REPORT_URL)
        assert response.status_code == 405
        assert "X-Page-Cache" not in response
        response = client.post(
            CSP_REPORT_URL, csp_report_body(), content_type="application/csp-report"
        )
        assert response.status_code == 204
        assert "X-Page-Cache" not in response
    assert len(csp_log(caplog)) == 2
    cache.clear()


def test_public_and_admin_policies_report_to_the_endpoint(client, admin_client):
    for response in (client.get("/fr/"), admin_client.get("/admin/")):
        assert response.status_code == 200
        directives = policy(response)
        assert directives.get("report-uri") == [CSP_REPORT_URL], response.headers
        assert directives["report-to"] == ["csp-endpoint"]
        assert f"report-uri {CSP_REPORT_URL}" in response["Content-Security-Policy"]
        assert response["Reporting-Endpoints"] == f'csp-endpoint="{CSP_REPORT_URL}"'
