"""Browser tests: a real server on its own SQLite database, driven by Debian's
Chromium through Playwright.

pytest-django's live_server flushes the database after each test, which would
wipe the seed content; instead the package takes a copy of the run's seeded
database (`migrate` and `load_content`: seed pages and the demo programme,
built once per run by the `seeded` fixture of tests/ops.py), serves it with
`runserver` in a subprocess, and shares one browser. Fixtures are
package-scoped so the browser (whose event loop would make Django refuse
database access in the same thread) is closed before the rest of the suite.

Fixtures for new tests:
- `e2e_server`: `.url` (e.g. "http://127.0.0.1:43123"), `.env`, `.log_path`;
- `e2e_shell(code)`: runs `manage.py shell -c code` on the same database and
  returns its output (to open a call for proposals before a form test...);
- `page`: a 1280 px wide page whose relative URLs go to the server; the test
  fails on any console error, page error, failed request, HTTP error or
  request to another site;
- `new_page(width=375, **context_options)`: more pages, checked the same way;
- `browser_problems.allow(404, "/fr/nope/")`: when a test expects an error.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.e2e import support

PROJECT_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="package", autouse=True)
def _e2e_gate():
    """Skip the browser tests with a clear reason when they cannot run, or
    fail them when E2E_REQUIRED=1 (CI installs Chromium)."""
    state, reason = support.availability()
    if state == "missing" and support.required():
        pytest.fail(f"E2E_REQUIRED=1 but the browser tests cannot run: {reason}")
    if state != "run":
        pytest.skip(f"Browser tests skipped: {reason}")


# --------------------------------------------------------------------------
# Server
# --------------------------------------------------------------------------


@dataclass
class E2EServer:
    url: str
    env: dict
    log_path: Path
    process: subprocess.Popen = field(repr=False)

    def log_tail(self, lines=40):
        text = self.log_path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])


def _manage(env, *args, timeout=300):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode:
        pytest.fail(
            f"manage.py {' '.join(args)} failed ({result.returncode}):\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    return result.stdout


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(server, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"The test server stopped:\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(server.url + "/fr/", timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    pytest.fail(f"The test server did not answer in {timeout} s:\n{server.log_tail()}")


@pytest.fixture(scope="package")
def e2e_server(_e2e_gate, tmp_path_factory, seeded):
    """The site with the seed content and the demo programme, served by
    `runserver` (test settings: DEBUG off, static files by WhiteNoise)."""
    directory = tmp_path_factory.mktemp("e2e")
    env = {
        **os.environ,
        "DATABASE_URL": seeded.sqlite(directory / "db.sqlite3"),
        "DJANGO_SETTINGS_MODULE": "site_config.settings.test",
        "MEDIA_ROOT": str(directory / "media"),
        "PAGE_CACHE_GENERATION_FILE": str(directory / "generation"),
        "PYTHONUNBUFFERED": "1",
    }
    port = _free_port()
    log_path = directory / "server.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                "--noreload",
                "--skip-checks",
                f"127.0.0.1:{port}",
            ],
            cwd=PROJECT_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = E2EServer(f"http://127.0.0.1:{port}", env, log_path, process)
    try:
        _wait_until_up(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="package")
def e2e_shell(e2e_server):
    """Run Python in `manage.py shell` on the server's database; returns what
    it printed. Models are imported automatically, as in `manage.py shell`."""

    def run(code):
        return _manage(e2e_server.env, "shell", "-v", "0", "-c", code, timeout=120)

    return run


# --------------------------------------------------------------------------
# Browser
# --------------------------------------------------------------------------


@pytest.fixture(scope="package")
def e2e_browser(_e2e_gate):
    """One Chromium for the whole package. `playwright install` cannot work
    here: Playwright drives Debian's Chromium (no sandbox: CI runs as root)."""
    with support.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=support.CHROMIUM,
            args=["--no-sandbox", "--disable-dev-shm-usage"],
        )
        yield browser
        browser.close()


class BrowserProblems:
    """Collects what must not happen on a page: console errors, uncaught
    exceptions, failed requests, HTTP errors and requests to other sites."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.problems = []
        self.allowed = set()

    def allow(self, status, path):
        """Expect `status` for `path` (e.g. a test of the 404 page)."""
        self.allowed.add((status, path))

    def _allowed(self, status, url):
        return (status, urlsplit(url).path) in self.allowed

    def watch(self, page):
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("requestfailed", self._on_request_failed)
        page.on("response", self._on_response)
        page.on("request", self._on_request)

    def _on_console(self, message):
        if message.type != "error":
            return
        url = message.location.get("url", "")
        # Chromium also logs the HTTP error of an expected 404 page.
        if message.text.startswith("Failed to load resource") and any(
            urlsplit(url).path == path for _status, path in self.allowed
        ):
            return
        self.problems.append(f"console error: {message.text} ({url})")

    def _on_request_failed(self, request):
        # ERR_ABORTED is a cancellation: a navigation replacing the page, a
        # download, or programme.js aborting a filter request it superseded.
        if request.failure == "net::ERR_ABORTED":
            return
        self.problems.append(
            f"request failed: {request.method} {request.url} ({request.failure})"
        )

    def _on_response(self, response):
        if response.status >= 400 and not self._allowed(response.status, response.url):
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _on_request(self, request):
        url = request.url
        if not url.startswith((self.base_url, "data:", "blob:", "about:")):
            self.problems.append(f"request to another site: {url}")

    def check(self, log_tail=""):
        if self.problems:
            details = "\n".join(f"- {problem}" for problem in self.problems)
            if log_tail and any("HTTP 5" in problem for problem in self.problems):
                details += f"\nServer log:\n{log_tail}"
            pytest.fail(f"Problems in the browser:\n{details}", pytrace=False)


@pytest.fixture
def browser_problems(e2e_server):
    return BrowserProblems(e2e_server.url)


@pytest.fixture
def new_page(e2e_browser, e2e_server, browser_problems):
    """Open a page in a fresh browser context: new_page(width=375),
    new_page(java_script_enabled=False), new_page(reduced_motion="reduce")."""
    contexts = []

    def open_page(width=1280, height=900, **options):
        context = e2e_browser.new_context(
            base_url=e2e_server.url,
            viewport={"width": width, "height": height},
            **options,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        browser_problems.watch(page)
        return page

    yield open_page
    try:
        browser_problems.check(e2e_server.log_tail())
    finally:
        for context in contexts:
            context.close()


@pytest.fixture
def page(new_page):
    """A desktop-width page (1280 px); `page.goto("/fr/")` opens the server."""
    return new_page()
