"""Programme benchmark: page, session page and exports with 1,000 sessions.

Builds a throwaway SQLite database (seed pages + `generate_sessions`), then
times in-process requests through the whole middleware stack and prints, per
URL, the median wall and CPU time and the number of SQL queries. A bare
Django view through the same stack is the reference: ratios are steadier than
milliseconds on a shared machine.

    make bench        # or: .venv/bin/python benchmarks/programme.py --sessions 1000
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(client, url, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm caches and compiled templates
    walls, cpus = [], []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            wall, cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            cpus.append((time.process_time() - cpu) * 1000)
            walls.append((time.perf_counter() - wall) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return (
        statistics.median(walls),
        statistics.median(cpus),
        len(queries),
        len(response.content),
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--speakers", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="ogp-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "site_config.settings.test"
    import django

    django.setup()
    from django.core.management import call_command
    from django.http import HttpResponse
    from django.test import Client
    from django.urls import clear_url_caches, path

    from home.seed.loader import ContentLoader
    from programme.models import Session
    from site_config import urls

    print(f"Building a database with {args.sessions} sessions in {workdir}…")
    call_command("migrate", verbosity=0)
    ContentLoader().run()
    call_command(
        "generate_sessions",
        sessions=args.sessions,
        speakers=args.speakers,
        stdout=open(os.devnull, "w"),  # noqa: SIM115
    )

    # Reference: the cheapest possible Django view, through the same middleware.
    urls.urlpatterns.insert(0, path("bare/", lambda request: HttpResponse("ok")))
    clear_url_caches()

    session = Session.objects.filter(locale__language_code="en").first()
    targets = [
        ("bare Django view (reference)", "/bare/"),
        ("programme, French", "/fr/programme/"),
        ("programme, English", "/en/programme/"),
        ("programme, filtered", "/en/programme/?day=2016-12-08&format=workshop"),
        ("programme, text search", "/fr/programme/?q=synth%C3%A9tique+42"),
        ("session page", f"/en/programme/{session.slug}/"),
        ("programme iCalendar", "/fr/programme/ics/"),
        ("programme JSON", "/fr/programme/json/"),
        ("programme CSV", "/fr/programme/csv/"),
        ("session iCalendar", f"/en/programme/{session.slug}/ics/"),
    ]
    client = Client()
    rows = [(label, url, *measure(client, url, args.repeat)) for label, url in targets]
    bare_wall = rows[0][2]
    print()
    print(
        f"{'page':32} {'wall ms':>9} {'cpu ms':>8} {'queries':>8} {'KB':>7} "
        f"{'× bare':>8}"
    )
    for label, _url, wall, cpu, queries, size in rows:
        print(
            f"{label:32} {wall:9.1f} {cpu:8.1f} {queries:8d} {size / 1024:7.0f} "
            f"{wall / bare_wall:8.0f}"
        )
    print(
        f"\n{args.sessions} sessions, median of {args.repeat} requests, "
        "in-process Django test client, SQLite, cache off."
    )


if __name__ == "__main__":
    main()
