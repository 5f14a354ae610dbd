"""The translation status report shows translators what to translate next."""

from datetime import datetime

import pytest
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslationSource,
)
from wagtail_localize.operations import TranslationCreator

from access.roles import COMMUNICATION, TRANSLATORS
from presentation.models import ContentPage
from programme.models import Session, Theme
from tests.factories import (
    bulk_sessions,
    make_member,
    make_session,
    make_speaker,
    make_theme,
    make_venue,
)
from tests.helpers import soup
from translations.status import (
    NOT_TRANSLATED,
    OUT_OF_DATE,
    PAGES,
    UP_TO_DATE,
    TranslationState,
    translation_state,
    translation_status,
)

pytestmark = pytest.mark.django_db

REPORT = "/admin/translation-status/"


def in_english(user):
    """The admin in English, whatever the default language: labels are stable."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def member_of(group_name, username):
    return in_english(make_member(group_name, username))


@pytest.fixture
def translator():
    return member_of(TRANSLATORS, "translator")


@pytest.fixture
def communication():
    return member_of(COMMUNICATION, "comms")


@pytest.fixture
def outsider():
    """May use the admin, but belongs to neither group."""
    user = User.objects.create_user("outsider", password="x")
    user.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    return user


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def french():
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def partnership():
    return ContentPage.objects.get(locale__language_code="fr", slug="le-partenariat")


def rows_of(response):
    return list(response.context["object_list"])


def row_for(rows, obj):
    found = [row for row in rows if row.object.translation_key == obj.translation_key]
    assert len(found) == 1, found
    return found[0]


def counts_of(response):
    return {link["state"]: link["count"] for link in response.context["state_links"]}


def translate_in_localize(obj, user, english, text="In English"):
    """Localize's translation of `obj`, every string translated."""
    TranslationCreator(user, [english]).create_translations(obj)
    source = TranslationSource.objects.get_for_instance(obj)
    for segment in StringSegment.objects.filter(source=source):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=english,
            context=segment.context,
            data=text,
        )
    return obj


def localize_theme(user, english):
    theme = Theme.objects.create(
        locale=Locale.get_default(), name="Accessibilité", colour="red"
    )
    return translate_in_localize(theme, user, english, "Accessibility")


def test_seed_content_starts_translated(client, translator, fr_home):
    rows = translation_status()
    pages = [row for row in rows if row.kind == PAGES]
    assert len(pages) == 1 + fr_home.get_descendants().count()
    assert {(row.state, row.percent) for row in rows} == {(UP_TO_DATE, 100)}

    client.force_login(translator)
    response = client.get(REPORT)
    assert response.status_code == 200
    assert counts_of(response) == {
        None: len(rows),
        OUT_OF_DATE: 0,
        NOT_TRANSLATED: 0,
        UP_TO_DATE: len(rows),
    }


def test_published_french_edit_shows_out_of_date_with_its_date(
    client, translator, partnership, english
):
    partnership.intro = "Une introduction réécrite par l'équipe de communication."
    partnership.save_revision().publish()
    partnership.refresh_from_db()

    client.force_login(translator)
    response = client.get(REPORT)
    row = row_for(rows_of(response), partnership)
    assert row.state == OUT_OF_DATE
    assert row.since == partnership.last_published_at
    assert rows_of(response)[0] == row  # the work to do comes first

    target = partnership.get_translation(english)
    editor = f"/admin/pages/{target.pk}/edit/"
    tr = soup(response).find("a", href=editor, string="Edit translation").parent
    tr = tr.find_parent("tr")
    cells = [td.get_text(" ", strip=True) for td in tr.find_all("td")]
    assert cells[:4] == [partnership.title, "Content page", "English", "Out of date"]
    assert datetime.fromisoformat(tr.find("time")["datetime"]) == row.since
    # The changed introduction waits for review: not counted as translated.
    assert cells[5] == f"{row.percent}%" and row.percent < 100
    assert tr.find("a", href=editor)  # the title leads to the editor too


def test_new_french_page_is_not_translated_with_a_link_to_translate_it(
    client, communication, translator, fr_home
):
    page = ContentPage(title="Nouvelle page", slug="nouvelle-page")
    fr_home.add_child(instance=page)
    page.save_revision().publish()

    client.force_login(communication)
    response = client.get(REPORT, {"state": NOT_TRANSLATED})
    [row] = rows_of(response)
    assert (row.object.pk, row.state, row.percent) == (page.pk, NOT_TRANSLATED, 0)
    submit = f"/admin/localize/submit/page/{page.pk}/?select_locale=en"
    assert soup(response).find("a", href=submit, string="Translate")
    assert client.get(submit).status_code == 200

    # Translators may not submit pages for translation: no dead link for them.
    client.force_login(translator)
    response = client.get(REPORT, {"state": NOT_TRANSLATED})
    assert not soup(response).find("a", href=submit)
    assert "Ask the communication team to submit it" in response.content.decode()


def test_french_snippet_edit_shows_out_of_date(client, translator, admin_user, english):
    theme = localize_theme(admin_user, english)
    assert translation_state(theme, english) == TranslationState(UP_TO_DATE)

    theme.name = "Accessibilité numérique"
    theme.save()
    edited_at = log(instance=theme, action="wagtail.edit", user=admin_user).timestamp

    client.force_login(translator)
    response = client.get(REPORT, {"kind": "programme.theme"})
    row = row_for(rows_of(response), theme)
    assert (row.state, row.since, row.percent) == (OUT_OF_DATE, edited_at, 100)
    target = theme.get_translation(english)
    assert soup(response).find(
        "a", href=f"/admin/snippets/programme/theme/edit/{target.pk}/"
    )


def test_snippet_change_outside_translated_fields_keeps_it_up_to_date(
    admin_user, english
):
    theme = localize_theme(admin_user, english)
    theme.save()  # nothing changed
    assert translation_state(theme, english).state == UP_TO_DATE
    theme.colour = "green"  # synchronised: the translation must follow
    theme.save()
    assert translation_state(theme, english).state == OUT_OF_DATE


def test_session_started_in_localize_is_out_of_date_until_translated(
    admin_user, english
):
    session = make_session(english_title=False, theme=make_theme())
    TranslationCreator(admin_user, [english]).create_translations(session)
    source = TranslationSource.objects.get_for_instance(session)

    [row] = translation_status(kinds=["programme.session"])
    assert (row.state, row.since, row.percent) == (
        OUT_OF_DATE,
        source.last_updated_at,
        0,
    )


def test_session_out_of_date_since_it_was_saved(admin_user, english):
    session = make_session(english_title=False, theme=make_theme())
    translate_in_localize(session, admin_user, english)
    session.refresh_from_db()
    session.save()  # bumps the iCalendar sequence only: nothing to translate
    assert translation_state(session, english) == TranslationState(UP_TO_DATE)

    session.title = "Une session renommée"
    session.save()
    session.refresh_from_db()
    assert translation_state(session, english) == TranslationState(
        OUT_OF_DATE, session.updated_at
    )


def test_snippet_translated_outside_localize_counts_as_translated(english):
    theme = make_theme()  # copy_for_translation, no Localize source
    [row] = translation_status(kinds=["programme.theme"])
    assert (row.object.pk, row.state, row.percent) == (theme.pk, UP_TO_DATE, 100)


def test_filters_by_state_kind_and_locale(client, translator, partnership):
    partnership.intro = "Réécrite."
    partnership.save_revision().publish()
    theme = make_theme()
    untranslated = Theme.objects.create(
        locale=Locale.get_default(), name="Jeunesse", colour="green"
    )
    client.force_login(translator)

    out_of_date = rows_of(client.get(REPORT, {"state": OUT_OF_DATE}))
    assert [row.object.pk for row in out_of_date] == [partnership.pk]

    themes = rows_of(client.get(REPORT, {"kind": "programme.theme"}))
    assert {(row.object.pk, row.state) for row in themes} == {
        (theme.pk, UP_TO_DATE),
        (untranslated.pk, NOT_TRANSLATED),
    }
    response = client.get(REPORT, {"kind": "programme.theme", "state": UP_TO_DATE})
    assert [row.object.pk for row in rows_of(response)] == [theme.pk]
    assert counts_of(response)[NOT_TRANSLATED] == 1  # counts follow kind, not state

    pages = rows_of(client.get(REPORT, {"kind": PAGES, "locale": "en"}))
    assert pages and {row.kind for row in pages} == {PAGES}
    # An unknown value is dropped, not an error (like the programme filters).
    everything = rows_of(client.get(REPORT, {"kind": "nope", "locale": "fr"}))
    assert len(everything) == len(translation_status())


def test_people_outside_the_two_groups_are_refused(
    client, outsider, communication, admin_user
):
    client.force_login(outsider)
    refused = client.get(REPORT)  # Wagtail's "permission denied": back home
    assert (refused.status_code, refused.url) == (302, "/admin/")
    assert client.get(f"{REPORT}results/").status_code == 302
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert REPORT not in dashboard.content.decode()  # no menu item, no panel

    for user in (communication, in_english(admin_user)):
        client.force_login(user)
        assert client.get(REPORT).status_code == 200


def test_dashboard_panel_shows_the_counts(client, translator, partnership, fr_home):
    partnership.intro = "Réécrite."
    partnership.save_revision().publish()
    page = ContentPage(title="Nouvelle page", slug="nouvelle-page")
    fr_home.add_child(instance=page)
    page.save_revision().publish()
    total = len(translation_status())

    client.force_login(translator)
    panel = soup(client.get("/admin/")).find(id="translation-status-section")
    items = {
        li["data-state"]: (li.a.get_text(" ", strip=True), li.a["href"])
        for li in panel.find_all("li")
    }
    assert items == {
        OUT_OF_DATE: ("1 Out of date", f"{REPORT}?state={OUT_OF_DATE}"),
        NOT_TRANSLATED: ("1 Not translated", f"{REPORT}?state={NOT_TRANSLATED}"),
        UP_TO_DATE: (f"{total - 2} Translated", f"{REPORT}?state={UP_TO_DATE}"),
    }


def test_report_queries_do_not_grow_with_the_number_of_sessions(
    client, translator, admin_user, english
):
    theme, venue = make_theme(), make_venue()
    speakers = [make_speaker() for _ in range(3)]
    client.force_login(translator)

    def queries_with(count):
        bulk_sessions(count, theme, venue, speakers)
        # Every third session went through Localize: its content is compared.
        french = Session.objects.filter(locale=Locale.get_default())
        for session in list(french)[::3]:
            TranslationSource.get_or_create_from_instance(session)
        client.get(REPORT, {"kind": "programme.session"})  # warm the caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(REPORT, {"kind": "programme.session"})
        rows = rows_of(response)
        assert {row.state for row in rows} == {UP_TO_DATE}
        return len(queries), len(rows)

    few, few_rows = queries_with(10)
    many, many_rows = queries_with(90)
    assert (few_rows, many_rows) == (10, 100)
    assert many == few
