"""A change to the French source shows its English translation as out of date."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from presentation.models import ContentPage
from translations.status import (
    NOT_TRANSLATED,
    OUT_OF_DATE,
    UP_TO_DATE,
    page_translation_state,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def partnership():
    return ContentPage.objects.get(locale__language_code="fr", slug="le-partenariat")


def test_seeded_translations_start_up_to_date(fr_home, english):
    for page in [fr_home, *fr_home.get_descendants().specific()]:
        assert page_translation_state(page, english).state == UP_TO_DATE


def test_french_edit_marks_english_out_of_date(partnership, english):
    partnership.intro = "Une introduction réécrite par l'équipe de communication."
    revision = partnership.save_revision()
    revision.publish()
    partnership.refresh_from_db()

    status = page_translation_state(partnership, english)
    assert status.state == OUT_OF_DATE
    assert status.since == partnership.last_published_at


def test_sync_with_new_strings_stays_out_of_date_until_translated(partnership, english):
    partnership.intro = "Une introduction réécrite par l'équipe de communication."
    partnership.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(partnership)
    source.update_from_db()  # what "Sync translated pages" does

    assert page_translation_state(partnership, english).state == OUT_OF_DATE


def test_page_without_translation_is_not_translated(fr_home, english):
    page = ContentPage(title="Nouvelle page", slug="nouvelle-page")
    fr_home.add_child(instance=page)
    page.save_revision().publish()
    assert page_translation_state(page, english).state == NOT_TRANSLATED
