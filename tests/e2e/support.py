"""What the browser tests share: whether they can run, the pages they visit,
axe-core and the checks run inside the page.

`python -m tests.e2e.support` prints whether the browser tests will run (the
Makefile's `test` target says so before running pytest)."""

import os
import shutil
import sys

CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # reported by availability(); the tests are then skipped
    expect = sync_playwright = None

# WCAG 2.1 levels A and AA, as axe-core tags them.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

WIDTHS = {"phone": 375, "desktop": 1280}

# Every page type in both languages: (name, French path, English path). The
# slugs come from the seed content and the demo programme (`load_content`).
PAGES = [
    ("home", "/fr/", "/en/"),
    ("content page", "/fr/le-partenariat/", "/en/the-partnership/"),
    (
        "content page with questions",
        "/fr/le-sommet-mondial-2016/",
        "/en/the-2016-global-summit/",
    ),
    ("action plan", "/fr/l-action-de-la-france/", "/en/frances-action/"),
    ("programme", "/fr/programme/", "/en/programme/"),
    (
        "filtered programme",
        "/fr/programme/?day=2016-12-08&format=workshop",
        "/en/programme/?day=2016-12-08&format=workshop",
    ),
    (
        "programme without results",
        "/fr/programme/?q=introuvable",
        "/en/programme/?q=nothing-matches",
    ),
    (
        "session",
        "/fr/programme/acces-a-l-information-des-lois-aux-pratiques/",
        "/en/programme/access-to-information-from-laws-to-practice/",
    ),
    (
        "cancelled session",
        "/fr/programme/identite-numerique-et-confiance/",
        "/en/programme/digital-identity-and-trust/",
    ),
    (
        "speaker",
        "/fr/programme/intervenants/lerato-mokoena/",
        "/en/programme/speakers/lerato-mokoena/",
    ),
    ("open data", "/fr/programme/donnees-ouvertes/", "/en/programme/open-data/"),
    ("legal page", "/fr/accessibilite/", "/en/accessibility/"),
    (
        "call for proposals",
        "/fr/proposer-une-session/",
        "/en/propose-a-session/",
    ),
    (
        "agenda",
        "/fr/semaine-du-gouvernement-ouvert/",
        "/en/open-government-week/",
    ),
    ("news", "/fr/actualites/", "/en/news/"),
    (
        "news article",
        "/fr/actualites/programme-publie/",
        "/en/news/programme-published/",
    ),
    ("search", "/fr/recherche/?q=gouvernement", "/en/search/?q=government"),
    ("search without results", "/fr/recherche/?q=zzzz", "/en/search/?q=zzzz"),
]
NOT_FOUND = ("page not found", "/fr/page-inexistante/", "/en/no-such-page/")


def availability():
    """("run" | "skip" | "missing", reason). "skip" is by design (the
    PostgreSQL pass); "missing" fails the tests when E2E_REQUIRED=1."""
    database = os.environ.get("DATABASE_URL", "")
    if database and not database.startswith("sqlite"):
        return (
            "skip",
            "browser tests run in the SQLite pass only (they build their own "
            "SQLite database and do not depend on DATABASE_URL)",
        )
    if sync_playwright is None:
        return (
            "missing",
            "Playwright is not installed: pip install -r requirements-dev.txt",
        )
    if not (os.access(CHROMIUM, os.X_OK) or shutil.which(CHROMIUM)):
        return (
            "missing",
            f"Chromium not found at {CHROMIUM}: apt-get install chromium "
            "(or set E2E_CHROMIUM to its path)",
        )
    return "run", f"with {CHROMIUM}"


def required():
    return os.environ.get("E2E_REQUIRED") == "1"


def status_line():
    state, reason = availability()
    if state == "run":
        return f"Browser tests (tests/e2e): will run {reason}."
    if state == "missing" and required():
        return f"Browser tests (tests/e2e): REQUIRED but cannot run: {reason}."
    return f"Browser tests (tests/e2e): SKIPPED, {reason}."


# --------------------------------------------------------------------------
# axe-core
# --------------------------------------------------------------------------


def run_axe(page, options=None, context=None):
    """axe-core's results for the page as it is now. The script bundled with
    axe-playwright-python is injected with page.evaluate (not a script tag,
    which the content security policy would block), once per page."""
    from axe_playwright_python.base import AXE_SCRIPT

    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    options = options or {
        "runOnly": {"type": "tag", "values": AXE_TAGS},
        "resultTypes": ["violations"],
    }
    return page.evaluate(
        "([context, options]) => axe.run(context || document, options)",
        [context, options],
    )


def describe_axe_results(results, key="violations", where=""):
    """A readable report: rule, impact, help and link, then each element's
    selector and what to fix."""
    lines = []
    for rule in results[key]:
        lines.append(
            f"- {rule['id']} ({rule.get('impact') or 'n/a'}): {rule['help']}\n"
            f"  {rule['helpUrl']}"
        )
        for node in rule["nodes"][:10]:
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if not summary:
                checks = node.get("any") or node.get("all") or node.get("none") or []
                summary = "; ".join(c.get("message", "") for c in checks)
            lines.append(f"    at {' '.join(map(str, node['target']))}: {summary}")
        if len(rule["nodes"]) > 10:
            lines.append(f"    … and {len(rule['nodes']) - 10} more")
    count = len(results[key])
    return f"{count} axe-core {key} rule(s) failing {where}:\n" + "\n".join(lines)


def assert_no_axe_violations(page, where=""):
    results = run_axe(page)
    assert not results["violations"], describe_axe_results(
        results, where=where or page.url
    )


# --------------------------------------------------------------------------
# Checks run inside the page
# --------------------------------------------------------------------------

# The page's structure as the accessibility rules see it.
STRUCTURE_JS = """() => {
    const visible = (el) => el.getClientRects().length > 0;
    const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
        .filter(visible)
        .map((h) => ({level: Number(h.tagName[1]), text: h.textContent.trim()}));
    const focusable = [...document.querySelectorAll(
        "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])"
    )].filter((el) => visible(el) && !el.disabled);
    return {
        lang: document.documentElement.lang,
        title: document.title,
        headings,
        mains: document.querySelectorAll("main").length,
        mainId: document.querySelector("main") && document.querySelector("main").id,
        banners: document.querySelectorAll("body > header").length,
        footers: document.querySelectorAll("body > footer").length,
        unlabelledNavs: [...document.querySelectorAll("nav")]
            .filter((n) => !n.ariaLabel && !n.getAttribute("aria-labelledby"))
            .length,
        firstFocusable: focusable.length ? {
            href: focusable[0].getAttribute("href"),
            text: focusable[0].textContent.trim(),
        } : null,
        imagesWithoutAlt: [...document.querySelectorAll("img:not([alt])")]
            .map((img) => img.src),
        langs: [...document.querySelectorAll("body [lang]")].map((el) => el.lang),
    };
}"""

if __name__ == "__main__":
    state, _reason = availability()
    print(status_line())  # noqa: T201
    sys.exit(1 if state == "missing" and required() else 0)


def choose_language(page, code):
    """Follow the DSFR language selector to `code`, as a visitor does: on a
    phone, open the menu first (the selector sits in it), then the selector."""
    menu_button = page.locator("#header-menu-button")
    if menu_button.is_visible():
        menu_button.click()
    switch = page.locator(".lang-switch:visible")
    switch.locator(".fr-translate__btn").click()
    switch.locator(f"a[hreflang='{code}']").click()
