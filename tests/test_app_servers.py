"""The deployment shape on loopback: two gunicorn app servers (production
settings) share one PostgreSQL database and one Redis. A page published
through server A's admin shows on server B at once, whatever either server
cached before; /health/ answers "ok" on both.

Requests carry `X-Forwarded-Proto: https` as the TLS proxy sets it (production
redirects plain HTTP otherwise). Static files are collected into a temporary
STATIC_ROOT for WhiteNoise's manifest.
"""

import html
import http.cookies
import re
import secrets
import urllib.parse

import pytest

from tests.ops import (
    collectstatic,
    fetch,
    gunicorn,
    postgres_url,
    production_env,
    shell,
    skip_in_postgres_pass,
)

pytestmark = [skip_in_postgres_pass, pytest.mark.slow]

REDIS_URL = "redis://127.0.0.1:6379/6"
PAGE_PATH = "/fr/le-partenariat/"
PASSWORD = secrets.token_urlsafe(16)

# A staff account and a draft with a new title, written as an editor would
# leave them; the draft goes live only when server A publishes it.
PREPARE = """
from django.contrib.auth import get_user_model
from wagtail.models import Page

get_user_model().objects.create_superuser("ops-editor", "ops@example.org", {password!r})
page = Page.objects.get(url_path="/accueil/le-partenariat/").specific
page.title = {title!r}
page.save_revision()
print(page.id)
"""


def redis_or_skip():
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis is not reachable at {REDIS_URL}: {error}")
    return client


class Session:
    """A staff member's browser on one server: cookies and CSRF by hand
    (cookies are Secure, which urllib would not send over plain HTTP)."""

    def __init__(self, port):
        self.port, self.cookies = port, {}

    def request(self, path, method="GET", form=None):
        headers = {
            "Referer": f"https://127.0.0.1:{self.port}{path}",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        response = fetch(self.port, path, method=method, body=body, headers=headers)
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = http.cookies.SimpleCookie(header)
            self.cookies.update({key: morsel.value for key, morsel in cookie.items()})
        return response

    def csrf_form(self, path):
        response = self.request(path)
        assert response.status == 200, (path, response.status)
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)
        assert match, f"no CSRF token in {path}"
        return match.group(1)

    def post(self, path, **fields):
        token = self.csrf_form(path)
        return self.request(path, "POST", {"csrfmiddlewaretoken": token, **fields})


def title_of(port, path):
    response = fetch(port, path)
    assert response.status == 200, (port, path, response.status)
    return html.unescape(response.text)


def test_a_page_published_on_one_server_shows_on_the_other_at_once(seeded, tmp_path):
    redis_client = redis_or_skip()
    prefix = f"ogp-test-{secrets.token_hex(4)}"
    new_title = f"Le Partenariat, édition {secrets.token_hex(3)}"
    static_root = tmp_path / "static"
    collectstatic(static_root)
    try:
        with seeded.postgres("servers") as name:
            database_url = postgres_url(name)
            env = production_env(
                database_url,
                static_root,
                REDIS_URL=REDIS_URL,
                CACHE_KEY_PREFIX=prefix,
                MEDIA_ROOT=tmp_path / "media",
            )
            # Production settings: the password is hashed as the servers expect.
            page_id = shell(
                env, PREPARE.format(password=PASSWORD, title=new_title)
            ).split()[-1]
            with (
                gunicorn(env, tmp_path / "a.log") as server_a,
                gunicorn(env, tmp_path / "b.log") as server_b,
            ):
                for port in (server_a, server_b):
                    health = fetch(port, "/health/")
                    assert health.status == 200
                    assert health.text == (
                        '{"status": "ok", "checks": {"database": "ok", "cache": "ok"}}'
                    )

                # Both servers serve (and may cache) the old title.
                for _ in range(4):
                    for port in (server_a, server_b):
                        assert "Le Partenariat" in title_of(port, PAGE_PATH)
                        assert new_title not in title_of(port, PAGE_PATH)
                assert "Le Partenariat" in title_of(server_b, "/fr/")  # its menu

                editor = Session(server_a)
                login = editor.post(
                    "/admin/login/", username="ops-editor", password=PASSWORD
                )
                assert login.status == 302, login.text[:2000]
                publish = editor.post(
                    f"/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/"
                )
                assert publish.status == 302, publish.text[:2000]

                # At once, on server B (every worker): no sleep, no retry.
                for _ in range(4):
                    assert new_title in title_of(server_b, PAGE_PATH)
                    assert new_title in title_of(server_b, "/fr/")
                assert new_title in title_of(server_a, PAGE_PATH)
    finally:
        keys = list(redis_client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            redis_client.delete(*keys)
