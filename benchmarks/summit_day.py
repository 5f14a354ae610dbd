"""Summit day: visitors read through Varnish while staff save a session every
second; run with purge by key, then with the global purge, side by side.

Builds the site as benchmarks/load.py does (temporary PostgreSQL database,
Redis, gunicorn with the production settings), puts Varnish in front
(deploy/varnish/default.vcl, purges allowed with a secret), then for each
purge mode (refresh, keys, global: see MODES) starts fresh servers, warms
every URL once and runs the visitors for DURATION seconds on the load test's
mix plus the edited session's page and the programme, while a staff thread
renames one session ("révision N") every second.

Visitors, by default, are wrk connections (`--generator wrk`,
benchmarks/summit_day.lua): wrk is written in C and leaves the two cores to
the servers, where Python visitor threads took most of one. Together they
offer RATE requests per second (each connection pauses a random time before
its next request); `--rate 0` makes each ask again as soon as answered, the
machine's saturation. Beside them, CHECKERS Python threads read the edited
session's page and the programme 20 times a second in all and check what
they read: it must show a revision at least as recent as the last save
acknowledged more than a second before the request started (a stale read
otherwise). `--generator python` makes VISITORS Python threads do both, at
RATE requests per second arriving at random (latency counted from the
planned arrival).

Prints, per mode: hit ratio (X-Cache from Varnish) over every visitor request,
latency percentiles (wrk's own, from the moment each request is sent),
errors, stale reads, staff saves. Exits 1 when the refresh run (else the keys run) misses a
target: >= 95 % of visitor requests from the cache, p99 <= 50 ms, 0 errors,
0 stale.

    make load-summit
    .venv/bin/python benchmarks/summit_day.py --duration 60 --rate 2000
    .venv/bin/python benchmarks/summit_day.py --rate 0   # saturation
    .venv/bin/python benchmarks/summit_day.py --generator python --rate 400
    .venv/bin/python benchmarks/summit_day.py --purged   # what one save purges
"""

import argparse
import http.client
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from load import WEIGHTS, Site, discover_urls, get  # noqa: E402

VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
SECRET = "summit-day-purge-secret"  # noqa: S105 - loopback only, per run
REVISION = re.compile(r"révision (\d+)")
MIX = {**WEIGHTS, "edited session": 4, "edited programme": 4}
# With wrk, Python checkers read only the edited pages, CHECK_RATE a second.
CHECKED = {"edited session": 1, "edited programme": 1}
CHECK_RATE = 20
WRK_SCRIPT = ROOT / "benchmarks" / "summit_day.lua"
TARGETS = {"hit ratio": 0.95, "p99 ms": 50}
# The settings of each compared mode (site_config/settings/base.py).
MODES = {
    "refresh": {"PAGE_CACHE_PURGE": "keys", "PAGE_CACHE_REFRESH": "1"},
    "keys": {"PAGE_CACHE_PURGE": "keys", "PAGE_CACHE_REFRESH": "0"},
    "global": {"PAGE_CACHE_PURGE": "global", "PAGE_CACHE_REFRESH": "0"},
}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60, help="seconds")
    parser.add_argument("--visitors", type=int, default=50)
    parser.add_argument(
        "--rate",
        type=float,
        default=None,
        help="visitor requests per second (default: 2000 with wrk, 400 with "
        "Python threads), spread at random; 0: each visitor asks again as soon "
        "as answered (the machine's saturation, where latency is queueing)",
    )
    parser.add_argument(
        "--generator",
        choices=["wrk", "python"],
        default="wrk" if shutil.which("wrk") else "python",
        help="wrk: visitors are wrk connections (C, little CPU: the servers "
        "get the cores), and CHECKERS Python threads read the edited pages to "
        "count stale reads; python: VISITORS Python threads do both",
    )
    parser.add_argument(
        "--connections", type=int, default=None, help="wrk (default 64; 16 at --rate 0)"
    )
    parser.add_argument("--checkers", type=int, default=4, help="wrk")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--staff-interval", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get(
            "LOAD_POSTGRES_URL", "postgres://root@127.0.0.1:5432/postgres"
        ),
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/7"),
    )
    parser.add_argument(
        "--modes",
        default="refresh,keys,global",
        help="refresh: purge by key, the purged responses fetched again first "
        "(the site's default with Redis); keys: purge by key only; global: "
        "every change empties everything",
    )
    parser.add_argument(
        "--purged",
        action="store_true",
        help="no load: list the responses one save purges and their render time",
    )
    args = parser.parse_args(argv)
    args.database = "postgresql"
    if args.rate is None:
        args.rate = 2000 if args.generator == "wrk" else 400
    if args.connections is None:
        args.connections = 64 if args.rate else 16
    return args


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Stack:
    """gunicorn behind varnishd for one purge mode."""

    def __init__(self, site, env, mode, args):
        self.site, self.env, self.mode, self.args = site, env, mode, args
        self.processes = []
        self.work = Path(tempfile.mkdtemp(prefix="ogp-summit-"))
        self.work.chmod(0o755)  # varnishd's worker user reads the VCL

    def start(self):
        app_port, self.port = free_port(), free_port()
        vcl = self.work / "default.vcl"
        source = ROOT / "deploy" / "varnish"
        vcl.write_text(
            (source / "default.vcl").read_text().replace('"8000"', f'"{app_port}"')
        )
        shutil.copy(source / "banners.vcl", self.work / "banners.vcl")
        env = {
            **self.env,
            **MODES[self.mode],
            "VARNISH_URL": f"http://127.0.0.1:{self.port}",
            "VARNISH_BAN_SECRET": SECRET,
        }
        self.log = open(self.work / "gunicorn.log", "w")  # noqa: SIM115
        self.processes.append(
            subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "site_config.wsgi",
                 f"--bind=127.0.0.1:{app_port}", f"--workers={self.args.workers}",
                 f"--threads={self.args.threads}", "--timeout=60", "--backlog=2048"],
                cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
            )
        )  # fmt: skip
        self.processes.append(
            subprocess.Popen(
                [VARNISHD, "-F", "-n", str(self.work / "varnish"), "-f", str(vcl),
                 "-a", f"127.0.0.1:{self.port}", "-s", "malloc,256m",
                 "-p", "http_resp_hdr_len=65536", "-p", "http_resp_size=131072"],
                env={**os.environ, "VARNISH_BAN_SECRET": SECRET},
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if get(app_port, "/health/", 2)[0] == 200:
                    if get(self.port, "/fr/", 5)[0] == 200:
                        return env
            except OSError:
                time.sleep(0.3)
        raise SystemExit(f"the stack did not answer; see {self.log.name}")

    def stop(self):
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        self.log.close()
        shutil.rmtree(self.work, ignore_errors=True)


def fetch(port, path, timeout, language):
    """(status, X-Cache, body) through Varnish, as the TLS proxy forwards."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(
            "GET",
            path,
            headers={
                "Host": f"127.0.0.1:{port}",
                "X-Forwarded-Proto": "https",
                "Accept-Language": language,
                "Accept-Encoding": "identity",
                "User-Agent": "ogp-summit-day",
            },
        )
        response = connection.getresponse()
        return response.status, response.getheader("X-Cache"), response.read()
    finally:
        connection.close()


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples = []  # (kind, seconds, hit)
        self.errors = []
        self.stale = []
        self.saves = []  # (acknowledged at, revision)
        self.save_seconds = []
        self.staff_errors = []

    def acknowledged_before(self, moment):
        """The last revision acknowledged before `moment` (0: none)."""
        with self.lock:
            done = [rev for at, rev in self.saves if at <= moment]
        return max(done, default=0)


def visitor(number, port, urls, args, stop, results, mix=MIX, rate=None, count=None):
    rng = random.Random(args.seed + number)
    kinds, weights = list(mix), list(mix.values())
    rate = args.rate if rate is None else rate
    count = count or args.visitors
    # At a fixed rate, each visitor's requests arrive at random; latency counts
    # from the planned arrival, so a slow answer delaying the next request
    # is measured, not hidden (no coordinated omission).
    mean_gap = count / rate if rate else 0
    planned = time.perf_counter() + (rng.expovariate(1 / mean_gap) if mean_gap else 0)
    while not stop.is_set():
        if mean_gap:
            delay = planned - time.perf_counter()
            if delay > 0 and stop.wait(delay):
                break
            started = planned
            planned += rng.expovariate(1 / mean_gap)
        else:
            started = time.perf_counter()
        kind = rng.choices(kinds, weights)[0]
        url = rng.choice(urls[kind])
        language = "en" if url.startswith("/en/") else "fr"
        started_wall = time.time()
        try:
            status, cache, body = fetch(port, url, args.timeout, language)
        except Exception as exc:  # noqa: BLE001 - every failure counts
            with results.lock:
                results.errors.append((kind, url, None, repr(exc)))
            continue
        elapsed = time.perf_counter() - started
        with results.lock:
            results.samples.append((kind, elapsed, cache == "hit"))
            if status != 200:
                results.errors.append((kind, url, status, ""))
        if kind.startswith("edited"):
            expected = results.acknowledged_before(started_wall - 1.0)
            shown = [int(n) for n in REVISION.findall(body.decode())]
            if expected and (not shown or max(shown) < expected):
                with results.lock:
                    results.stale.append((url, max(shown, default=None), expected))


def staff(session_id, args, stop, results):
    """Rename one session every interval, as an editor saving in the admin:
    a save starts every interval (sooner after a long save), and counts as
    acknowledged when save() returns, its purge or refresh done."""
    from django.db import close_old_connections

    from programme.models import Session

    revision = 0
    planned = time.monotonic()
    while not stop.wait(max(0, planned - time.monotonic())):
        revision += 1
        planned += args.staff_interval
        started = time.monotonic()
        try:
            session = Session.objects.get(id=session_id)
            session.title = f"Session suivie, révision {revision}"
            session.save()  # purges run on commit (autocommit: at once)
            with results.lock:
                results.saves.append((time.time(), revision))
                results.save_seconds.append(time.monotonic() - started)
        except Exception as exc:  # noqa: BLE001 - reported, fails the run
            results.staff_errors.append(repr(exc))
        finally:
            close_old_connections()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def summarise(results, elapsed):
    every = list(results.samples)
    pages = [s for s in every if s[0] != "search"]
    ms = [s[1] * 1000 for s in every]
    return {
        "requests": len(every),
        "per second": len(every) / elapsed,
        "hit ratio": sum(s[2] for s in every) / max(1, len(every)),
        "hit ratio (pages)": sum(s[2] for s in pages) / max(1, len(pages)),
        "p50 ms": statistics.median(ms) if ms else 0,
        "p99 ms": percentile(ms, 0.99) if ms else 0,
        "errors": len(results.errors),
        "stale": len(results.stale),
        "staff saves": len(results.saves),
        "save p50 ms": statistics.median(results.save_seconds) * 1000
        if results.save_seconds
        else 0,
        "save max ms": max(results.save_seconds, default=0) * 1000,
        "staff errors": len(results.staff_errors),
    }


def purge_like_the_servers(stack, mode):
    """The staff thread (this process) purges as the app servers do."""
    from django.conf import settings

    settings.PAGE_CACHE_PURGE = MODES[mode]["PAGE_CACHE_PURGE"]
    settings.PAGE_CACHE_REFRESH = MODES[mode]["PAGE_CACHE_REFRESH"] == "1"
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "pagecache.varnish.VarnishBanBackend",
            "LOCATION": f"http://127.0.0.1:{stack.port}",
            "SECRET": SECRET,
        }
    }


def language_of(url):
    return "en" if url.startswith("/en/") else "fr"


def warm(stack, urls, args):
    """Every URL once, so that the run starts with a full cache."""
    for addresses in urls.values():
        for url in addresses:
            fetch(stack.port, url, args.timeout, language_of(url))


def show_purged(site, env, args, urls, session_id):
    """Which responses one save of the edited session purges, and what each
    costs to render again (through Varnish, one after the other): what
    visitors asking for them meanwhile wait for."""
    from django.core.cache import cache

    from programme.models import Session

    cache.delete_pattern("*")
    stack = Stack(site, env, "keys", args)
    try:
        stack.start()
        purge_like_the_servers(stack, "keys")  # purge only: what visitors wait for
        warm(stack, urls, args)
        session = Session.objects.get(id=session_id)
        session.title = "Session suivie, révision 1"
        session.save()
        purged, count = [], 0
        for kind, addresses in urls.items():
            for url in addresses:
                count += 1
                started = time.perf_counter()
                _status, state, _body = fetch(
                    stack.port, url, args.timeout, language_of(url)
                )
                if state != "hit":
                    purged.append((kind, url, (time.perf_counter() - started) * 1000))
        total = sum(ms for _kind, _url, ms in purged)
        print(
            f"One session saved purged {len(purged)} of {count} responses; "
            f"rendering them again took {total:.0f} ms one after the other:"
        )
        for kind, url, ms in purged:
            print(f"  {ms:7.1f} ms  {kind:<20} {url}")
    finally:
        stack.stop()


def run_mode(site, env, mode, args, urls, session_id):
    from django.core.cache import cache

    cache.delete_pattern("*")  # this run's prefix only: each mode starts cold
    stack = Stack(site, env, mode, args)
    try:
        stack.start()
        purge_like_the_servers(stack, mode)
        warm(stack, urls, args)
        results = Results()
        stop = threading.Event()
        if args.generator == "wrk":
            # Python threads only check the edited pages, at a modest rate.
            threads = [
                threading.Thread(
                    target=visitor,
                    args=(n, stack.port, urls, args, stop, results),
                    kwargs={"mix": CHECKED, "rate": CHECK_RATE, "count": args.checkers},
                )
                for n in range(args.checkers)
            ]
        else:
            threads = [
                threading.Thread(
                    target=visitor, args=(n, stack.port, urls, args, stop, results)
                )
                for n in range(args.visitors)
            ]
        threads.append(
            threading.Thread(target=staff, args=(session_id, args, stop, results))
        )
        started = time.monotonic()
        for thread in threads:
            thread.start()
        if args.generator == "wrk":
            visitors = run_wrk(stack, args, urls)
        else:
            time.sleep(args.duration)
        stop.set()
        for thread in threads:
            thread.join()
        summary = summarise(results, time.monotonic() - started)
        if args.generator == "wrk":
            summary = with_wrk(summary, visitors, results)
        for kind in MIX:
            samples = [s for s in results.samples if s[0] == kind]
            if samples:
                ms = [s[1] * 1000 for s in samples]
                print(
                    f"  [{mode}] {kind:<20} {len(samples):>6} requests, "
                    f"{sum(s[2] for s in samples) / len(samples):>6.1%} hits, "
                    f"p50 {statistics.median(ms):>6.1f} ms, "
                    f"p99 {percentile(ms, 0.99):>7.1f} ms"
                )
        for kind, url, status, error in results.errors[:10]:
            print(f"  [{mode}] error: {kind} {url}: {status} {error}")
        for url, shown, expected in results.stale[:10]:
            print(f"  [{mode}] stale: {url} showed {shown}, expected >= {expected}")
        for error in results.staff_errors[:5]:
            print(f"  [{mode}] staff error: {error}")
        return summary
    finally:
        stack.stop()


def write_paths(path, urls):
    """A Lua table of (path, language): each kind's share of entries follows
    its weight in MIX, cycling through the kind's addresses."""
    per_kind = max(len(addresses) for addresses in urls.values())
    lines = ["return {"]
    for kind, weight in MIX.items():
        addresses = urls[kind]
        for index in range(weight * per_kind):
            url = addresses[index % len(addresses)]
            assert url.isascii() and '"' not in url and "\\" not in url, url
            language = "en" if url.startswith("/en/") else "fr"
            lines.append(f'{{"{url}", "{language}"}},')
    lines.append("}")
    path.write_text("\n".join(lines) + "\n")


def run_wrk(stack, args, urls):
    """Visitors as wrk connections for DURATION seconds; their figures."""
    paths = stack.work / "paths.lua"
    write_paths(paths, urls)
    paths.chmod(0o644)
    # Each connection pauses so that together they offer RATE requests/s.
    pause = args.connections * 1000 / args.rate if args.rate else 0
    result = subprocess.run(
        ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration:.0f}s",
         f"--timeout={args.timeout:.0f}s", "-s", str(WRK_SCRIPT),
         f"http://127.0.0.1:{stack.port}", "--", str(paths), f"{pause:.3f}"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"wrk printed no figures:\n{result.stdout}{result.stderr}")
    figures = json.loads(lines[-1])
    print(f"  wrk: {lines[-1]}")
    return figures


def with_wrk(summary, visitors, results):
    """The run's figures: wrk's visitors, plus the checkers' requests."""
    checked = list(results.samples)
    requests = visitors["answers"] + len(checked)
    hits = visitors["hits"] + sum(s[2] for s in checked)
    ms = [s[1] * 1000 for s in checked]
    return {
        **summary,
        "requests": requests,
        "per second": requests / visitors["seconds"],
        "hit ratio": hits / max(1, requests),
        "hit ratio (pages)": float("nan"),  # wrk does not tell kinds apart
        "p50 ms": visitors["p50 ms"],
        "p99 ms": visitors["p99 ms"],
        "p99.9 ms": visitors["p999 ms"],
        "checkers p99 ms": percentile(ms, 0.99) if ms else 0,
        "errors": summary["errors"]
        + visitors["bad status"]
        + visitors["socket errors"]
        + visitors["timeouts"],
    }


def edited_urls(urls):
    """The French session renamed by staff, its page and the programme."""
    from programme.models import ProgrammePage, Session

    programme = ProgrammePage.objects.get(locale__language_code="fr")
    session = (
        Session.objects.filter(locale=programme.locale, status=Session.SCHEDULED)
        .exclude(start=None)
        .order_by("start", "id")
        .first()
    )
    session.title = "Session suivie, révision 0"
    session.save()
    urls["edited session"] = [f"{programme.url}{session.slug}/"]
    urls["edited programme"] = [programme.url]
    return session.id


def print_table(summaries):
    modes = list(summaries)
    print()
    print(f"{'':<22}" + "".join(f"{m:>14}" for m in modes))
    formats = {
        "requests": "{:>14.0f}",
        "per second": "{:>14.0f}",
        "hit ratio": "{:>13.1%} ",
        "hit ratio (pages)": "{:>13.1%} ",
        "p50 ms": "{:>14.1f}",
        "p99 ms": "{:>14.1f}",
        "p99.9 ms": "{:>14.1f}",
        "checkers p99 ms": "{:>14.1f}",
        "errors": "{:>14d}",
        "stale": "{:>14d}",
        "staff saves": "{:>14d}",
        "save p50 ms": "{:>14.0f}",
        "save max ms": "{:>14.0f}",
        "staff errors": "{:>14d}",
    }
    for name, fmt in formats.items():
        values = [summaries[m].get(name) for m in modes]
        if all(v is None or v != v for v in values):  # absent or NaN
            continue
        cells = ("{:>14}".format("—") if v is None or v != v else fmt.format(v)
                 for v in values)  # fmt: skip
        print(f"{name:<22}" + "".join(cells))


def main(argv=None):
    args = parse_args(argv)
    if not os.access(VARNISHD, os.X_OK):
        raise SystemExit(
            "varnishd is required (apt-get install varnish varnish-modules)"
        )
    site = Site(args)
    summaries = {}
    try:
        print(f"Building the site in {site.workdir}…", flush=True)
        env = site.environment()
        site.manage(env, "migrate", "--no-input", "-v", "0")
        site.manage(env, "load_content")
        site.manage(env, "collectstatic", "--no-input", "-v", "0")
        os.environ.update(env)
        import django

        django.setup()
        urls = discover_urls()
        session_id = edited_urls(urls)
        load = os.getloadavg()
        print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        if args.purged:
            show_purged(site, env, args, urls, session_id)
            return 0
        for mode in args.modes.split(","):
            print(
                f"Running {args.duration:.0f} s in mode {mode} ({MODES[mode]})…",
                flush=True,
            )
            summaries[mode] = run_mode(site, env, mode, args, urls, session_id)
        load = os.getloadavg()
        print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    finally:
        site.stop()
    if args.generator == "wrk":
        offered = f"offering {args.rate:g} requests/s" if args.rate else "closed loop"
        who = (
            f"wrk, {args.connections} connections ({offered}), and "
            f"{args.checkers} checkers ({CHECK_RATE} requests/s)"
        )
    else:
        offered = f"{args.rate:g} requests/s offered" if args.rate else "closed loop"
        who = f"{args.visitors} visitors ({offered})"
    print(
        f"{who}, {args.duration:.0f} s per mode, "
        "a session saved "
        f"every {args.staff_interval:g} s; gunicorn {args.workers}x{args.threads}, "
        "PostgreSQL, Redis, Varnish"
    )
    print_table(summaries)
    # The targets are checked on the site's default (the first mode run).
    checked = next((m for m in ("refresh", "keys") if m in summaries), None)
    if not checked:
        return 0
    keyed = summaries[checked]
    ok = (
        keyed["hit ratio"] >= TARGETS["hit ratio"]
        and keyed["p99 ms"] <= TARGETS["p99 ms"]
        and keyed["errors"] == 0
        and keyed["stale"] == 0
        and keyed["staff errors"] == 0
    )
    print(f"targets ({checked}): " + ("met" if ok else "NOT met"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
