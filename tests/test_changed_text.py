"""Changed French text: English keeps its English live, the item is out of
date at once, and the translator finds the changed segment in the editor with
the previous English offered, without anyone pressing "Sync"."""

import json
from html import unescape
from urllib.parse import urlencode

import pytest
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from access.roles import TRANSLATORS
from presentation.models import ContentPage
from tests.factories import en, make_member
from tests.helpers import text_of
from translations.previous import PREVIOUS_TOOL
from translations.status import OUT_OF_DATE, UP_TO_DATE, translation_state

pytestmark = pytest.mark.django_db

NEW_INTRO = "Une introduction réécrite par l'équipe de communication."


@pytest.fixture
def changed(django_capture_on_commit_callbacks):
    french = ContentPage.objects.get(slug="le-partenariat")
    english = french.get_translation(en()).specific
    old_english_intro = english.intro
    french.intro = NEW_INTRO
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision().publish()
    french.refresh_from_db()
    english.refresh_from_db()
    return french, english, old_english_intro


def test_english_keeps_its_english_and_is_out_of_date(client, changed):
    french, english, old_intro = changed
    assert english.intro == old_intro
    assert NEW_INTRO not in client.get("/en/the-partnership/").content.decode()
    state = translation_state(french, en())
    assert state.state == OUT_OF_DATE
    assert state.since == french.last_published_at


def test_the_previous_english_is_offered_for_the_changed_segment(changed):
    french, english, old_intro = changed
    segment = StringSegment.objects.get(
        source__object_id=french.translation_key, string__data=NEW_INTRO
    )
    suggestion = StringTranslation.objects.get(
        translation_of=segment.string, context=segment.context, locale=en()
    )
    assert suggestion.data == old_intro
    assert suggestion.tool_name == PREVIOUS_TOOL


def test_translator_reviews_and_publishes_without_communication(
    client, changed, django_capture_on_commit_callbacks
):
    french, english, _old = changed
    client.force_login(make_member(TRANSLATORS, "tr-changed"))
    editor = client.get(f"/admin/pages/{english.pk}/edit/")
    assert editor.status_code == 200
    props = unescape(editor.content.decode())
    assert json.dumps(NEW_INTRO)[1:-1] in props  # the new French is there
    assert PREVIOUS_TOOL in props  # the suggestion says it needs review
    # The translator saves the segment (Localize's editor API), then publishes.
    segment = StringSegment.objects.get(
        source__object_id=french.translation_key, string__data=NEW_INTRO
    )
    translation = Translation.objects.get(source=segment.source, target_locale=en())
    response = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        urlencode({"value": "An introduction rewritten by the communication team."}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200, response.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/{english.pk}/edit/", {"action": "publish"}
        )
    assert response.status_code == 302
    body = text_of(client.get("/en/the-partnership/"))
    assert "An introduction rewritten by the communication team." in body
    assert translation_state(french, en()).state == UP_TO_DATE


def test_what_changed_shows_old_and_new_french_and_the_english(client, changed):
    from wagtail_localize.models import TranslationSource

    from tests.helpers import soup

    french, english, old_intro = changed
    source = TranslationSource.objects.get(
        object_id=french.translation_key, locale=french.locale
    )
    old_french = (
        StringTranslation.objects.filter(
            locale=en(), context__path="intro", data=old_intro
        )
        .exclude(tool_name=PREVIOUS_TOOL)
        .get()
        .translation_of.data
    )
    client.force_login(make_member(TRANSLATORS, "tr-what"))
    report = soup(client.get("/admin/translation-status/", {"state": "out_of_date"}))
    link = report.find("a", href=f"/admin/translation-status/changes/{source.pk}/en/")
    assert link is not None
    page = soup(client.get(link["href"]))
    cells = [
        [td.get_text(" ", strip=True) for td in tr.find_all("td")]
        for tr in page.select("tbody tr")
    ]
    assert ["intro", old_french, NEW_INTRO] == cells[0][:3]
    assert cells[0][3].startswith(old_intro)
    assert page.find("a", href=f"/admin/pages/{english.pk}/edit/")


def test_the_report_searches_titles_and_counts_each_state(client, changed):
    from tests.helpers import soup

    client.force_login(make_member(TRANSLATORS, "tr-search"))
    response = client.get("/admin/translation-status/", {"q": "partenariat"})
    rows = list(response.context["object_list"])
    assert rows and all("partenariat" in str(r.title).casefold() for r in rows)
    counts = {link["state"]: link["count"] for link in response.context["state_links"]}
    assert counts[OUT_OF_DATE] == 1 and counts[None] == len(rows)
    assert soup(response).find("input", attrs={"name": "q"})


def test_the_editor_links_to_what_changed(client, changed):
    from wagtail_localize.models import TranslationSource

    from tests.helpers import soup

    french, english, _old = changed
    source = TranslationSource.objects.get(
        object_id=french.translation_key, locale=french.locale
    )
    client.force_login(make_member(TRANSLATORS, "tr-editor-link"))
    editor = soup(client.get(f"/admin/pages/{english.pk}/edit/"))
    assert editor.find("a", href=f"/admin/translation-status/changes/{source.pk}/en/")


def test_a_session_title_changed_in_french_waits_for_its_translator(
    client, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import TranslationSource

    from access.roles import COMMUNICATION
    from tests.factories import make_session
    from tests.test_admin import session_form

    comms = make_member(COMMUNICATION, "comms-session-text")
    french = make_session("Budget ouvert", english_title=False)
    source, _created = TranslationSource.get_or_create_from_instance(french)
    translation = Translation.objects.create(source=source, target_locale=en())
    for segment in StringSegment.objects.filter(source=translation.source):
        StringTranslation.objects.create(
            translation_of=segment.string,
            context=segment.context,
            locale=en(),
            data="data-session" if segment.context.path == "slug" else "Open budget",
            translation_type="manual",
        )
    translation.save_target(publish=True)
    english = french.get_translation(en())
    assert translation_state(french, en()).state == UP_TO_DATE

    client.force_login(comms)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/snippets/programme/session/edit/{french.pk}/",
            session_form(french, title="Budget ouvert et participatif"),
        )
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.title == "Open budget"  # English stays English
    assert translation_state(french, en()).state == OUT_OF_DATE
    segment = StringSegment.objects.get(
        source=translation.source, string__data="Budget ouvert et participatif"
    )
    suggestion = StringTranslation.objects.get(
        translation_of=segment.string, locale=en(), context=segment.context
    )
    assert (suggestion.data, suggestion.tool_name) == ("Open budget", PREVIOUS_TOOL)


def test_a_block_removed_in_french_leaves_english_at_once_in_english(
    client, django_capture_on_commit_callbacks
):
    french = ContentPage.objects.get(slug="le-partenariat")
    english = french.get_translation(en()).specific
    assert len(french.body) >= 2 and len(english.body) == len(french.body)
    removed_english = str(english.body[-1].render())
    del french.body[-1]
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision().publish()
    english.refresh_from_db()
    assert len(english.body) == len(french.body)
    assert english.live and english.title == "The Partnership"
    body = text_of(client.get("/en/the-partnership/"))
    assert " ".join(removed_english.split())[:40] not in body
    assert translation_state(french, en()).state == UP_TO_DATE


def test_sync_with_publish_never_puts_french_on_the_english_page(
    client, django_capture_on_commit_callbacks
):
    """Localize's "Sync" with "Publish immediately" would publish every string
    not translated yet in French: the guard syncs without publishing then."""
    from django.contrib.messages import get_messages
    from wagtail_localize.models import TranslationSource

    from access.roles import COMMUNICATION

    french = ContentPage.objects.get(slug="le-partenariat")
    assert not french.seo_title
    french.seo_title = "Un titre toute neuve, en français"
    with django_capture_on_commit_callbacks(execute=True):
        french.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(french)
    client.force_login(make_member(COMMUNICATION, "sync-publish-comms"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
        )
    assert response.status_code == 302
    english = french.get_translation(en()).specific
    assert english.seo_title != french.seo_title
    page = client.get("/en/the-partnership/").content.decode()
    assert "toute neuve" not in page
    shown = [str(m) for m in get_messages(response.wsgi_request)]
    assert any(
        "not published" in message or "pas publiée" in message for message in shown
    ), shown
