"""Staff edit every page in the admin; roles limit translators to English."""

import pytest
from wagtail.models import Page

from access.roles import COMMUNICATION, TRANSLATORS
from presentation.models import ContentPage
from tests.factories import make_member

pytestmark = pytest.mark.django_db

# The session form's inline formsets (speakers, related commitments), empty.
EMPTY_SESSION_INLINES = {
    f"{prefix}-{name}": value
    for prefix in ("session_speakers", "session_commitments")
    for name, value in (
        ("TOTAL_FORMS", "0"),
        ("INITIAL_FORMS", "0"),
        ("MIN_NUM_FORMS", "0"),
        ("MAX_NUM_FORMS", "1000"),
    )
}


@pytest.fixture
def communication():
    return make_member(COMMUNICATION, "comms")


@pytest.fixture
def translator():
    return make_member(TRANSLATORS, "translator")


def test_every_page_opens_in_the_editor(client, admin_user):
    client.force_login(admin_user)
    for page in Page.objects.filter(depth__gte=2):
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page.url_path


def test_communication_creates_and_publishes_a_french_page(
    client, communication, fr_home
):
    client.force_login(communication)
    response = client.post(
        f"/admin/pages/add/presentation/contentpage/{fr_home.pk}/",
        {
            "title": "Les ateliers",
            "slug": "les-ateliers",
            "intro": "Des ateliers toute l'année.",
            "body-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    page = ContentPage.objects.get(slug="les-ateliers")
    assert page.live and page.locale.language_code == "fr"
    assert client.get("/fr/les-ateliers/").status_code == 200


def test_translator_edits_english_but_not_french(client, translator, fr_home, en_home):
    client.force_login(translator)
    english = en_home.get_children().get(slug="the-partnership")
    french = fr_home.get_children().get(slug="le-partenariat")
    assert client.get(f"/admin/pages/{english.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{french.pk}/edit/").status_code in (302, 403)

    revisions = french.revisions.count()
    response = client.post(
        f"/admin/pages/{french.pk}/edit/",
        {"title": "Piraté", "slug": "le-partenariat", "action-publish": "publish"},
    )
    assert response.status_code in (302, 403)
    french.refresh_from_db()
    assert french.title == "Le Partenariat"
    assert french.revisions.count() == revisions


def test_commitments_are_managed_as_snippets(client, communication):
    client.force_login(communication)
    response = client.get("/admin/snippets/presentation/commitment/")
    assert response.status_code == 200


def test_communication_manages_the_programme_snippets(client, communication):
    from programme.models import Session
    from tests.factories import make_theme, make_venue

    client.force_login(communication)
    theme, venue = make_theme(), make_venue()
    for model in ("session", "speaker", "theme", "venue"):
        assert client.get(f"/admin/snippets/programme/{model}/").status_code == 200
        assert client.get(f"/admin/snippets/programme/{model}/add/").status_code == 200
    response = client.post(
        "/admin/snippets/programme/session/add/",
        {
            "title": "Atelier de co-construction",
            "slug": "",
            "status": "scheduled",
            "format": "workshop",
            "theme": theme.pk,
            "venue": venue.pk,
            "start": "2016-12-08 10:00",
            "end": "2016-12-08 12:00",
            "in_french": "on",
            "organisers": "Équipe du Sommet",
            "organiser_type": "both",
            "external_link": "",
            "other_language": "",
            **EMPTY_SESSION_INLINES,
        },
    )
    assert response.status_code == 302, response.content[:3000]
    session = Session.objects.get(slug="atelier-de-co-construction")
    assert session.locale.language_code == "fr"
    assert session.local_start.hour == 10
    assert client.get("/fr/programme/atelier-de-co-construction/").status_code == 200


def test_session_with_end_before_start_is_refused_with_a_message(client, communication):
    from programme.models import Session

    client.force_login(communication)
    before = Session.objects.count()
    response = client.post(
        "/admin/snippets/programme/session/add/",
        {
            "title": "Session à l'envers",
            "status": "scheduled",
            "format": "pitch",
            "start": "2016-12-08 12:00",
            "end": "2016-12-08 10:00",
            "in_french": "on",
            "organiser_type": "both",
            **EMPTY_SESSION_INLINES,
        },
    )
    assert response.status_code == 200
    assert "La session doit se terminer après son début." in response.content.decode()
    assert Session.objects.count() == before


def session_form(session, **changes):
    data = {
        "title": session.title,
        "slug": session.slug,
        "status": session.status,
        "format": session.format,
        "start": session.local_start.strftime("%Y-%m-%d %H:%M"),
        "end": session.local_end.strftime("%Y-%m-%d %H:%M"),
        "in_french": "on",
        "in_english": "on",
        "organiser_type": session.organiser_type,
        **EMPTY_SESSION_INLINES,
    }
    data.update(changes)
    return data


def test_translator_edits_english_snippets_but_not_french_ones(client, translator):
    from tests.factories import en, make_session

    french = make_session("Session française", "English session")
    english = french.get_translation(en())
    client.force_login(translator)
    url = "/admin/snippets/programme/session/edit/{}/"

    assert client.get(url.format(english.pk)).status_code == 200
    assert client.get(url.format(french.pk)).status_code in (302, 403)

    before = (french.title, french.sequence, french.updated_at)
    response = client.post(url.format(french.pk), session_form(french, title="Piraté"))
    assert response.status_code in (302, 403)
    french.refresh_from_db()
    assert (french.title, french.sequence, french.updated_at) == before

    response = client.post(
        url.format(english.pk), session_form(english, title="Better English title")
    )
    assert response.status_code == 302, response.content[:2000]
    english.refresh_from_db()
    assert english.title == "Better English title"


def test_communication_edits_french_snippets(client, communication):
    from tests.factories import make_session

    french = make_session("Session française", "English session")
    client.force_login(communication)
    response = client.post(
        f"/admin/snippets/programme/session/edit/{french.pk}/",
        session_form(french, title="Titre corrigé"),
    )
    assert response.status_code == 302
    french.refresh_from_db()
    assert french.title == "Titre corrigé"


def test_translator_cannot_reach_users_groups_or_settings(client, translator):
    client.force_login(translator)
    for url in ("/admin/users/", "/admin/groups/", "/admin/sites/", "/admin/locales/"):
        assert client.get(url).status_code in (302, 403), url


def test_staff_search_sessions_by_title_or_organisers(client, communication):
    """Regression: the listing searched the index for "organisers", a field
    the index does not hold, and answered with a server error."""
    from tests.factories import make_session

    make_session("Atelier budget", "Budget workshop", organisers="Ville de Nantes")
    make_session("Autre séance", "Other session")
    client.force_login(communication)
    for query in ("budget", "Nantes"):
        response = client.get("/admin/snippets/programme/session/", {"q": query})
        assert response.status_code == 200
        body = response.content.decode()
        assert "Atelier budget" in body and "Autre séance" not in body, query
