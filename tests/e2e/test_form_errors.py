"""The public forms' error summary and counters in a real browser, at phone
width: after a failed submission the summary is in view and focused (with
and without scripts), counters follow typing without cutting anything, and
the time zone follows the country."""

import pytest

from tests.e2e.support import expect
from tests.e2e.test_participation import FORMS, open_forms  # noqa: F401

pytestmark = pytest.mark.e2e

WORDS = {
    "fr": {"left": "Caractères restants\u00a0: 195", "over": "Caractères en trop"},
    "en": {"left": "Characters left: 195", "over": "Characters over the limit"},
}


def send_empty(page, lang):
    page.goto(FORMS[lang]["proposal"])
    page.get_by_role("button", name=FORMS[lang]["send_proposal"]).click()
    page.wait_for_load_state("load")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("scripts", [True, False], ids=["js", "no-js"])
def test_the_error_summary_takes_focus_at_phone_width(
    new_page,
    open_forms,  # noqa: F811
    lang,
    scripts,
):
    page = new_page(width=375, java_script_enabled=scripts)
    send_empty(page, lang)
    summary = page.locator("#form-errors")
    expect(summary).to_be_focused()
    expect(summary).to_be_in_viewport()
    # The first link leads to the first field of the form, its title.
    expect(summary.locator("a").first).to_have_attribute("href", "#id_title")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_counter_follows_typing_and_cuts_nothing(
    new_page,
    open_forms,  # noqa: F811
    lang,
):
    page = new_page(width=375)
    page.goto(FORMS[lang]["proposal"])
    counter = page.locator("#id_title_counter")
    title = page.locator("#id_title")
    title.press_sequentially("Agora")
    expect(counter).to_have_text(WORDS[lang]["left"])
    title.fill("x" * 205)
    expect(counter).to_contain_text(WORDS[lang]["over"])
    expect(counter).to_contain_text("5")
    # Nothing was cut: the visitor chooses what to remove.
    assert len(title.input_value()) == 205
    # The live region speaks once typing pauses.
    expect(page.locator("#id_title_counter + [aria-live]")).to_contain_text(
        WORDS[lang]["over"], timeout=3000
    )


def test_the_time_zone_follows_the_country(new_page, open_forms):  # noqa: F811
    page = new_page(width=375)
    page.goto(FORMS["en"]["event"])
    page.select_option("#id_country", "MX")
    expect(page.locator("#id_timezone")).to_have_value("America/Mexico_City")
    page.select_option("#id_timezone", "America/Cancun")
    page.select_option("#id_country", "SN")
    # Chosen by hand: kept.
    expect(page.locator("#id_timezone")).to_have_value("America/Cancun")
