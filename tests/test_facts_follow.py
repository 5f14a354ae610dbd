"""Facts follow French at once: what Communication changes in the admin reaches
the English pages, programme, exports, sitemap and search at the next request,
without anyone pressing "Sync", and English text stays English."""

import json

import pytest
from wagtail.models import PageViewRestriction

from access.roles import COMMUNICATION
from presentation.models import ContentPage
from programme.models import Session, SessionSpeaker
from tests.factories import (
    en,
    make_member,
    make_session,
    make_speaker,
    make_theme,
    make_venue,
    paris,
)
from tests.test_admin import session_form
from tests.test_search import hrefs

pytestmark = pytest.mark.django_db

EDIT = "/admin/snippets/programme/session/edit/{}/"


@pytest.fixture
def communication(client):
    user = make_member(COMMUNICATION, "comms-facts")
    client.force_login(user)
    return user


def edit_session(client, session, capture, **changes):
    with capture(execute=True):
        response = client.post(
            EDIT.format(session.pk), session_form(session, **changes)
        )
    assert response.status_code == 302, response.content[:2000]


def english_json(client):
    response = client.get("/en/programme/json/")
    assert response.status_code == 200
    data = json.loads(response.content)
    return {item["title"]: item for item in data["sessions"]}


def english_search(client, words):
    """The addresses of the English search results."""
    return " ".join(hrefs(client.get("/en/search/", {"q": words})))


def test_a_session_moved_in_french_is_moved_in_english_at_once(
    client, communication, django_capture_on_commit_callbacks
):
    french = make_session(
        "Ouverture du sommet", "Summit opening", start=paris(7, 15), end=paris(7, 16)
    )
    edit_session(
        client,
        french,
        django_capture_on_commit_callbacks,
        start="2016-12-07 17:00",
        end="2016-12-07 18:00",
    )
    english = french.get_translation(en())
    assert english.title == "Summit opening"  # English text untouched
    assert english.local_start.hour == 17
    item = english_json(client)["Summit opening"]
    assert item["start"] == "2016-12-07T17:00:00+01:00"
    page = client.get(f"/en/programme/{english.slug}/").content.decode()
    assert "5:00" in page or "17:00" in page
    assert "3:00" not in page and "15:00" not in page
    ics = client.get("/en/programme/ics/").content.decode()
    assert "20161207T170000" in ics and "20161207T150000" not in ics


def test_a_french_session_set_back_to_draft_leaves_english_everywhere(
    client, communication, django_capture_on_commit_callbacks
):
    french = make_session("Atelier zqfacts", "Workshop zqfacts")
    english = french.get_translation(en())
    url = f"/en/programme/{english.slug}/"
    assert client.get(url).status_code == 200
    assert english.slug in english_search(client, "zqfacts")

    edit_session(client, french, django_capture_on_commit_callbacks, status="draft")

    english.refresh_from_db()
    assert english.status == Session.DRAFT
    assert client.get(url).status_code == 404
    assert "zqfacts" not in client.get("/en/programme/?day=all").content.decode()
    assert "Workshop zqfacts" not in english_json(client)
    assert english.slug not in client.get("/sitemap.xml").content.decode()
    assert english.slug not in english_search(client, "zqfacts")


def test_a_cancelled_french_session_is_cancelled_in_english(
    client, communication, django_capture_on_commit_callbacks
):
    french = make_session("Table ronde", "Round table")
    edit_session(client, french, django_capture_on_commit_callbacks, status="cancelled")
    assert english_json(client)["Round table"]["status"] == "cancelled"


def test_theme_venue_and_speakers_follow_in_order(django_capture_on_commit_callbacks):
    first, second = make_speaker("Axelle Lemaire"), make_speaker("Manish Bapna")
    french = make_session("Dialogue", "Dialogue EN", speakers=[first, second])
    theme, venue = make_theme("Climat", "Climate"), make_venue("Salle 2", "Room 2")
    newcomer = make_speaker("Jean-Vincent Placé")
    with django_capture_on_commit_callbacks(execute=True):
        french.theme, french.venue = theme, venue
        french.save()
        links = list(french.session_speakers.order_by("sort_order"))
        links[0].sort_order, links[1].sort_order = 1, 0
        for link in links:
            link.save()
        SessionSpeaker.objects.create(session=french, speaker=newcomer, sort_order=2)
    english = french.get_translation(en())
    assert english.theme == theme.get_translation(en())
    assert english.venue == venue.get_translation(en())
    names = [
        (link.speaker.name, link.speaker.locale_id)
        for link in english.session_speakers.order_by("sort_order")
    ]
    assert names == [
        ("Manish Bapna", en().pk),
        ("Axelle Lemaire", en().pk),
        ("Jean-Vincent Placé", en().pk),
    ]


def test_a_theme_chosen_without_english_gets_one(django_capture_on_commit_callbacks):
    from programme.models import Theme

    french = make_session("Séance", "Sitting")
    new_theme = Theme.objects.create(locale=french.locale, name="Données")
    with django_capture_on_commit_callbacks(execute=True):
        french.theme = new_theme
        french.save()
    english = french.get_translation(en())
    assert english.theme.locale == en()
    assert english.theme.translation_key == new_theme.translation_key


# Pages --------------------------------------------------------------------


def partnership():
    french = ContentPage.objects.get(slug="le-partenariat")
    return french, french.get_translation(en()).specific


def test_a_french_page_made_private_is_private_in_english(
    client, communication, django_capture_on_commit_callbacks
):
    french, english = partnership()
    assert client.get("/en/the-partnership/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/{french.pk}/privacy/",
            {"restriction_type": "password", "password": "s3cret-2016"},
        )
    assert response.status_code == 200, response.content[:500]
    client.logout()
    body = client.get("/en/the-partnership/").content.decode()
    assert 'name="password"' in body
    assert "/en/the-partnership/" not in client.get("/sitemap.xml").content.decode()
    restriction = PageViewRestriction.objects.get(page=english)
    assert restriction.restriction_type == "password"

    client.force_login(communication)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{french.pk}/privacy/", {"restriction_type": "none"})
    client.logout()
    assert not PageViewRestriction.objects.filter(page=english).exists()
    assert client.get("/en/the-partnership/").status_code == 200


def test_a_french_page_unpublished_is_unpublished_in_english(
    client, communication, django_capture_on_commit_callbacks
):
    french, english = partnership()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{french.pk}/unpublish/")
    assert response.status_code == 302
    english.refresh_from_db()
    assert not english.live
    client.logout()
    assert client.get("/en/the-partnership/").status_code == 404
    assert "/en/the-partnership/" not in client.get("/sitemap.xml").content.decode()


def test_page_facts_are_published_in_english_keeping_a_draft_in_progress(
    communication, django_capture_on_commit_callbacks
):
    french, english = partnership()
    english.title = "Partnership (translator's draft)"
    english.save_revision()
    english.refresh_from_db()
    assert english.has_unpublished_changes
    assert french.show_in_menus
    french.show_in_menus = False
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision(user=communication).publish(user=communication)
    english.refresh_from_db()
    assert english.live and not english.show_in_menus
    assert english.title != "Partnership (translator's draft)"  # live text kept
    assert english.live_revision.as_object().show_in_menus is False
    # The translator's draft is still the latest revision, with the new fact.
    assert english.has_unpublished_changes
    draft = english.latest_revision.as_object()
    assert draft.title == "Partnership (translator's draft)"
    assert draft.show_in_menus is False


def test_an_english_page_cannot_be_published_while_french_is_not(
    communication, django_capture_on_commit_callbacks
):
    french, english = partnership()
    french.unpublish()
    english.refresh_from_db()
    assert not english.live
    english.save_revision().publish()
    english.refresh_from_db()
    assert not english.live


# Translators cannot make facts differ -----------------------------------------


def test_a_translator_changing_a_fact_in_english_gets_the_french_fact_back(
    client, django_capture_on_commit_callbacks
):
    from access.roles import TRANSLATORS

    french = make_session("Plénière", "Plenary", start=paris(8, 9), end=paris(8, 10))
    english = french.get_translation(en())
    client.force_login(make_member(TRANSLATORS, "tr-facts"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            EDIT.format(english.pk),
            session_form(
                english,
                title="Plenary session",
                start="2016-12-08 20:00",
                end="2016-12-08 21:00",
                status="draft",
            ),
        )
    assert response.status_code == 302, response.content[:2000]
    english.refresh_from_db()
    assert english.title == "Plenary session"  # text is the translator's
    assert english.local_start.hour == 9 and english.status == Session.SCHEDULED


def test_the_translation_editor_offers_translators_no_page_actions(client):
    from html import unescape

    from access.roles import TRANSLATORS

    _french, english = partnership()
    client.force_login(make_member(TRANSLATORS, "tr-menus"))
    body = unescape(client.get(f"/admin/pages/{english.pk}/edit/").content.decode())
    for permission in ("canDelete", "canUnpublish", "canLock"):
        assert f'"{permission}": false' in body
    assert '[data-w-action-url-value$="/disable/"]' in body  # hidden
    assert "Convert to alias" not in body


def test_sync_facts_repairs_translations_changed_without_signals():
    from io import StringIO

    from django.core.management import call_command

    french = make_session("Clôture", "Closing", start=paris(9, 16), end=paris(9, 17))
    # A bulk update sends no signal: English kept the old time and status.
    Session.objects.filter(pk=french.pk).update(
        start=paris(9, 18), end=paris(9, 19), status=Session.CANCELLED
    )
    english = french.get_translation(en())
    assert english.local_start.hour == 16
    call_command("sync_facts", stdout=StringIO())
    english.refresh_from_db()
    assert english.local_start.hour == 18 and english.status == Session.CANCELLED
    assert english.title == "Closing"
