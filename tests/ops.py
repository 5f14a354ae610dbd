"""Helpers for the tests that run the site as operations would: their own
databases (a temporary SQLite file, a temporary PostgreSQL database), `manage.py`
in subprocesses, gunicorn servers on loopback.

The seed (`migrate` + `load_content` in subprocesses) is built once per test
run for each engine (`seeded` fixture, session-scoped; the SQLite one once for
all pytest-xdist workers, and shared with the browser and Varnish tests, its
first half being every worker's test database); each test gets a copy
(`CREATE DATABASE ... TEMPLATE`, or the SQLite backup API), and every
database it creates is dropped afterwards.

These tests run in the SQLite pass of CI only: they build their own databases
and do not depend on DATABASE_URL, so the PostgreSQL pass would repeat them.
The PostgreSQL variants skip with the reason when the server is not reachable
(POSTGRES_REQUIRED=1 turns that into a failure)."""

import fcntl
import http.client
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
from contextlib import contextmanager
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# Where temporary PostgreSQL databases are created (root is a superuser there).
POSTGRES_URL = os.environ.get(
    "TEST_POSTGRES_URL", "postgres://root@127.0.0.1:5432/postgres"
)


def in_postgres_pass():
    return os.environ.get("DATABASE_URL", "").startswith("postgres")


skip_in_postgres_pass = pytest.mark.skipif(
    in_postgres_pass(),
    reason="runs in the SQLite pass only: it builds its own SQLite and "
    "PostgreSQL databases whatever DATABASE_URL says",
)


def postgres_url(name):
    parts = urllib.parse.urlsplit(POSTGRES_URL)
    return urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def postgres_admin():
    import psycopg

    return psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=3)


def postgres_unavailable():
    """None when PostgreSQL answers, else why not."""
    try:
        with postgres_admin() as admin:
            admin.execute("SELECT 1")
    except Exception as error:  # any failure means "not here"
        return f"PostgreSQL is not reachable at {POSTGRES_URL}: {error}"
    return None


def require_postgres():
    reason = postgres_unavailable()
    if reason:
        if os.environ.get("POSTGRES_REQUIRED") == "1":
            pytest.fail(f"POSTGRES_REQUIRED=1 but {reason}")
        pytest.skip(reason)


def create_postgres(prefix, template=None):
    name = f"ogp_{prefix}_{secrets.token_hex(4)}"
    clause = f' TEMPLATE "{template}"' if template else ""
    with postgres_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"{clause}')
    return name


def drop_postgres(name):
    with postgres_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def temporary_postgres(prefix, template=None):
    name = create_postgres(prefix, template)
    try:
        yield name
    finally:
        drop_postgres(name)


def site_env(database_url, settings="site_config.settings.test", **extra):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": settings,
        "PYTHONUNBUFFERED": "1",
    }
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args, timeout=300, check=True):
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and result.returncode:
        pytest.fail(
            f"manage.py {' '.join(args)} failed ({result.returncode}):\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    return result


def shell(env, code, timeout=120):
    return manage(env, "shell", "--no-imports", "-c", code, timeout=timeout).stdout


def seed_pages(env):
    """The database every test starts from: the schema and the seed pages
    (`tests/conftest.py` copies it into each worker's in-memory database)."""
    manage(env, "migrate", "--no-input", "-v", "0")
    shell(env, "from home.seed.loader import ContentLoader; ContentLoader().run()")


def seed(env):
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "load_content", "-v", "0")


def copy_sqlite(source, target):
    """Copy a SQLite database (a path, or an open sqlite3 connection as target)."""
    read = sqlite3.connect(source)
    opened = isinstance(target, sqlite3.Connection)
    write = target if opened else sqlite3.connect(target)
    try:
        read.backup(write)
    finally:
        if not opened:
            write.close()
        read.close()


class Seeded:
    """Seeded SQLite files built once per run, for all pytest-xdist workers,
    and one seeded PostgreSQL database per worker; tests take copies.

    `directory` is shared by the workers of a run: the first one to need a
    seed builds it there, under a lock, for all of them. Two SQLite seeds:
    `pages` (migrate and the seed pages: every test database starts from it)
    and `full` (`load_content` on top: the demo programme too, for the
    browser, Varnish and operations tests)."""

    def __init__(self, directory):
        self.directory = directory
        self._postgres = None

    def _built(self, name, build):
        path = self.directory / f"{name}.sqlite3"
        with open(self.directory / f"{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not path.exists():
                building = path.with_suffix(f".{os.getpid()}")
                build(building)
                copy_sqlite(building, path)
                building.unlink()
        return path

    def _env(self, path):
        return site_env(f"sqlite:///{path}", MEDIA_ROOT=self.directory / "media")

    def pages_path(self):
        """The SQLite file with the schema and the seed pages."""
        return self._built("pages", lambda path: seed_pages(self._env(path)))

    def full_path(self):
        def build(path):
            copy_sqlite(self.pages_path(), path)
            manage(self._env(path), "load_content", "-v", "0")

        return self._built("full", build)

    def sqlite(self, target):
        """A copy of the full seed at `target`; returns its DATABASE_URL."""
        copy_sqlite(self.full_path(), target)
        return f"sqlite:///{target}"

    @contextmanager
    def postgres(self, prefix):
        """A seeded PostgreSQL database for the block; yields its name."""
        require_postgres()
        if self._postgres is None:
            name = create_postgres("seed")
            self._postgres = name
            seed(site_env(postgres_url(name), MEDIA_ROOT=self.directory / "media"))
        with temporary_postgres(prefix, template=self._postgres) as name:
            yield name

    def close(self):
        if self._postgres:
            drop_postgres(self._postgres)


@pytest.fixture(scope="session")
def seeded(tmp_path_factory):
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, above each worker's own
    directory = base / "seed"
    directory.mkdir(exist_ok=True)
    seeded = Seeded(directory)
    try:
        yield seeded
    finally:
        seeded.close()


# --------------------------------------------------------------------------
# Servers
# --------------------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(database_url, static_root, **extra):
    """What an app server needs in production, on loopback."""
    return site_env(
        database_url,
        settings="site_config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DEFAULT_FROM_EMAIL="Sommet PGO 2016 <noreply@example.org>",
        SERVER_EMAIL="errors@example.org",
        STATIC_ROOT=static_root,
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        **extra,
    )


def collectstatic(static_root):
    unused = Path(static_root).parent / "unused.sqlite3"  # collectstatic needs none
    env = production_env(f"sqlite:///{unused}", static_root)
    manage(env, "collectstatic", "--no-input", "-v", "0")


@contextmanager
def gunicorn(env, log_path, workers=2, threads=2):
    """A gunicorn server of the site on a free loopback port; yields its port."""
    port = free_port()
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "site_config.wsgi",
                f"--bind=127.0.0.1:{port}",
                f"--workers={workers}",
                f"--threads={threads}",
                "--timeout=60",
            ],
            cwd=PROJECT_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_until_up(process, port, log_path)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_up(process, port, log_path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn stopped:\n{Path(log_path).read_text()[-3000:]}")
        try:
            if fetch(port, "/health/").status == 200:
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"gunicorn did not answer in {timeout} s")


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


def fetch(port, path, method="GET", body=None, headers=None, timeout=30):
    """One request as the TLS proxy forwards it (X-Forwarded-Proto: https)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(
            method,
            path,
            body=body,
            headers={
                "Host": f"127.0.0.1:{port}",
                "X-Forwarded-Proto": "https",
                **(headers or {}),
            },
        )
        response = connection.getresponse()
        return Response(response.status, response.headers, response.read())
    finally:
        connection.close()
