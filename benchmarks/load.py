"""Bounded load test on loopback: visitors read while staff publish.

Builds a throwaway database (PostgreSQL by default, or SQLite), seeds it
(`migrate`, `load_content`), collects static files, starts the site under
gunicorn with the production settings, then runs VISITORS concurrent
visitors for DURATION seconds. Each visitor fetches a realistic mix in both
languages (home, content pages, programme, filtered programme, session and
speaker pages, agenda, search, exports) one request after another, while a
staff thread (Django in this process, same database and cache) publishes a
page revision and saves a programme session every second.

Prints requests served, errors, p50/p90/p99 latency, then exits 1 on any
error (any answer but 200, any failed connection, any failed staff save).

    make load
    .venv/bin/python benchmarks/load.py --duration 60 --visitors 50
    .venv/bin/python benchmarks/load.py --database sqlite --redis-url ''
"""

import argparse
import http.client
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# How often each kind of page is asked for, out of 100.
WEIGHTS = {
    "home": 14,
    "content": 20,
    "programme": 12,
    "filtered programme": 10,
    "session": 16,
    "speaker": 6,
    "agenda": 8,
    "search": 6,
    "export": 6,
    "sitemap": 2,
}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60, help="seconds")
    parser.add_argument("--visitors", type=int, default=50)
    parser.add_argument(
        "--database", choices=["postgresql", "sqlite"], default="postgresql"
    )
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get(
            "LOAD_POSTGRES_URL", "postgres://root@127.0.0.1:5432/postgres"
        ),
        help="a server where a temporary database may be created and dropped",
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/7"),
        help="shared cache ('' for each process's own memory)",
    )
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--staff-interval", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=30, help="per request")
    parser.add_argument("--seed", type=int, default=2016)
    return parser.parse_args(argv)


class Site:
    """The temporary database, the gunicorn server and their clean-up."""

    def __init__(self, args):
        self.args = args
        self.workdir = Path(tempfile.mkdtemp(prefix="ogp-load-"))
        self.database = None
        self.server = None
        self.prefix = f"ogp-load-{secrets.token_hex(4)}"
        self.port = None

    def admin(self):
        import psycopg

        return psycopg.connect(self.args.postgres_url, autocommit=True)

    def database_url(self):
        if self.args.database == "sqlite":
            return f"sqlite:///{self.workdir / 'site.sqlite3'}"
        self.database = f"ogp_load_{secrets.token_hex(4)}"
        with self.admin() as admin:
            admin.execute(f'CREATE DATABASE "{self.database}"')
        parts = urllib.parse.urlsplit(self.args.postgres_url)
        return urllib.parse.urlunsplit(parts._replace(path=f"/{self.database}"))

    def environment(self):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DEFAULT_FROM_EMAIL": "noreply@example.org",
            "SERVER_EMAIL": "errors@example.org",
            "DATABASE_URL": self.database_url(),
            "STATIC_ROOT": str(self.workdir / "static"),
            "MEDIA_ROOT": str(self.workdir / "media"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "CACHE_KEY_PREFIX": self.prefix,
            "PYTHONUNBUFFERED": "1",
        }
        env.pop("REDIS_URL", None)
        if self.args.redis_url:
            env["REDIS_URL"] = self.args.redis_url
        return env

    def manage(self, env, *args):
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start(self):
        env = self.environment()
        self.manage(env, "migrate", "--no-input", "-v", "0")
        self.manage(env, "load_content")
        self.manage(env, "collectstatic", "--no-input", "-v", "0")
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.log = open(self.workdir / "gunicorn.log", "w")  # noqa: SIM115
        self.server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "site_config.wsgi",
                f"--bind=127.0.0.1:{self.port}",
                f"--workers={self.args.workers}",
                f"--threads={self.args.threads}",
                "--timeout=60",
                "--backlog=2048",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise SystemExit("gunicorn stopped; see " + self.log.name)
            try:
                if get(self.port, "/health/", 2)[0] == 200:
                    return env
            except OSError:
                time.sleep(0.2)
        raise SystemExit("gunicorn did not answer in 60 s")

    def stop(self):
        if self.server:
            self.server.terminate()
            try:
                self.server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait()
            self.log.close()
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # Django may not be set up yet
            pass
        if self.database:
            with self.admin() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
        if self.args.redis_url:
            import redis

            try:
                client = redis.Redis.from_url(self.args.redis_url)
                keys = list(client.scan_iter(match=f"{self.prefix}:*", count=1000))
                if keys:
                    client.delete(*keys)
            except redis.RedisError as error:
                print(f"Could not remove the cache keys {self.prefix}:*: {error}")
        shutil.rmtree(self.workdir, ignore_errors=True)


def get(port, path, timeout, language="fr"):
    """One request as the TLS proxy forwards it; (status, body length)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(
            "GET",
            path,
            headers={
                "Host": f"127.0.0.1:{port}",
                "X-Forwarded-Proto": "https",
                "Accept-Language": language,
                "User-Agent": "ogp-load",
                "Connection": "close",
            },
        )
        response = connection.getresponse()
        return response.status, len(response.read())
    finally:
        connection.close()


def discover_urls():
    """Every URL a visitor may ask for, by kind, from the seeded database."""
    from wagtail.models import Page

    from participation.models import AgendaPage
    from programme.models import ProgrammePage, Speaker
    from programme.queries import localized_public_sessions

    urls = defaultdict(list)
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        url = page.get_url()
        kind = "home" if page.depth == 2 else "content"
        if isinstance(page, ProgrammePage | AgendaPage):
            kind = "programme" if isinstance(page, ProgrammePage) else "agenda"
        urls[kind].append(url)
        if isinstance(page, AgendaPage):
            urls["export"] += [url + "ics/", url + "csv/"]
        if not isinstance(page, ProgrammePage):
            continue
        urls["filtered programme"] += [
            url + "?day=2016-12-08",
            url + "?day=2016-12-08&format=workshop",
            url + "?format=plenary",
        ]
        urls["export"] += [url + "ics/", url + "json/", url + "csv/"]
        sessions = localized_public_sessions(page.locale)
        urls["session"] += [url + s.slug + "/" for s in sessions]
        speakers = Speaker.objects.filter(locale=page.locale)
        urls["speaker"] += [f"{url}{page.speakers_segment}/{s.slug}/" for s in speakers]
    urls["search"] = [
        "/fr/recherche/?q=gouvernement",
        "/fr/recherche/?q=transparence",
        "/en/search/?q=open+government",
        "/en/search/?q=summit",
    ]
    urls["sitemap"] = ["/sitemap.xml"]
    missing = [kind for kind in WEIGHTS if not urls[kind]]
    if missing:
        raise SystemExit(f"No URL found for: {', '.join(missing)}")
    return urls


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = defaultdict(list)
        self.errors = []
        self.staff = Counter()
        self.staff_errors = []

    def record(self, kind, url, seconds, status, error=None):
        with self.lock:
            self.latencies[kind].append(seconds)
            if error or status != 200:
                self.errors.append((kind, url, status, error))


def visitor(number, site, urls, args, stop, results):
    rng = random.Random(args.seed + number)
    kinds, weights = list(WEIGHTS), list(WEIGHTS.values())
    while not stop.is_set():
        kind = rng.choices(kinds, weights)[0]
        url = rng.choice(urls[kind])
        language = "en" if url.startswith("/en/") else "fr"
        started = time.perf_counter()
        try:
            status, _ = get(site.port, url, args.timeout, language)
            error = None
        except Exception as exc:  # noqa: BLE001 - any failure is an error
            status, error = None, repr(exc)
        results.record(kind, url, time.perf_counter() - started, status, error)


def staff(args, stop, results):
    """Every interval: publish a new revision of a page (alternately French and
    English) and save a programme session, as editors do in the admin."""
    from django.contrib.auth import get_user_model
    from django.db import close_old_connections, connection
    from wagtail.models import Page

    from programme.models import Session

    user, _ = get_user_model().objects.get_or_create(
        username="load-staff", defaults={"is_superuser": True, "is_staff": True}
    )
    pages = list(Page.objects.live().filter(depth__gt=2).values_list("id", flat=True))
    sessions = list(Session.objects.values_list("id", flat=True))
    rng = random.Random(args.seed)
    tick = 0
    while not stop.wait(args.staff_interval if tick else 0):
        tick += 1
        try:
            page = Page.objects.get(id=rng.choice(pages)).specific
            page.search_description = f"Revision {tick} published under load"
            page.save_revision(user=user, log_action=True).publish(user=user)
            results.staff["page publications"] += 1
            session = Session.objects.get(id=rng.choice(sessions))
            session.save()
            results.staff["session saves"] += 1
        except Exception as exc:  # noqa: BLE001 - reported, fails the run
            results.staff_errors.append(repr(exc))
        finally:
            close_old_connections()
    connection.close()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def report(results, args, elapsed):
    every = [v for values in results.latencies.values() for v in values]
    served = len(every) - len(results.errors)
    print(
        f"{args.visitors} visitors for {elapsed:.0f} s, gunicorn "
        f"{args.workers} workers x {args.threads} threads, {args.database}, "
        f"cache: {'Redis' if args.redis_url else 'per process'}"
    )
    print(f"requests served: {served} ({served / elapsed:.1f}/s)")
    print(f"errors: {len(results.errors)}")
    if every:
        ms = [v * 1000 for v in every]
        print(
            f"latency ms: p50 {statistics.median(ms):.0f}, "
            f"p90 {percentile(ms, 0.90):.0f}, p99 {percentile(ms, 0.99):.0f}, "
            f"max {max(ms):.0f}"
        )
    for kind in WEIGHTS:
        ms = [v * 1000 for v in results.latencies.get(kind, [])]
        if ms:
            print(
                f"  {kind:<20} {len(ms):>6} requests, p50 "
                f"{statistics.median(ms):>5.0f} ms, p99 {percentile(ms, 0.99):>5.0f} ms"
            )
    print(
        f"staff: {results.staff['page publications']} page publications, "
        f"{results.staff['session saves']} session saves, "
        f"{len(results.staff_errors)} errors"
    )
    for kind, url, status, error in results.errors[:20]:
        print(f"  error: {kind} {url}: {status} {error or ''}")
    for error in results.staff_errors[:5]:
        print(f"  staff error: {error}")
    return not results.errors and not results.staff_errors and served > 0


def run(args):
    site = Site(args)
    try:
        print(f"Building the site in {site.workdir} ({args.database})…", flush=True)
        env = site.start()
        os.environ.update(env)
        import django

        django.setup()
        urls = discover_urls()
        results = Results()
        # Warm-up: every URL once, failures count.
        for kind, addresses in urls.items():
            for url in addresses:
                started = time.perf_counter()
                try:
                    status, _ = get(site.port, url, args.timeout)
                    error = None
                except Exception as exc:  # noqa: BLE001
                    status, error = None, repr(exc)
                if error or status != 200:
                    results.record(
                        kind, url, time.perf_counter() - started, status, error
                    )
        if results.errors:
            report(results, args, 1)
            return 1
        results = Results()
        stop = threading.Event()
        threads = [
            threading.Thread(target=visitor, args=(n, site, urls, args, stop, results))
            for n in range(args.visitors)
        ]
        threads.append(threading.Thread(target=staff, args=(args, stop, results)))
        started = time.monotonic()
        for thread in threads:
            thread.start()
        time.sleep(args.duration)
        stop.set()
        for thread in threads:
            thread.join()
        ok = report(results, args, time.monotonic() - started)
        return 0 if ok else 1
    finally:
        site.stop()


if __name__ == "__main__":
    sys.exit(run(parse_args()))
