"""A translator's path: translate strings, publish the English side only."""

import pytest
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import TranslationCreator

from access.roles import COMMUNICATION, TRANSLATORS
from presentation.models import ContentPage
from tests.factories import en, fr, make_member, make_session

pytestmark = pytest.mark.django_db


def translate_string(instance, french, english):
    source = TranslationSource.objects.get_for_instance(instance)
    segment = StringSegment.objects.get(source=source, string__data=french)
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=en(),
        context=segment.context,
        defaults={"data": english, "translation_type": "manual"},
    )
    return Translation.objects.get(source=source, target_locale=en())


def test_translator_publishes_an_english_page(
    client, django_capture_on_commit_callbacks
):
    french = ContentPage.objects.get(slug="le-partenariat")
    translate_string(french, "Le Partenariat", "About the Partnership")
    english = french.get_translation(en())
    client.force_login(make_member(TRANSLATORS, "tr"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/{english.pk}/edit/", {"action": "publish"}
        )
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.title == "About the Partnership" and english.live
    assert (
        "About the Partnership" in client.get("/en/the-partnership/").content.decode()
    )
    french.refresh_from_db()
    assert french.title == "Le Partenariat"


def test_communication_starts_a_translation_as_a_draft(client, fr_home):
    page = ContentPage(title="Ateliers", slug="ateliers")
    fr_home.add_child(instance=page)
    page.save_revision().publish()
    client.force_login(make_member(COMMUNICATION, "comms"))
    response = client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [en().pk]}
    )
    assert response.status_code == 302
    english = page.get_translation(en())
    # A draft: French strings never go live on the English site by themselves.
    assert not english.live
    assert client.get("/en/ateliers/").status_code == 200  # the French fallback


def test_translator_cannot_start_translations(client, fr_home):
    page = ContentPage(title="Ateliers", slug="ateliers")
    fr_home.add_child(instance=page)
    page.save_revision().publish()
    client.force_login(make_member(TRANSLATORS, "tr"))
    response = client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [en().pk]}
    )
    assert response.status_code in (302, 403)
    assert not page.has_translation(en())


def test_english_slug_conflict_gives_a_clear_error(client):
    first = make_session("Première", english_title=False)
    second = make_session("Seconde", english_title=False)
    user = make_member(COMMUNICATION, "comms2")
    for session in (first, second):
        TranslationCreator(user, [en()]).create_translations(session)
    translation = translate_string(first, "premiere", "opening")
    translation.save_target()
    assert first.get_translation(en()).slug == "opening"

    translation = translate_string(second, "seconde", "opening")
    client.force_login(make_member(TRANSLATORS, "tr"))
    english_second = second.get_translation(en())
    response = client.post(
        f"/admin/snippets/programme/session/edit/{english_second.pk}/",
        {"action": "publish"},
        follow=True,
    )
    messages = " ".join(str(m) for m in response.context["messages"])
    assert "erreurs de validation" in messages  # the admin speaks French here
    # The translation editor shows the reason beside the slug field.
    slug_translation = StringTranslation.objects.get(
        translation_of__data="seconde", locale=en()
    )
    assert "a déjà ce slug" in slug_translation.field_error
    english_second.refresh_from_db()
    assert english_second.slug == "seconde"
    assert fr().pk == second.locale_id
