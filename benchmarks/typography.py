"""What the French typography pass costs on one page.

    .venv/bin/python benchmarks/typography.py http://127.0.0.1:8000/fr/programme/
    .venv/bin/python benchmarks/typography.py saved-page.html

Fetches the page (or reads the file) and prints the median time of
`site_config.typography.french_html` over 20 runs, with the page's size.
`tests/test_typography.py` prints the same figure for a 300-session programme.
"""

import statistics
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from site_config.typography import french_html  # noqa: E402


def main(source):
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source) as response:  # noqa: S310
            html = response.read().decode()
    else:
        html = Path(source).read_text()
    runs = []
    for _ in range(20):
        started = time.perf_counter()
        french_html(html)
        runs.append((time.perf_counter() - started) * 1000)
    print(
        f"French typography: {statistics.median(runs):.1f} ms median "
        f"({len(html) // 1024} KiB, {len(runs)} runs)"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000/fr/programme/")
