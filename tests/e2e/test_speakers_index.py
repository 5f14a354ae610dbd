"""The speakers index in a real browser, in both languages: every speaker of
the demo programme, filtered by initial (links) and by country (a form that
works without JavaScript), each leading to the speaker's page; axe-core finds
no WCAG 2.1 A/AA violation."""

import re

import pytest

from tests.e2e.support import assert_no_axe_violations, expect

pytestmark = pytest.mark.e2e

URLS = {"fr": "/fr/programme/intervenants/", "en": "/en/programme/speakers/"}
COUNT = re.compile(r"(\d+)")


def count(page):
    return int(COUNT.search(page.locator(".results-count").inner_text()).group(1))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_speakers_index_filters_and_leads_to_each_speaker(page, lang):
    page.goto(URLS[lang])
    expect(page.locator("html")).to_have_attribute("lang", lang)
    total = count(page)
    assert total > 1
    assert page.locator(".speaker-card").count() == total
    assert_no_axe_violations(page)

    page.locator(".initials a").nth(1).click()
    expect(page).to_have_url(re.compile(r"\?initial="))
    by_initial = count(page)
    assert 0 < by_initial < total

    page.goto(URLS[lang])
    country = page.locator("#speakers-country option").nth(1).get_attribute("value")
    page.select_option("#speakers-country", country)
    page.locator(".filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"country="))
    cards = page.locator(".speaker-card")
    assert 0 < cards.count() <= total
    for index in range(cards.count()):
        expect(cards.nth(index).locator(".fr-card__desc")).to_contain_text(country)

    cards.first.locator(".speaker-card__name a").click()
    expect(page).to_have_url(re.compile(re.escape(URLS[lang]) + r"[-\w]+/$"))
    expect(page.locator("h1")).to_have_count(1)
