import json
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def text_of(response):
    """The visible text of the page's main content, whitespace collapsed."""
    main = soup(response).find("main")
    return " ".join(main.get_text("").split())


def soup_any(response):
    """Parse a page whatever its status code (error pages)."""
    return BeautifulSoup(response.content, "html.parser")


def django_process(code, environment, timeout=180):
    """Run `code` after `django.setup()` in a fresh process, with exactly this
    environment (settings as they load), and return the JSON it prints last."""
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\n" + code],
        cwd=Path(__file__).resolve().parent.parent,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def examples(full):
    """Hypothesis examples for a test that runs `full` of them in the full
    profile (make test-all, CI): scaled down in the quick one (make test)."""
    from hypothesis import settings

    return max(2, full * settings.default.max_examples // 100)
