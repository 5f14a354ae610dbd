"""News in a real browser, in both languages: the index lists the demo
articles (labelled as demo), filters by kind without JavaScript and leads to
an article; axe-core finds no WCAG 2.1 A/AA violation on either page."""

import re

import pytest

from tests.e2e.support import assert_no_axe_violations, expect

pytestmark = pytest.mark.e2e

URLS = {"fr": "/fr/actualites/", "en": "/en/news/"}
DEMO = {"fr": "Contenu de démonstration", "en": "Demo content"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_news_index_and_article(page, lang):
    page.goto(URLS[lang])
    expect(page.locator("html")).to_have_attribute("lang", lang)
    cards = page.locator(".news-card")
    expect(cards).to_have_count(3)
    expect(cards.first.locator(".badge--demo")).to_have_text(DEMO[lang])
    assert_no_axe_violations(page)

    page.select_option("#news-kind", "press_release")
    page.locator(".filters button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"kind=press_release"))
    expect(cards).to_have_count(1)

    cards.first.locator(".news-card__title a").click()
    expect(page).to_have_url(re.compile(re.escape(URLS[lang]) + r"[-\w]+/$"))
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("main .badge--demo")).to_have_text(DEMO[lang])
    assert_no_axe_violations(page)
