"""Translators export a translation as a PO file and import it back."""

import io

import polib
import pytest
from wagtail_localize.models import Translation, TranslationSource

from access.roles import TRANSLATORS
from presentation.models import ContentPage
from tests.factories import en, make_member, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def translator(client):
    user = make_member(TRANSLATORS, "po-translator")
    client.force_login(user)
    return user


def translation_of(instance):
    source = TranslationSource.objects.get_for_instance(instance)
    return Translation.objects.get(source=source, target_locale=en())


def round_trip(client, translation, change):
    url = f"/admin/localize/translate/{translation.pk}/pofile/"
    response = client.get(url + "download/")
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    for entry in po:
        change(entry)
    upload = io.BytesIO(str(po).encode())
    upload.name = "translation.po"
    return client.post(url + "upload/", {"file": upload, "next": "/admin/"})


def test_page_po_round_trip_changes_the_english_text(client, translator):
    french = ContentPage.objects.get(slug="le-partenariat")
    translation = translation_of(french)

    def change(entry):
        if entry.msgid == "Le Partenariat":
            entry.msgstr = "The Open Government Partnership"

    assert round_trip(client, translation, change).status_code == 302
    translation.save_target(publish=False)
    english = french.get_translation(en())
    english.get_latest_revision().publish()
    english.refresh_from_db()
    assert english.title == "The Open Government Partnership"
    assert (
        "The Open Government Partnership"
        in client.get("/en/the-partnership/").content.decode()
    )


def test_snippet_po_round_trip_changes_the_english_text(client, translator):
    from wagtail_localize.operations import TranslationCreator

    theme = make_theme("Climat", "Climate")
    theme.get_translation(en()).delete()
    TranslationCreator(None, [en()]).create_translations(theme)
    translation = translation_of(theme)

    def change(entry):
        if entry.msgid == "Climat":
            entry.msgstr = "Climate and environment"

    assert round_trip(client, translation, change).status_code == 302
    translation.save_target()
    assert theme.get_translation(en()).name == "Climate and environment"


@pytest.mark.parametrize(
    "upload",
    [None, b"not a po file \x00\xff", b'msgid ""\nmsgstr ""\n"Language: en\\n"\n'],
    ids=["no file", "garbage", "no translation id"],
)
def test_bad_po_upload_is_refused_with_a_message(client, translator, upload):
    french = ContentPage.objects.get(slug="le-partenariat")
    translation = translation_of(french)
    before = list(translation.source.stringsegment_set.values_list("pk", flat=True))
    data = {"next": "/admin/"}
    if upload is not None:
        data["file"] = io.BytesIO(upload)
        data["file"].name = "bad.po"
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/", data, follow=True
    )
    assert response.status_code == 200
    messages = [str(m) for m in response.context["messages"]]
    assert messages and all("PO" in m or "po" in m for m in messages), messages
    english = french.get_translation(en())
    assert english.title == "The Partnership"
    assert (
        list(translation.source.stringsegment_set.values_list("pk", flat=True))
        == before
    )
