"""The national action plan's commitments in a real browser, in both languages
and at 375 and 1280 px: listed by axis, the axis menu and the anchors land on
the right place, a commitment leads to its sessions and a session back to the
commitment's anchor; axe-core finds no WCAG 2.1 A/AA violation."""

import re

import pytest

from presentation.seed.commitments import COMMITMENTS
from tests.e2e.support import assert_no_axe_violations, expect

pytestmark = pytest.mark.e2e

PLAN = {"fr": "/fr/l-action-de-la-france/", "en": "/en/frances-action/"}
WORDS = {"fr": ("axe", "engagement"), "en": ("axis", "commitment")}
TITLES = {"fr": "Engagements liés", "en": "Related commitments"}


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_commitments_by_axis_with_anchors_and_sessions(new_page, lang, width):
    axis, commitment = WORDS[lang]
    page = new_page(width=width)
    page.goto(PLAN[lang])
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("li.commitment")).to_have_count(len(COMMITMENTS))
    expect(page.locator("section.axis")).to_have_count(5)
    assert_no_axe_violations(page, f"{lang} {width}px")

    # The axis menu jumps to the last axis.
    page.locator(".commitments__axes a").nth(4).click()
    expect(page).to_have_url(re.compile(rf"#{axis}-5$"))
    expect(page.locator(f"#{axis}-5 h3")).to_be_in_viewport()

    # A commitment's session, and from the session back to the commitment.
    procurement = page.locator(f"#{commitment}-2")
    session_link = procurement.locator(".commitment__sessions a").first
    session_title = session_link.inner_text()
    session_link.click()
    expect(page.locator("h1")).to_have_text(session_title)
    related = page.locator("section[aria-labelledby=commitments-title]")
    expect(related.locator("h2")).to_have_text(TITLES[lang])
    related.locator("a").first.click()
    expect(page).to_have_url(re.compile(re.escape(PLAN[lang]) + rf"#{commitment}-2$"))
    expect(page.locator(f"#{commitment}-2 h4")).to_be_in_viewport()
