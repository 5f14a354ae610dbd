"""Presentation pages: commitments of the action plan, blocks, validation."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation
from wagtail.models import Locale

from home.blocks import CallToActionBlock
from home.models import SummitCalendar
from presentation.models import Commitment
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def commitments():
    fr = Locale.objects.get(language_code="fr")
    en = Locale.objects.get(language_code="en")
    first = Commitment.objects.create(
        locale=fr, number=1, title="Premier engagement", responsible_body="Ministère A"
    )
    second = Commitment.objects.create(locale=fr, number=2, title="Second engagement")
    english_first = first.copy_for_translation(en)
    english_first.title = "First commitment"
    english_first.responsible_body = "Ministry A"
    english_first.save()
    return first, second


def test_action_plan_page_lists_commitments_in_order(client, commitments):
    html = soup(client.get("/fr/l-action-de-la-france/"))
    items = html.select(".commitment")
    assert [li["value"] for li in items] == ["1", "2"]
    assert "Premier engagement" in items[0].get_text()
    assert "Ministère A" in items[0].get_text()


def test_untranslated_commitment_falls_back_to_french_marked_as_such(
    client, commitments
):
    html = soup(client.get("/en/frances-action/"))
    items = html.select(".commitment")
    assert "First commitment" in items[0].get_text()
    assert "Ministry A" in items[0].get_text()
    fallback_title = items[1].select_one(".commitment__title span[lang=fr]")
    assert fallback_title.get_text() == "Second engagement"
    assert not items[0].select("[lang=fr]")


def test_two_commitments_cannot_share_a_number_in_one_language(commitments):
    duplicate = Commitment(
        locale=Locale.objects.get(language_code="fr"), number=1, title="Doublon"
    )
    # The English message, whatever language an earlier test left active.
    with translation.override("en"), pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "already exists" in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_call_to_action_needs_exactly_one_destination():
    block = CallToActionBlock()
    value = block.to_python(
        {"title": "Titre", "link_label": "Lien", "page": None, "url": ""}
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_summit_end_cannot_precede_start():
    calendar = SummitCalendar.load()
    calendar.summit_end = datetime.date(2016, 12, 1)
    with pytest.raises(ValidationError) as error:
        calendar.full_clean()
    assert "summit_end" in error.value.message_dict


def test_home_page_cards_lead_to_each_section(client):
    html = soup(client.get("/en/"))
    cards = {a.get_text(strip=True): a["href"] for a in html.select(".card__title a")}
    assert cards == {
        "The Partnership": "/en/the-partnership/",
        "The 2016 Global Summit": "/en/the-2016-global-summit/",
        "Programme": "/en/programme/",
        "Open Government Week": "/en/open-government-week/",
        "France in OGP": "/en/frances-action/",
        "News": "/en/news/",
    }
    cta = html.select_one(".cta a")
    assert cta["href"] == "/en/the-2016-global-summit/"


def test_home_page_cards_show_each_sections_summary(client):
    html = soup(client.get("/en/"))
    programme = next(
        card
        for card in html.select(".card")
        if card.select_one(".card__title a").get_text(strip=True) == "Programme"
    )
    text = programme.select_one("p").get_text()
    # The page's summary (the "search description" of the Promote tab).
    assert text.startswith("The programme of the 2016 OGP Global Summit")
