"""Syncing a translation also translates snippets newly chosen on the source."""

import pytest
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

from access.roles import COMMUNICATION
from programme.models import Session, Theme
from tests.factories import en, fr, make_member, make_theme, paris

pytestmark = pytest.mark.django_db


def test_sync_translates_a_newly_chosen_theme(
    client, django_capture_on_commit_callbacks
):
    user = make_member(COMMUNICATION, "sync-comms")
    old_theme = make_theme("Transparence", "Transparency")
    session = Session.objects.create(
        locale=fr(),
        title="Séance",
        slug="seance",
        format="pitch",
        theme=old_theme,
        start=paris(7, 9),
        end=paris(7, 10),
        status="scheduled",
    )
    TranslationCreator(user, [en()]).create_translations(session)
    assert session.get_translation(en()).theme == old_theme.get_translation(en())

    new_theme = Theme.objects.create(locale=fr(), name="Climat", colour="green")
    session.theme = new_theme
    with django_capture_on_commit_callbacks(execute=True):
        session.save()
    source = TranslationSource.objects.get_for_instance(session)

    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
        )
    assert response.status_code == 302
    english_theme = new_theme.get_translation(en())
    assert session.get_translation(en()).theme == english_theme
