"""Lighthouse (mobile) in the production shape: home, programme with 1,000
sessions and a session page, served by gunicorn (production settings, page
cache on) behind Varnish (deploy/varnish/default.vcl). Prints each page's
performance score, cumulative layout shift and DOM size, and exits 1 when a
page scores under 95 or shifts more than 0.05.

Lighthouse is pinned in benchmarks/package.json (`npm ci` in benchmarks/,
done by `make bench`) and drives Debian's Chromium (CHROME_PATH).

    make bench     # or: .venv/bin/python benchmarks/lighthouse.py
"""

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
MIN_PERFORMANCE = 95
MAX_CLS = 0.05

# The throughput benchmark's database builder and servers ("site" would
# shadow the standard library's module of that name).
_spec = importlib.util.spec_from_file_location("bench_site", HERE / "site.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def version():
    package = HERE / "node_modules" / "lighthouse" / "package.json"
    return json.loads(package.read_text())["version"]


def audit(url, attempts=2):
    """(performance score 0-100, CLS, DOM elements, FCP ms, LCP ms, TBT ms)
    of one mobile run. A run that Lighthouse itself says to repeat (a trace
    lost on a busy machine: NO_NAVSTART...) is run once more."""
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--only-categories=performance",
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu "
            "--disable-dev-shm-usage",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode and attempts > 1 and "run Lighthouse again" in result.stderr:
        return audit(url, attempts - 1)
    if result.returncode:
        sys.exit(f"Lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    audits = report["audits"]
    return (
        round(report["categories"]["performance"]["score"] * 100),
        audits["cumulative-layout-shift"]["numericValue"],
        int(audits["dom-size"]["numericValue"]),
        round(audits["first-contentful-paint"]["numericValue"]),
        round(audits["largest-contentful-paint"]["numericValue"]),
        round(audits["total-blocking-time"]["numericValue"]),
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--speakers", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3, help="median of N runs")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: (cd benchmarks && npm ci)")
    workdir = Path(tempfile.mkdtemp(prefix="ogp-lighthouse-"))
    workdir.chmod(0o755)  # varnishd's worker reads its files as another user
    env = bench.production_env(workdir)
    print(f"Building the database: {args.sessions} sessions…", flush=True)
    bench.build_database(env, args.sessions, args.speakers, 0)
    session = [p for label, p in bench.pages(env) if label == "session page"][0]
    paths = [("home", "/fr/"), ("programme", "/fr/programme/"), ("session", session)]
    servers, results = [], {}
    try:
        backend = bench.gunicorn(env, cache_seconds=3600)
        servers.append(backend)
        front = bench.varnish(backend.url.rsplit(":", 1)[1], workdir)
        servers.append(front)
        for label, path in paths:
            urllib.request.urlopen(front.url + path, timeout=30).close()
            runs = sorted(audit(front.url + path) for _ in range(args.runs))
            results[label] = (path, runs[len(runs) // 2], runs)
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    report(results, args)


def report(results, args):
    failures = []
    print(
        f"\n{'page':12} {'perf':>5} {'CLS':>6} {'DOM':>6} {'FCP':>6} {'LCP':>6} "
        f"{'TBT':>5}  runs (perf)"
    )
    for label, (path, (score, cls, dom, fcp, lcp, tbt), runs) in results.items():
        print(
            f"{label:12} {score:5d} {cls:6.3f} {dom:6d} {fcp:6d} {lcp:6d} {tbt:5d}  "
            f"{', '.join(str(r[0]) for r in runs)}  {path}"
        )
        if score < MIN_PERFORMANCE:
            failures.append(f"{label}: performance {score} < {MIN_PERFORMANCE}")
        if max(r[1] for r in runs) > MAX_CLS:
            failures.append(f"{label}: CLS {max(r[1] for r in runs):.3f} > {MAX_CLS}")
    print(
        f"\nLighthouse {version()} mobile "
        f"(simulated throttling), median of {args.runs} runs, through Varnish, "
        f"{args.sessions} sessions. Scores fall on a loaded machine: say so."
    )
    if failures:
        print("\nTARGETS MISSED:\n- " + "\n- ".join(failures))
        sys.exit(1)
    print("\nAll Lighthouse targets met.")


if __name__ == "__main__":
    main()
