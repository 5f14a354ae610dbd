"""Varnish in front of the site, for real: deploy/varnish/default.vcl with
Debian's varnishd, a site server on loopback, and a change published from
another process. Skipped when varnishd is missing, unless VARNISH_REQUIRED=1
(CI installs Varnish and requires it)."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
BANNERS = ROOT / "deploy" / "varnish" / "banners.vcl"
SECRET = "test-ban-secret"  # noqa: S105
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"

if not os.access(VARNISHD, os.X_OK):
    if os.environ.get("VARNISH_REQUIRED") == "1":
        pytest.fail("varnishd is required (VARNISH_REQUIRED=1) but missing")
    pytest.skip(
        "varnishd is not installed (apt-get install varnish); CI requires it",
        allow_module_level=True,
    )
if os.environ.get("DATABASE_URL", "sqlite").split(":")[0] not in ("", "sqlite"):
    pytest.skip(
        "runs in the SQLite pass only (it builds its own database)",
        allow_module_level=True,
    )

# Several servers (varnishd and the site): make test-all and CI run them.
pytestmark = pytest.mark.slow

PAGE = "/fr/le-partenariat/"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )


def wait_for(url, process, timeout=40):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} stopped")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


@pytest.fixture(scope="module")
def stack(tmp_path_factory, seeded):
    """(varnish URL, env of the site) with the site behind Varnish."""
    yield from serve(tmp_path_factory, seeded)


def serve(tmp_path_factory, seeded, **extra):
    directory = tmp_path_factory.mktemp("varnish")
    site_port, varnish_port = free_port(), free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.test",
        "DATABASE_URL": seeded.sqlite(directory / "db.sqlite3"),
        "MEDIA_ROOT": str(directory / "media"),
        "PAGE_CACHE_SECONDS": "3600",
        "PAGE_CACHE_GENERATION_FILE": str(directory / "generation"),
        "VARNISH_URL": f"http://127.0.0.1:{varnish_port}",
        "VARNISH_BAN_SECRET": SECRET,
        **extra,
    }
    # The register form is open (it shows a form with a CSRF token).
    manage(
        env,
        "shell",
        "-c",
        "from tests.participation_helpers import open_week_registration\n"
        "open_week_registration()\n",
    )
    # varnishd's worker runs as its own user: its files must be readable by it
    # (pytest's temporary folders are private to root).
    work = Path(tempfile.mkdtemp(prefix="varnish-"))
    work.chmod(0o755)
    vcl = work / "default.vcl"
    vcl.write_text(VCL.read_text().replace('"8000"', f'"{site_port}"'))
    (work / "banners.vcl").write_text(BANNERS.read_text())
    processes = []
    try:
        site = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", "--skip-checks",
             f"127.0.0.1:{site_port}"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        processes.append(site)
        varnish = subprocess.Popen(
            [VARNISHD, "-F", "-n", str(work / "varnish"), "-f", str(vcl),
             "-a", f"127.0.0.1:{varnish_port}", "-s", "malloc,64m"],
            env={**os.environ, "VARNISH_BAN_SECRET": SECRET},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        processes.append(varnish)
        wait_for(f"http://127.0.0.1:{site_port}/fr/", site)
        wait_for(f"http://127.0.0.1:{varnish_port}/fr/", varnish)
        yield f"http://127.0.0.1:{varnish_port}", env
    finally:
        for process in processes:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers, response.read().decode()


def test_varnish_serves_public_pages_from_its_cache(stack):
    varnish, _env = stack
    fetch(varnish + PAGE)
    headers, body = fetch(varnish + PAGE)
    assert headers["X-Cache"] == "hit"
    assert "Le Partenariat" in body
    assert "X-Url" not in headers


def test_publishing_from_another_process_bans_varnish_at_once(stack):
    varnish, env = stack
    fetch(varnish + PAGE)
    assert fetch(varnish + PAGE)[0]["X-Cache"] == "hit"
    # Staff publish through another process (another app server, or the admin).
    manage(
        env,
        "shell",
        "-c",
        "from presentation.models import ContentPage\n"
        "page = ContentPage.objects.get(url_path__endswith='/le-partenariat/')\n"
        "page.title = 'Le Partenariat (publié par Varnish test)'\n"
        "page.save_revision().publish()\n",
    )
    headers, body = fetch(varnish + PAGE)
    assert headers["X-Cache"] == "miss"
    assert "Le Partenariat (publié par Varnish test)" in body
    # The menu of other pages changed too.
    assert "publié par Varnish test" in fetch(varnish + "/fr/")[1]


def test_visitors_with_a_session_and_forms_are_never_shared(stack):
    varnish, _env = stack
    headers, _ = fetch(varnish + PAGE, Cookie="sessionid=abc")
    assert headers["X-Cache"] == "miss"
    form = "/en/open-government-week/register/"
    fetch(varnish + form)
    headers, body = fetch(varnish + form)
    assert headers["X-Cache"] == "miss"
    assert "no-store" in headers["Cache-Control"]
    assert "Set-Cookie" in headers  # the visitor's own CSRF cookie


def ban_status(url, **headers):
    request = urllib.request.Request(url, method="BAN", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.parametrize("secret", [None, "", "wrong", SECRET.upper()])
def test_a_ban_without_the_shared_secret_is_refused_even_from_loopback(stack, secret):
    # Behind a TLS proxy on this host, every visitor comes from 127.0.0.1.
    varnish, _env = stack
    fetch(varnish + PAGE)
    headers = {"X-Ban-Url": "^/"}
    if secret is not None:
        headers["X-Ban-Secret"] = secret
    assert ban_status(varnish + "/", **headers) == 403
    assert fetch(varnish + PAGE)[0]["X-Cache"] == "hit"


def test_the_app_servers_ban_with_the_secret(stack):
    varnish, _env = stack
    assert ban_status(varnish + "/", **{"X-Ban-Secret": SECRET}) == 400  # what?
    fetch(varnish + PAGE)
    assert (
        ban_status(varnish + "/", **{"X-Ban-Secret": SECRET, "X-Ban-Url": "^/"}) == 200
    )
    assert fetch(varnish + PAGE)[0]["X-Cache"] == "miss"


def test_unknown_query_parameters_share_the_page_s_entry(stack):
    varnish, _env = stack
    fetch(varnish + "/fr/programme/?format=workshop")
    for query in (
        "?utm_source=x&format=workshop",
        "?format=workshop&zz=1",
        "?format=workshop&",
    ):
        headers, _ = fetch(varnish + "/fr/programme/" + query)
        assert headers["X-Cache"] == "hit", query
    fetch(varnish + PAGE)
    assert fetch(varnish + PAGE + "?random=12345")[0]["X-Cache"] == "hit"


@pytest.mark.parametrize("url", ["/sitemap.xml", "/robots.txt"])
def test_sitemap_and_robots_are_one_object_whatever_the_language(stack, url):
    varnish, _env = stack
    fetch(varnish + url, **{"Accept-Language": "fr"})
    headers, _ = fetch(varnish + url, **{"Accept-Language": "en-GB,en;q=0.8"})
    assert headers["X-Cache"] == "hit"


def test_the_scheme_is_part_of_the_cache_key(stack):
    varnish, _env = stack
    url = varnish + "/en/"
    fetch(url)
    assert fetch(url)[0]["X-Cache"] == "hit"
    assert fetch(url, **{"X-Forwarded-Proto": "https"})[0]["X-Cache"] == "miss"
    assert fetch(url, **{"X-Forwarded-Proto": "https"})[0]["X-Cache"] == "hit"
    # Anything but "https" is plain http.
    assert fetch(url, **{"X-Forwarded-Proto": "gopher"})[0]["X-Cache"] == "hit"


@pytest.mark.parametrize(
    "path",
    [
        "/media/documents/note.pdf",
        "/media/images/../documents/note.pdf",
        "/media/%64ocuments/note.pdf",
        "/media/DOCUMENTS/note.pdf",
    ],
)
def test_documents_are_never_served_under_media(stack, path):
    varnish, _env = stack
    with pytest.raises(urllib.error.HTTPError) as error:
        fetch(varnish + path)
    assert error.value.code == 404
    assert "Guru Meditation" in error.value.read().decode()  # Varnish's own answer


def test_compressed_pages_for_clients_that_accept_them(stack):
    varnish, _env = stack
    fetch_raw(varnish + "/en/", **{"Accept-Encoding": "gzip"})
    headers, _ = fetch_raw(varnish + "/en/", **{"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip"
    assert headers["X-Cache"] == "hit"


def fetch_raw(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers, response.read()


class KeepRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def redirect_of(url, **headers):
    opener = urllib.request.build_opener(KeepRedirects)
    try:
        opener.open(urllib.request.Request(url, headers=headers), timeout=10)
    except urllib.error.HTTPError as answer:
        return answer.code, answer.headers
    raise AssertionError(f"{url} did not redirect")


def test_the_root_redirect_is_decided_for_each_visitor(stack):
    varnish, _env = stack
    # In an order where a shared redirect would send the next visitor astray.
    for languages, target in [
        ("de-DE,de;q=0.9", "/en/"),
        (None, "/fr/"),
        ("fr-FR,fr;q=0.9", "/fr/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("es, en;q=0.5", "/en/"),
    ]:
        headers = {"Accept-Language": languages} if languages else {}
        status, answer = redirect_of(varnish + "/", **headers)
        assert status == 302
        assert answer["Location"] == target
        assert answer["X-Cache"] == "miss"


def purge_status(url, **headers):
    request = urllib.request.Request(url, method="PURGE", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


SESSION_SHELL = (
    "from programme.models import ProgrammePage, Session\n"
    "from tests.factories import make_session\n"
    "session = Session.objects.filter(slug='seance-xkey').first()\n"
    "if session is None:\n"
    "    session = make_session(title='Séance xkey', slug='seance-xkey',"
    " english_title=False)\n"
    "session.title = {title!r}\n"
    "session.save()\n"
)


def programme_after_renaming_a_session(varnish, env):
    """Both pages cached, a session renamed from another process: the
    programme's next answer (its headers), checked to show the new title,
    and a page that does not show sessions checked to stay in Varnish."""
    programme = "/fr/programme/"
    manage(env, "shell", "-c", SESSION_SHELL.format(title="Séance xkey, avant"))
    for url in (programme, PAGE):
        fetch(varnish + url)
        assert fetch(varnish + url)[0]["X-Cache"] == "hit", url
    manage(env, "shell", "-c", SESSION_SHELL.format(title="Séance xkey, après"))
    headers, body = fetch(varnish + programme)
    assert "Séance xkey, après" in body
    assert "Séance xkey, avant" not in body
    assert fetch(varnish + PAGE)[0]["X-Cache"] == "hit"
    assert "xkey" not in headers  # the keys stay between the site and Varnish
    return headers


def test_a_session_saved_purges_only_the_pages_showing_it(stack):
    headers = programme_after_renaming_a_session(*stack)
    assert headers["X-Cache"] == "miss"


@pytest.mark.parametrize("secret", [None, "", "wrong"])
def test_a_key_purge_without_the_secret_is_refused(stack, secret):
    varnish, _env = stack
    fetch(varnish + PAGE)
    headers = {"X-Xkey-Purge": "wagtailcore_page"}
    if secret is not None:
        headers["X-Ban-Secret"] = secret
    assert purge_status(varnish + "/", **headers) == 403
    assert fetch(varnish + PAGE)[0]["X-Cache"] == "hit"
    allowed = {"X-Xkey-Purge": "wagtailcore_page", "X-Ban-Secret": SECRET}
    assert purge_status(varnish + "/", **allowed) == 200
    assert fetch(varnish + PAGE)[0]["X-Cache"] == "miss"


# With Redis the site remembers where each key's responses are stored, and a
# change fetches them again before banning the rest (pagecache/refresh.py).

REDIS_URL = "redis://127.0.0.1:6379/6"


@pytest.fixture(scope="module")
def refreshing(tmp_path_factory, seeded):
    import uuid

    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis is not reachable at {REDIS_URL}: {error}")
    prefix = f"varnish-refresh-{uuid.uuid4().hex[:8]}"
    try:
        for served in serve(
            tmp_path_factory, seeded, REDIS_URL=REDIS_URL, CACHE_KEY_PREFIX=prefix
        ):
            yield (*served, client, prefix)
    finally:
        for name in client.scan_iter(f"{prefix}:*"):
            client.delete(name)


def forget(client, prefix, path):
    """Remove one address from the site's index, as an eviction would."""
    for name in client.scan_iter(f"{prefix}:*pagecache:urls:*"):
        for member in client.smembers(name):
            if member.decode().endswith("|" + path):
                client.srem(name, member)


def test_a_change_is_fetched_again_before_the_save_returns(refreshing):
    varnish, env, _client, _prefix = refreshing
    headers = programme_after_renaming_a_session(varnish, env)
    # Already in Varnish when the save returned: no visitor waits for it.
    assert headers["X-Cache"] == "hit"
    assert "X-Refresh-Token" not in headers


def test_a_response_the_site_did_not_remember_is_banned(refreshing):
    varnish, env, client, prefix = refreshing
    programme = "/fr/programme/"
    manage(env, "shell", "-c", SESSION_SHELL.format(title="Séance xkey, un"))
    session = "/fr/programme/seance-xkey/"
    for url in (programme, session):
        fetch(varnish + url)
        assert fetch(varnish + url)[0]["X-Cache"] == "hit", url
    forget(client, prefix, programme)
    manage(env, "shell", "-c", SESSION_SHELL.format(title="Séance xkey, deux"))
    # The session's page was fetched again; the programme, unknown to the
    # index, was banned: fresh at the next request, rendered for it.
    headers, body = fetch(varnish + session)
    assert headers["X-Cache"] == "hit" and "Séance xkey, deux" in body
    headers, body = fetch(varnish + programme)
    assert headers["X-Cache"] == "miss"
    assert "Séance xkey, deux" in body and "Séance xkey, un" not in body


@pytest.mark.parametrize("secret", [None, "wrong"])
def test_visitors_cannot_force_a_fetch(refreshing, secret):
    varnish, _env, _client, _prefix = refreshing
    fetch(varnish + PAGE)
    headers = {"X-Refresh-Token": "visitor"}
    if secret:
        headers["X-Ban-Secret"] = secret
    assert fetch(varnish + PAGE, **headers)[0]["X-Cache"] == "hit"
