"""Site benchmark: what a page costs, and how fast it is served at peak.

1. Builds a throwaway SQLite database with a realistic volume: the seed pages
   in both languages, N sessions, M speakers and E accepted agenda events.
2. Cost with the cache off, in process: median CPU ms, SQL queries, HTML
   bytes raw and gzip-compressed, per page.
3. Throughput with wrk (Debian's `wrk`, 16 connections) against gunicorn
   (2 sync workers, production settings, DEBUG off) on loopback: the app with
   its page cache off, with it on, and Varnish (deploy/varnish/default.vcl) in
   front; a bare Django view through the whole middleware stack and a static
   file are the references.
4. Prints one table with each page's ratio to the bare view, checks the
   targets of docs/performance.md, and exits 1 when one is missed.

    make bench     # or: .venv/bin/python benchmarks/site.py --duration 5
"""

import argparse
import gzip
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable
VCL = ROOT / "deploy" / "varnish" / "default.vcl"

# Targets (docs/performance.md).
VARNISH_RATIO = 8.0  # × the bare view's requests/s
APP_CACHE_RATIO = 0.9
CPU_BUDGET_MS = {
    "home": 10,
    "content page": 10,
    "session page": 12,
    "programme": 120,
    "search": 30,
    "iCalendar export": 50,
}
QUERY_BUDGET = {"home": 12, "content page": 12}
# The CPU budgets hold on the performance issue's reference machine, where a
# bare Django view through the middleware serves about 4,200 requests/s (2
# gunicorn sync workers, wrk with 16 connections). Shared machines of the same
# kind run from 3 to 4 times slower some days: CPU ms are also given scaled by
# this run's bare view to that reference, and the budgets are checked on them.
REFERENCE_BARE_RPS = 4200
CONTENT_HTML_KB = 50
# The programme's default view with 1,000 sessions (issue 18): HTML and the
# elements a browser builds from it.
PROGRAMME_HTML_KB = 200
PROGRAMME_ELEMENTS = 1500
# CSS and JS of the three first pages, gzip: the DSFR's parts the site uses
# (issue 19: about 48 KB of CSS and 20 KB of JS) and the project's own files.
STATIC_GZIP_KB = 90


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def build_database(env, sessions, speakers, events):
    run(env, "migrate", "--no-input", "-v", "0")
    run(env, "load_content", "-v", "0")
    run(
        env,
        "generate_sessions",
        "--sessions",
        str(sessions),
        "--speakers",
        str(speakers),
    )
    run(env, "generate_events", "--events", str(events))
    add_content_image(env)
    run(env, "collectstatic", "--no-input", "-v", "0")


def add_content_image(env):
    """The seed has no images: one photo on the measured content page, so that
    its renditions (WebP, several widths, lazy) are measured and checked."""
    code = (
        "import io\n"
        "from django.core.files.images import ImageFile\n"
        "from PIL import Image as Picture\n"
        "from wagtail.images import get_image_model\n"
        "from wagtail.models import Page\n"
        "data = io.BytesIO()\n"
        "Picture.new('RGB', (1600, 1000), (18, 58, 122)).save(data, 'JPEG')\n"
        "image = get_image_model().objects.create(title='Salle plénière', "
        "file=ImageFile(data, name='salle.jpg'))\n"
        "page = Page.objects.get(locale__language_code='fr', "
        "slug='le-partenariat').specific\n"
        "page.body.append(('image', {'image': image, "
        "'alt_text': 'La salle plénière', 'caption': ''}))\n"
        "page.save_revision().publish()\n"
    )
    run(env, "shell", "-v", "0", "-c", code)


IMG = re.compile(r"<img\b[^>]*>")
WEBP_SOURCE = re.compile(r'<source\b[^>]*type="image/webp"[^>]*>')


def image_checks(html):
    """What the content page's images look like to a browser: failures. The
    content's images, in <main>: the header's and footer's logo is an SVG drawn
    at its size, above the fold."""
    failures = []
    html = html.split("<main", 1)[-1].split("</main>", 1)[0]
    if "<picture>" not in html:
        failures.append("no <picture> element")
    sources = WEBP_SOURCE.findall(html)
    widths = re.findall(r" (\d+)w", sources[0]) if sources else []
    if len(widths) < 2:
        failures.append(f"WebP srcset with {len(widths)} width(s)")
    for tag in IMG.findall(html):
        for needed in ('loading="lazy"', "srcset=", "sizes=", "width=", "height="):
            if needed not in tag:
                failures.append(f"{needed} missing on {tag[:80]}")
    return failures


class ElementCounter(HTMLParser):
    count = 0

    def handle_starttag(self, tag, attrs):
        self.count += 1


def element_count(html):
    counter = ElementCounter()
    counter.feed(html)
    return counter.count


def pages(env):
    """(label, path) of every page type measured, found in the database."""
    code = (
        "from programme.models import Session\n"
        "s = Session.objects.filter(locale__language_code='fr', is_demo=True)"
        ".order_by('pk').first()\n"
        "print(s.slug)\n"
    )
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    slug = out[-1]
    return [
        ("home", "/fr/"),
        ("content page", "/fr/le-partenariat/"),
        ("programme", "/fr/programme/"),
        ("programme, filtered", "/fr/programme/?day=2016-12-08&format=workshop"),
        ("session page", f"/fr/programme/{slug}/"),
        ("agenda", "/fr/semaine-du-gouvernement-ouvert/"),
        ("search", "/fr/recherche/?q=transparence"),
        ("iCalendar export", "/fr/programme/ics/"),
    ]


# Cost with the cache off, in process ------------------------------------------


def measure_costs(env, targets, repeat):
    """{label: (cpu ms, queries, raw bytes, gzip bytes)} from a subprocess
    running Django with the benchmark's database."""
    script = f"""
import json, statistics, time, gzip
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
targets = {json.dumps(targets)}
for _label, url in targets:
    client.get(url)
# Round robin over the pages, so that a burst of load on this shared machine
# weighs on every page alike rather than on one.
cpus = {{label: [] for label, _url in targets}}
last = {{}}
for _ in range({repeat}):
    for label, url in targets:
        with CaptureQueriesContext(connection) as queries:
            start = time.process_time()
            response = client.get(url)
            cpus[label].append((time.process_time() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        last[label] = (len(queries), response.content)
result = {{}}
for label, (count, body) in last.items():
    result[label] = [statistics.median(cpus[label]), count, len(body),
                     len(gzip.compress(body)), body.decode()]
print("RESULT" + json.dumps(result))
"""
    costs_env = {
        **env,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.test",
        "PAGE_CACHE_SECONDS": "0",
    }
    out = subprocess.run(
        [PYTHON, "-c", script],
        cwd=ROOT,
        env=costs_env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.split("RESULT", 1)[1])


# Throughput ------------------------------------------------------------------


class Server:
    def __init__(self, args, env, url):
        self.process = subprocess.Popen(
            args,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = url
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(url + "/health/", timeout=2).close()
                return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"{args[0]} did not start")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def gunicorn(env, cache_seconds, varnish_url=None):
    port = free_port()
    server_env = {**env, "PAGE_CACHE_SECONDS": str(cache_seconds)}
    if varnish_url:
        server_env["VARNISH_URL"] = varnish_url
    args = [
        str(Path(PYTHON).parent / "gunicorn"),
        "site_config.wsgi",
        "--workers",
        "2",
        "--bind",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
    ]
    return Server(args, server_env, f"http://127.0.0.1:{port}")


def varnish(backend_port, workdir):
    port = free_port()
    vcl = workdir / "default.vcl"
    vcl.write_text(VCL.read_text().replace('"8000"', f'"{backend_port}"'))
    (workdir / "banners.vcl").write_text((VCL.parent / "banners.vcl").read_text())
    args = [
        shutil.which("varnishd") or "/usr/sbin/varnishd",
        "-F",
        "-n",
        str(workdir / "varnish"),
        "-f",
        str(vcl),
        "-a",
        f"127.0.0.1:{port}",
        "-s",
        "malloc,256m",
    ]
    env = {**os.environ, "VARNISH_BAN_SECRET": "benchmark-only-ban-secret"}
    return Server(args, env, f"http://127.0.0.1:{port}")


WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_LATENCY = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url, duration, gzip_ok=True):
    """(requests/s, p50 ms, p99 ms, non-2xx/3xx count)."""
    args = ["wrk", "-t2", "-c16", f"-d{duration}s", "--latency", url]
    if gzip_ok:
        args[1:1] = ["-H", "Accept-Encoding: gzip"]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    latency = {p: float(v) * UNITS[u] for p, v, u in WRK_LATENCY.findall(out)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return (
        float(WRK_RPS.search(out).group(1)),
        latency.get("50"),
        latency.get("99"),
        int(errors.group(1)) if errors else 0,
    )


def static_assets(base, paths):
    """URLs of the stylesheets and scripts the given pages load."""
    assets = set()
    for path in paths:
        html = urllib.request.urlopen(base + path, timeout=10).read().decode()
        assets |= set(re.findall(r'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html))
    return sorted(assets)


def production_env(workdir, **extra):
    """The production settings on a SQLite file in `workdir`, without Redis
    (each app server keeps its own memory cache), for the benchmarks."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "SECRET_KEY": "benchmark-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DEFAULT_FROM_EMAIL": "noreply@example.org",
        "SERVER_EMAIL": "errors@example.org",
        "VARNISH_BAN_SECRET": "benchmark-only-ban-secret",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "PAGE_CACHE_GENERATION_FILE": str(workdir / "generation"),
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        **extra,
    }
    env.pop("REDIS_URL", None)
    return env


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--speakers", type=int, default=300)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--duration", type=int, default=5, help="seconds per wrk run")
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk varnish")

    workdir = Path(tempfile.mkdtemp(prefix="ogp-bench-"))
    workdir.chmod(0o755)  # varnishd's worker reads its files as another user
    env = production_env(workdir, BENCHMARK_ENDPOINTS="1")
    print(
        f"Building the database in {workdir}: {args.sessions} sessions, "
        f"{args.speakers} speakers, {args.events} events…",
        flush=True,
    )
    build_database(env, args.sessions, args.speakers, args.events)
    targets = pages(env)

    print("Measuring the cost of each page with the cache off…", flush=True)
    costs = measure_costs(env, targets, args.repeat)

    servers = []
    rates = {}
    try:
        print("Measuring throughput with wrk…", flush=True)
        references = [("bare Django view", "/__bench__/bare/")]
        plain = gunicorn(env, cache_seconds=0)
        servers.append(plain)
        assets = static_assets(plain.url, [p for _l, p in targets[:3]])
        references.append(("static file", assets[0]))
        for label, path in references + targets:
            rates[(label, "app")] = wrk(plain.url + path, args.duration)
        # The bare view again: its faster run sets the machine's speed, which
        # is the stricter choice for the scaled CPU budgets.
        again = wrk(plain.url + references[0][1], args.duration)
        rates[("bare Django view", "app")] = max(
            rates[("bare Django view", "app")], again, key=lambda rate: rate[0]
        )
        plain.stop()

        cached = gunicorn(env, cache_seconds=3600)
        servers.append(cached)
        for label, path in targets:
            urllib.request.urlopen(cached.url + path, timeout=30).close()
            rates[(label, "cache")] = wrk(cached.url + path, args.duration)
        cached.stop()

        backend = gunicorn(env, cache_seconds=3600)
        servers.append(backend)
        port = backend.url.rsplit(":", 1)[1]
        front = varnish(port, workdir)
        servers.append(front)
        for label, path in targets:
            urllib.request.urlopen(front.url + path, timeout=30).close()
            rates[(label, "varnish")] = wrk(front.url + path, args.duration)

        static_sizes = {}
        for asset in assets:
            body = urllib.request.urlopen(front.url + asset, timeout=10).read()
            static_sizes[asset] = len(gzip.compress(body))
        asset_headers = urllib.request.urlopen(backend.url + assets[0]).headers
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    report(targets, costs, rates, static_sizes, asset_headers, args)


def report(targets, costs, rates, static_sizes, asset_headers, args):
    bare = rates[("bare Django view", "app")][0]
    speed = bare / REFERENCE_BARE_RPS
    failures = []
    print()
    header = (
        f"{'page':22} {'CPU ms':>7} {'ref ms':>6} {'SQL':>4} {'KB':>6} {'KB gz':>6} | "
        f"{'app r/s':>8} {'×bare':>6} | {'cache r/s':>9} {'×bare':>6} | "
        f"{'varnish r/s':>11} {'×bare':>6} | {'p50/p99 ms (varnish)':>20}"
    )
    print(header)
    print("-" * len(header))
    for label in ("bare Django view", "static file"):
        rps, p50, p99, _err = rates[(label, "app")]
        print(
            f"{label:22} {'':>7} {'':>6} {'':>4} {'':>6} {'':>6} | {rps:8.0f} "
            f"{rps / bare:6.2f} | {'':>9} {'':>6} | {'':>11} {'':>6} | "
            f"{p50:8.2f} / {p99:<8.2f} (app)"
        )
    for label, _path in targets:
        cpu, queries, raw, packed, _html = costs[label]
        app, cache, front = (
            rates[(label, mode)] for mode in ("app", "cache", "varnish")
        )
        reference_cpu = cpu * speed
        print(
            f"{label:22} {cpu:7.1f} {reference_cpu:6.1f} {queries:4d} "
            f"{raw / 1024:6.0f} {packed / 1024:6.1f} | "
            f"{app[0]:8.0f} {app[0] / bare:6.2f} | {cache[0]:9.0f} {cache[0] / bare:6.2f} | "
            f"{front[0]:11.0f} {front[0] / bare:6.2f} | {front[1]:8.2f} / {front[2]:<8.2f}"
        )
        if label in CPU_BUDGET_MS and reference_cpu > CPU_BUDGET_MS[label]:
            failures.append(
                f"{label}: {reference_cpu:.1f} ms CPU (reference machine) > "
                f"{CPU_BUDGET_MS[label]} ms"
            )
        if label in QUERY_BUDGET and queries > QUERY_BUDGET[label]:
            failures.append(f"{label}: {queries} queries > {QUERY_BUDGET[label]}")
        if label == "content page" and raw > CONTENT_HTML_KB * 1024:
            failures.append(
                f"content page HTML {raw / 1024:.0f} KB > {CONTENT_HTML_KB} KB"
            )
        if label not in ("search",):
            if front[0] < VARNISH_RATIO * bare:
                failures.append(
                    f"{label}: Varnish {front[0] / bare:.1f}× bare < {VARNISH_RATIO}×"
                )
            if cache[0] < APP_CACHE_RATIO * bare:
                failures.append(
                    f"{label}: app cache {cache[0] / bare:.2f}× bare < {APP_CACHE_RATIO}×"
                )
        for mode, values in (("app", app), ("cache", cache), ("varnish", front)):
            if values[3]:
                failures.append(f"{label}: {values[3]} error responses ({mode})")
    programme_html = costs["programme"][4]
    elements = element_count(programme_html)
    programme_kb = costs["programme"][2] / 1024
    print(
        f"\nProgramme default view: {programme_kb:.0f} KB of HTML, "
        f"{elements} elements (targets < {PROGRAMME_HTML_KB} KB, "
        f"< {PROGRAMME_ELEMENTS})"
    )
    if programme_kb >= PROGRAMME_HTML_KB:
        failures.append(f"programme HTML {programme_kb:.0f} KB")
    if elements >= PROGRAMME_ELEMENTS:
        failures.append(f"programme DOM {elements} elements")
    html = costs["content page"][4]
    pictures = html.count("<picture>")
    problems = image_checks(html)
    widths = re.findall(r" (\d+)w", "".join(WEBP_SOURCE.findall(html)))
    lazy = 'loading="lazy"' in html
    print(
        f"\nImages on the content page: {pictures} <picture>, WebP and JPEG "
        f"renditions at {', '.join(widths)} px wide, lazy: {'yes' if lazy else 'no'}"
    )
    failures.extend(f"content page image: {problem}" for problem in problems)
    total_static = sum(static_sizes.values()) / 1024
    print(
        f"CSS + JS loaded by home, content page and programme: "
        f"{total_static:.1f} KB gzip ({len(static_sizes)} files)"
    )
    cache_control = asset_headers.get("Cache-Control", "")
    print(f"Static file caching: {cache_control}")
    if total_static > STATIC_GZIP_KB:
        failures.append(f"CSS + JS {total_static:.1f} KB gzip > {STATIC_GZIP_KB} KB")
    max_age = re.search(r"max-age=(\d+)", cache_control)
    if not max_age or int(max_age.group(1)) < 365 * 24 * 3600:
        failures.append(f"static files not cached for a year: {cache_control!r}")
    print(
        f"\n{args.sessions} sessions, {args.speakers} speakers, {args.events} "
        f"events; CPU: median of {args.repeat} in-process requests, cache off; "
        f"throughput: wrk, 16 connections, {args.duration} s, gzip accepted; "
        "gunicorn 2 sync workers; search results are cached like pages."
    )
    print(
        f"Machine speed: the bare view served {bare:.0f} requests/s, "
        f"{speed:.2f} × the reference machine's {REFERENCE_BARE_RPS}; "
        f"'ref ms' = CPU ms × {speed:.2f}, checked against the CPU budgets."
    )
    if failures:
        print("\nTARGETS MISSED:\n- " + "\n- ".join(failures))
        sys.exit(1)
    print("\nAll targets met.")


if __name__ == "__main__":
    main()
