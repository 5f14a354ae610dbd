"""The demo programme: loaded in French with English Localize translations."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from programme.models import Session, Speaker
from programme.seed.loader import DemoProgrammeLoader
from tests.helpers import soup
from tests.test_search import EN, FR, groups, search

pytestmark = pytest.mark.django_db


@pytest.mark.engine  # what it indexes for the search
def test_demo_programme_is_bilingual_labelled_indexed_and_idempotent(client):
    created = DemoProgrammeLoader().run()
    assert created == 75
    assert DemoProgrammeLoader().run() == 0
    english = Locale.objects.get(language_code="en")
    french_sessions = Session.objects.filter(locale__language_code="fr")
    assert french_sessions.count() == 40
    assert Session.objects.filter(locale=english).count() == 40
    assert set(french_sessions.values_list("format", flat=True)) == {
        "conference",
        "workshop",
        "pitch",
        "external",
    }
    assert french_sessions.filter(status=Session.CANCELLED).count() == 2
    assert not Session.objects.filter(is_demo=False).exists()
    assert not Speaker.objects.filter(is_demo=False).exists()

    # English sessions point at English themes, rooms and speakers.
    for session in Session.objects.filter(locale=english).select_related("theme"):
        assert session.theme.locale_id == english.pk
        assert all(
            link.speaker.locale_id == english.pk
            for link in session.session_speakers.all()
        )
        source = TranslationSource.objects.get_for_instance(
            session.get_translation(Locale.get_default())
        )
        total, done = Translation.objects.get(
            source=source, target_locale=english
        ).get_progress()
        assert done == total

    html = soup(client.get("/en/programme/?day=all"))
    assert len(html.select(".session")) == 40
    assert len(html.select(".session--demo")) == 40
    assert all("Demo · " in row.get_text() for row in html.select(".session"))
    assert html.select(".session--cancelled")

    # The loader saves each object (signals index it), translations included.
    assert groups(search(client, FR, "gouvernement"))["sessions"]
    assert groups(search(client, EN, "government"))["sessions"]
    demo_speaker = Speaker.objects.filter(is_demo=True, locale=english).first()
    found = groups(search(client, EN, demo_speaker.name))
    assert any(title == demo_speaker.name for _href, title in found["speakers"])


def test_generate_sessions_builds_bilingual_volume(client):
    from django.core.management import call_command

    call_command(
        "generate_sessions", sessions=60, speakers=12, stdout=open("/dev/null", "w")
    )  # noqa: SIM115
    assert Session.objects.filter(locale__language_code="fr").count() == 60
    english = Session.objects.filter(locale__language_code="en")
    assert english.count() == 60
    assert all(s.theme.locale.language_code == "en" for s in english[:5])
    assert Speaker.objects.filter(locale__language_code="en").count() == 12
    whole = soup(client.get("/en/programme/?day=all"))
    assert len(whole.select(".session")) == 60
