"""The browser fixtures catch what must fail a test."""

import re

import pytest

from tests.e2e.support import describe_axe_results, run_axe

pytestmark = pytest.mark.e2e


def test_page_fixture_records_errors_failed_requests_and_other_sites(
    page, browser_problems
):
    page.goto("/en/")
    page.evaluate("console.error('boom')")
    page.evaluate("setTimeout(() => { throw new Error('uncaught'); })")
    page.evaluate("fetch('/static/missing.css').catch(() => null)")
    page.evaluate("fetch('http://192.0.2.1:9/').catch(() => null)")
    page.wait_for_timeout(500)
    found = "\n".join(browser_problems.problems)
    assert "console error: boom" in found
    assert "page error: uncaught" in found
    assert "HTTP 404: " in found and "/static/missing.css" in found
    # Reported as a request to another site, or as the console error of the
    # content security policy blocking it.
    assert "http://192.0.2.1:9/" in found
    browser_problems.problems.clear()  # expected here: do not fail the test


def test_an_expected_error_status_can_be_allowed(page, browser_problems):
    browser_problems.allow(404, "/fr/nulle-part/")
    assert page.goto("/fr/nulle-part/").status == 404
    page.wait_for_timeout(200)
    assert browser_problems.problems == []


def test_axe_reports_violations_readably(page):
    page.goto("/en/")
    page.evaluate(
        "document.querySelector('main').append(Object.assign("
        "document.createElement('img'), {src: '/static/img/og-default.png'}))"
    )
    results = run_axe(page)
    assert [rule["id"] for rule in results["violations"]] == ["image-alt"]
    report = describe_axe_results(results, where="on /en/")
    assert "1 axe-core violations rule(s) failing on /en/" in report
    assert "- image-alt (critical): Images must have alternative text" in report
    # The element's selector (axe makes it unique among the page's images).
    where = re.search(r"\n    at [^\n:]*img[^\n:]*: Fix any of the following:", report)
    assert where, report
