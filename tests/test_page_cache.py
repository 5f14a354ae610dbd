"""The whole-page cache: anonymous pages are served from it, nothing personal
is ever stored, and every change visitors could see empties it at once."""

import gzip

import pytest
from django.test import Client

from access.roles import COMMUNICATION
from participation.models import Event
from presentation.models import ContentPage
from programme.models import Session
from tests.factories import make_member, make_session, make_speaker, make_theme
from tests.participation_helpers import (
    agenda_page,
    make_event,
    make_proposal,
    open_week_registration,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

PAGE = "/fr/le-partenariat/"


def get(url, client=None, **headers):
    return (client or Client()).get(url, headers=headers)


def test_an_anonymous_page_is_served_from_the_cache_the_second_time():
    first = get(PAGE)
    second = get(PAGE)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert "Content-Security-Policy" in second
    cache_control = second["Cache-Control"]
    assert "public" in cache_control
    assert "max-age=0" in cache_control
    assert "s-maxage=3600" in cache_control


def test_html_is_compressed_for_clients_that_accept_it():
    plain = get(PAGE)
    first = get(PAGE, **{"Accept-Encoding": "gzip, br"})
    second = get(PAGE, **{"Accept-Encoding": "gzip, br"})
    assert first["Content-Encoding"] == second["Content-Encoding"] == "gzip"
    assert second["X-Page-Cache"] == "hit"
    assert gzip.decompress(second.content) == plain.content
    assert len(second.content) < len(plain.content) / 2
    # A client without gzip never gets the compressed copy.
    assert "Content-Encoding" not in get(PAGE)


def test_each_language_and_query_has_its_own_entry():
    get("/fr/programme/")
    assert get("/en/programme/")["X-Page-Cache"] == "miss"
    assert get("/fr/programme/?format=workshop")["X-Page-Cache"] == "miss"
    assert get("/fr/programme/?format=workshop")["X-Page-Cache"] == "hit"


def test_logged_in_staff_never_get_or_fill_the_cache(client):
    client.force_login(make_member(COMMUNICATION, "com"))
    staff_view = client.get(PAGE)
    assert "X-Page-Cache" not in staff_view
    assert get(PAGE)["X-Page-Cache"] == "miss"
    assert "X-Page-Cache" not in client.get(PAGE)


def test_pages_with_a_form_token_are_never_shared():
    open_week_registration()
    url = f"{agenda_page('en').url}register/"
    first, second = get(url), get(url)
    assert "X-Page-Cache" not in first
    assert "X-Page-Cache" not in second
    assert "no-store" in second["Cache-Control"]
    token = 'name="csrfmiddlewaretoken" value="'
    first_token = first.content.decode().split(token)[1].split('"')[0]
    second_token = second.content.decode().split(token)[1].split('"')[0]
    assert first_token != second_token


def test_a_visitor_with_a_session_is_not_served_from_the_cache():
    get(PAGE)
    visitor = Client()
    visitor.cookies["sessionid"] = "abc"
    assert "X-Page-Cache" not in visitor.get(PAGE)


@pytest.mark.parametrize("url", ["/admin/login/", "/health/"])
def test_admin_and_health_are_never_cached(url):
    get(url)
    assert "X-Page-Cache" not in get(url)


def test_the_confirmation_of_a_submission_is_never_cached():
    page = agenda_page("fr")
    url = f"{page.url}merci/"
    get(url)
    assert "X-Page-Cache" not in get(url)


# Invalidation ---------------------------------------------------------------


def publish_new_title(page, title):
    page.title = title
    page.save_revision().publish()


def test_publishing_a_page_shows_the_change_at_once(commit):
    get(PAGE)
    get("/fr/")
    page = ContentPage.objects.get(url_path__endswith="/le-partenariat/")
    commit(publish_new_title, page, "Le Partenariat, mis à jour")
    assert "Le Partenariat, mis à jour" in get(PAGE).content.decode()
    # The menu of every other page shows it too.
    assert "Le Partenariat, mis à jour" in get("/fr/").content.decode()


def test_publishing_a_translation_shows_the_change_at_once(commit):
    get("/en/the-partnership/")
    page = ContentPage.objects.get(url_path__endswith="/the-partnership/")
    commit(publish_new_title, page, "The Partnership, updated")
    assert "The Partnership, updated" in get("/en/the-partnership/").content.decode()


def test_unpublishing_a_page_removes_it_at_once(commit):
    get(PAGE)
    page = ContentPage.objects.get(url_path__endswith="/le-partenariat/")
    commit(page.unpublish)
    assert get(PAGE).status_code == 404


def test_moving_a_page_updates_the_menu_at_once(commit):
    get("/fr/")
    page = ContentPage.objects.get(url_path__endswith="/le-partenariat/")
    summit = ContentPage.objects.get(url_path__endswith="/le-sommet-mondial-2016/")
    commit(page.move, summit, pos="last-child")
    moved = get(PAGE)  # Wagtail leaves a redirect to the new address
    assert moved.status_code == 301
    assert moved["Location"] == "/fr/le-sommet-mondial-2016/le-partenariat/"
    home = get("/fr/").content.decode()
    menu = home.split('id="header-navigation"')[1].split("</nav>")[0]
    assert "/fr/le-partenariat/" not in menu


def test_deleting_a_page_removes_it_at_once(commit):
    get(PAGE)
    page = ContentPage.objects.get(url_path__endswith="/le-partenariat/")
    commit(page.delete)
    assert get(PAGE).status_code == 404


def test_saving_a_session_updates_programme_pages_and_exports(commit):
    session = commit(make_session, title="Session avant", english_title=False)
    urls = ["/fr/programme/", f"/fr/programme/{session.slug}/", "/fr/programme/ics/"]
    for url in urls:
        get(url)

    def rename():
        session.title = "Session après"
        session.save()

    commit(rename)
    for url in urls:
        body = get(url).content.decode()
        assert "Session après" in body, url
        assert "Session avant" not in body, url


@pytest.mark.parametrize("change", ["speaker", "theme", "cancel"])
def test_saving_what_a_session_shows_updates_it(commit, change):
    speaker = commit(make_speaker, "Intervenante Une")
    theme = commit(make_theme, "Thème Un", "Theme One")
    session = commit(make_session, speakers=[speaker], theme=theme)
    url = f"/fr/programme/{session.slug}/"
    get(url)

    def edit():
        if change == "speaker":
            speaker.name = "Intervenante Renommée"
            speaker.save()
        elif change == "theme":
            theme.name = "Thème Renommé"
            theme.save()
        else:
            session.status = Session.CANCELLED
            session.save()

    commit(edit)
    body = get(url).content.decode().lower()
    expected = {
        "speaker": "intervenante renommée",
        "theme": "thème renommé",
        "cancel": "annulée",
    }[change]
    assert expected in body


def test_accepting_an_event_shows_it_in_the_agenda_at_once(commit):
    from participation import moderation

    url = agenda_page("fr").url
    event = commit(make_event, title="Événement modéré")
    assert "Événement modéré" not in get(url).content.decode()
    commit(moderation.accept, event)
    assert "Événement modéré" in get(url).content.decode()
    assert Event.objects.get().status == Event.ACCEPTED


def test_public_submissions_waiting_for_moderation_keep_the_cache(commit):
    get(PAGE)
    commit(make_proposal)
    commit(make_event)
    assert get(PAGE)["X-Page-Cache"] == "hit"


def test_a_draft_revision_keeps_the_cache(commit):
    get(PAGE)
    page = ContentPage.objects.get(url_path__endswith="/le-partenariat/")
    page.title = "Brouillon"
    commit(page.save_revision)
    response = get(PAGE)
    assert response["X-Page-Cache"] == "hit"
    assert "Brouillon" not in response.content.decode()


def test_saving_the_legal_information_updates_the_legal_pages(commit):
    """Legal pages render the legal information snippet: a change shows at once."""
    from home.models import LegalInformation

    url = "/fr/mentions-legales/"
    get(url)
    assert get(url)["X-Page-Cache"] == "hit"
    details = LegalInformation.objects.get(locale__language_code="fr")
    details.publisher_name = "Secrétariat général du Gouvernement"

    commit(details.save)

    assert "Secrétariat général du Gouvernement" in get(url).content.decode()


def test_one_purge_per_transaction(django_capture_on_commit_callbacks, monkeypatch):
    """A save that changes several rows (a session with its speakers in the
    admin) purges once at the commit, since each purge may fetch its pages
    again (pagecache/refresh.py); a rolled-back change purges nothing."""
    from django.db import transaction

    from pagecache import signals
    from programme.models import Speaker, Theme, Venue
    from tests.factories import fr

    purges = []
    monkeypatch.setattr(signals, "_purge_now", lambda shown: purges.append(shown))
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                Speaker.objects.create(locale=fr(), name="Annulé", role="Maire")
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        with transaction.atomic():
            theme = Theme.objects.create(locale=fr(), name="Un", colour="blue")
            venue = Venue.objects.create(locale=fr(), name="Salle gardée")
    assert len(purges) == 1
    assert {f"programme_theme-{theme.pk}", f"programme_venue-{venue.pk}"} <= purges[0]
    assert not any(key.startswith("programme_speaker") for key in purges[0])
    # The next change, in its own transaction, purges again.
    with django_capture_on_commit_callbacks(execute=True):
        venue.name = "Salle renommée"
        venue.save()
    assert len(purges) == 2 and f"programme_venue-{venue.pk}" in purges[1]
