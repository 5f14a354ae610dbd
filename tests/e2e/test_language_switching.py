"""The language switcher on a phone (375 px) keeps what the visitor was
looking at: the programme's filters (the theme as the other language's
theme) and the registration form of the Open Government Week."""

import re

import pytest

from tests.e2e.support import choose_language, expect

pytestmark = pytest.mark.e2e

OPEN_REGISTRATION = """
import datetime
from django.utils import timezone
from home.models import SummitCalendar
now = timezone.now()
SummitCalendar.objects.update(
    week_registration_opens_at=now - datetime.timedelta(days=1),
    week_registration_closes_at=now + datetime.timedelta(days=30),
)
print("ok")
"""


def chosen(page, name):
    return page.locator(f'select[name="{name}"] option:checked')


def test_switching_a_filtered_programme_keeps_its_filters(new_page):
    page = new_page(width=375)
    page.goto("/fr/programme/")
    theme = page.locator('select[name="theme"] option').nth(1)
    french_theme = theme.inner_text().strip()
    page.select_option('select[name="theme"]', label=french_theme)
    page.select_option('select[name="language"]', value="en")
    page.locator("form.filters button[type='submit']").click()
    # Each change fetches the results; the first answer (theme only) can land
    # before the last, so wait for the one carrying both filters.
    expect(page).to_have_url(re.compile(r"(?=.*theme=\d+)(?=.*language=en)"))
    expect(page.locator("[data-programme-results]")).not_to_have_attribute(
        "aria-busy", "true"
    )
    french_count = page.locator(".programme__count").inner_text()

    choose_language(page, "en")
    expect(page).to_have_url(re.compile(r"/en/programme/\?.*theme=\d+"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    english_theme = chosen(page, "theme").inner_text().strip()
    assert english_theme and english_theme != "All themes"
    expect(chosen(page, "language")).to_have_attribute("value", "en")
    # The same sessions, counted in English.
    assert re.search(r"\d+", page.locator(".programme__count").inner_text()).group(
        0
    ) == re.search(r"\d+", french_count).group(0)

    choose_language(page, "fr")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(chosen(page, "theme")).to_have_text(french_theme)


def test_switching_the_registration_form_lands_on_the_registration_form(
    new_page, e2e_shell
):
    assert "ok" in e2e_shell(OPEN_REGISTRATION)
    page = new_page(width=375)
    page.goto("/fr/semaine-du-gouvernement-ouvert/inscrire/")
    expect(page.locator("#id_title")).to_be_visible()
    choose_language(page, "en")
    expect(page).to_have_url(re.compile(r"/en/open-government-week/register/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#id_title")).to_be_visible()
    choose_language(page, "fr")
    expect(page).to_have_url(
        re.compile(r"/fr/semaine-du-gouvernement-ouvert/inscrire/$")
    )
