"""The site follows the summit calendar: at each phase (before the call, call
open, programme, Open Government Week, a summit day, after the summit) the
home page, the menu and each form say and accept what is true at that date,
in both languages. Time is frozen at each phase."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.cache import cache

from access.roles import COMMUNICATION
from home import calendar
from home.models import SummitCalendar
from participation.models import Event, Proposal
from presentation.models import ContentPage
from tests.factories import make_member, make_session
from tests.participation_helpers import (
    agenda_page,
    call_page,
    event_data,
    proposal_data,
)

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
PHASES = {
    calendar.BEFORE_CALL: datetime.datetime(2016, 4, 15, 10, tzinfo=UTC),
    calendar.CALL_OPEN: datetime.datetime(2016, 6, 1, 10, tzinfo=UTC),
    calendar.PROGRAMME: datetime.datetime(2016, 10, 3, 10, tzinfo=UTC),
    calendar.WEEK: datetime.datetime(2016, 12, 5, 14, tzinfo=UTC),
    calendar.SUMMIT: datetime.datetime(2016, 12, 8, 9, 30, tzinfo=UTC),
    calendar.AFTER: datetime.datetime(2016, 12, 20, 10, tzinfo=UTC),
}
CALL_OPEN_IN = {calendar.CALL_OPEN}
REGISTRATION_OPEN_IN = {
    calendar.CALL_OPEN,
    calendar.PROGRAMME,
    calendar.WEEK,
    calendar.SUMMIT,
}
ARCHIVE = {
    "fr": "Le Sommet s’est tenu du 7 au 9 décembre 2016 à Paris.",
    "en": "The Summit took place from 7 to 9 December 2016 in Paris.",
}
CALL_URL = {"fr": "/fr/proposer-une-session/", "en": "/en/propose-a-session/"}


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()  # the rate limit counts in the cache
    yield
    cache.clear()


def html(response):
    return BeautifulSoup(response.content, "html.parser")


def words(node):
    return " ".join(node.get_text(" ").split())


def register_url(lang):
    page = agenda_page(lang)
    return f"{page.url}{page.register_segment}/"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("phase", list(PHASES))
def test_home_menu_and_notice_follow_the_phase(client, phase, lang):
    with time_machine.travel(PHASES[phase], tick=False):
        assert calendar.phase() == phase
        page = html(client.get(f"/{lang}/"))
    panel = page.select_one(".phase-panel")
    assert panel["data-phase"] == phase
    menu = [a["href"] for a in page.select(".main-nav a")]
    cards = [a["href"] for a in page.select(".card__title a")]
    panel_links = [a["href"] for a in panel.select("a")]
    # The call for proposals is in the menu and cards only while it is open.
    assert (CALL_URL[lang] in menu) == (phase in CALL_OPEN_IN)
    assert (CALL_URL[lang] in cards) == (phase in CALL_OPEN_IN)
    assert (CALL_URL[lang] in panel_links) == (phase in CALL_OPEN_IN)
    assert (register_url(lang) in panel_links) == (
        phase in {calendar.PROGRAMME, calendar.WEEK}
    )
    # After the summit, every page says the site is an archive.
    assert (ARCHIVE[lang] in words(page)) == (phase == calendar.AFTER)
    # Nothing on the home page sends visitors to the old outside site.
    assert "ogpsummit.org" not in page.decode()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_after_the_summit_home_leads_to_programme_speakers_and_agenda(client, lang):
    with time_machine.travel(PHASES[calendar.AFTER], tick=False):
        page = html(client.get(f"/{lang}/"))
        content = html(
            client.get(
                ContentPage.objects.filter(locale__language_code=lang).first().url
            )
        )
    links = [a["href"] for a in page.select(".phase-panel a")]
    programme = "/fr/programme/" if lang == "fr" else "/en/programme/"
    speakers = "intervenants/" if lang == "fr" else "speakers/"
    assert links[:2] == [programme, programme + speakers]
    assert agenda_page(lang).url in links
    assert ARCHIVE[lang] in words(content)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_summit_day_home_shows_now_and_next(client, lang):
    at = PHASES[calendar.SUMMIT]
    on_now = make_session(
        title="Session en cours",
        start=at - datetime.timedelta(minutes=30),
        end=at + datetime.timedelta(minutes=30),
    )
    later = make_session(
        title="Session suivante",
        start=at + datetime.timedelta(hours=1),
        end=at + datetime.timedelta(hours=2),
    )
    make_session(
        title="Session passée",
        start=at - datetime.timedelta(hours=3),
        end=at - datetime.timedelta(hours=2),
    )
    with time_machine.travel(at, tick=False):
        response = client.get(f"/{lang}/")
    panel = html(response).select_one(".phase-panel")
    text = words(panel)
    assert on_now.title in text and later.title in text
    assert "Session passée" not in text
    # "Now and next" is not kept by shared caches for long.
    assert "s-maxage=300" in response["Cache-Control"]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("phase", list(PHASES))
def test_call_for_proposals_form_opens_and_closes_with_the_call(client, phase, lang):
    with time_machine.travel(PHASES[phase], tick=False):
        page = html(client.get(call_page(lang).url))
        response = client.post(call_page(lang).url, proposal_data())
    is_open = phase in CALL_OPEN_IN
    assert bool(page.select("form.public-form, form[method=post]")) == is_open
    assert response.status_code == (302 if is_open else 403)
    assert Proposal.objects.count() == (1 if is_open else 0)
    if not is_open:
        # A closed form says where to go instead.
        refused = html(response)
        assert refused.select_one(".notice--closed")
        alternatives = [a["href"] for a in refused.select(".notice__links a")]
        assert f"/{lang}/programme/" in alternatives


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("phase", list(PHASES))
def test_week_registration_opens_and_closes_with_its_window(client, phase, lang):
    with time_machine.travel(PHASES[phase], tick=False):
        agenda = html(client.get(agenda_page(lang).url))
        form = html(client.get(register_url(lang)))
        response = client.post(register_url(lang), event_data())
    is_open = phase in REGISTRATION_OPEN_IN
    assert bool(agenda.select(f'a[href="{register_url(lang)}"]')) == is_open
    assert bool(form.select("form[method=post]")) == is_open
    assert response.status_code == (302 if is_open else 403)
    assert Event.objects.count() == (1 if is_open else 0)
    if not is_open:
        alternatives = [a["href"] for a in html(response).select(".notice__links a")]
        assert agenda_page(lang).url in alternatives


def test_calendar_edits_move_the_phases(client):
    calendar_row = SummitCalendar.load()
    calendar_row.call_closes_at = datetime.datetime(2016, 9, 30, tzinfo=UTC)
    calendar_row.save()
    with time_machine.travel(datetime.datetime(2016, 8, 1, tzinfo=UTC), tick=False):
        assert calendar.phase() == calendar.CALL_OPEN
        assert client.post(call_page("en").url, proposal_data()).status_code == 302


@pytest.mark.parametrize(
    ("lang", "before", "after"),
    [
        ("fr", "peut participer à l’élaboration", "a pu participer à l’élaboration"),
        ("en", "can help shape the programme", "could help shape the programme"),
    ],
)
def test_dated_text_reads_correctly_before_and_after_its_date(
    client, lang, before, after
):
    summit = ContentPage.objects.get(locale__language_code=lang, slug__contains="2016")
    with time_machine.travel(PHASES[calendar.CALL_OPEN], tick=False):
        text = words(html(client.get(summit.url)).find("main"))
    assert before in text and after not in text
    with time_machine.travel(PHASES[calendar.AFTER], tick=False):
        text = words(html(client.get(summit.url)).find("main"))
    assert after in text and before not in text
    assert "ogpsummit.org" not in text


def test_pages_are_shared_no_longer_than_the_next_date(client):
    at = PHASES[calendar.CALL_OPEN]
    with time_machine.travel(at, tick=False):
        response = client.get("/en/the-partnership/")
    closes = SummitCalendar.load().call_closes_at
    assert f"s-maxage={int((closes - at).total_seconds())}" in response["Cache-Control"]


def test_staff_see_the_site_as_of_a_chosen_date_never_cached(client):
    client.force_login(make_member(COMMUNICATION, "com"))
    with time_machine.travel(PHASES[calendar.AFTER], tick=False):
        response = client.get("/en/?as_of=2016-06-01")
        page = html(response)
        assert page.select_one(".phase-panel")["data-phase"] == calendar.CALL_OPEN
        assert page.select_one(".as-of-banner")
        assert "no-store" in response["Cache-Control"]
        # Kept while browsing, until they go back to today.
        follow = html(client.get("/en/the-partnership/"))
        assert follow.select_one(".as-of-banner")
        back = html(client.get("/en/?as_of="))
        assert back.select_one(".phase-panel")["data-phase"] == calendar.AFTER
        assert not back.select_one(".as-of-banner")


def test_visitors_cannot_choose_the_date(client):
    with time_machine.travel(PHASES[calendar.AFTER], tick=False):
        page = html(client.get("/en/?as_of=2016-06-01"))
        # A session of its own does not help either.
        client.get("/en/propose-a-session/")
        again = html(client.get("/en/?as_of=2016-06-01"))
    for shown in (page, again):
        assert shown.select_one(".phase-panel")["data-phase"] == calendar.AFTER
        assert not shown.select_one(".as-of-banner")


def test_forms_take_the_real_time_even_in_a_staff_preview(client):
    client.force_login(make_member(COMMUNICATION, "com"))
    with time_machine.travel(PHASES[calendar.AFTER], tick=False):
        client.get("/en/?as_of=2016-06-01")
        response = client.post(call_page("en").url, proposal_data())
    assert response.status_code == 403
    assert Proposal.objects.count() == 0


def test_editing_the_calendar_empties_the_page_cache(
    django_capture_on_commit_callbacks, settings, tmp_path
):
    from pagecache import generation

    settings.PAGE_CACHE_GENERATION_FILE = str(tmp_path / "generation")
    before = generation.current()
    with django_capture_on_commit_callbacks(execute=True):
        row = SummitCalendar.load()
        row.call_closes_at = datetime.datetime(2016, 7, 31, tzinfo=UTC)
        row.save()
    assert generation.current() != before


def test_private_pages_get_no_shared_lifetime(client):
    with time_machine.travel(PHASES[calendar.CALL_OPEN], tick=False):
        response = client.get(call_page("en").url)
    assert "no-store" in response["Cache-Control"]
    assert "s-maxage" not in response["Cache-Control"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Le Sommet se tient à Paris du 7 au 9 décembre 2016."),
        ("en", "The Summit takes place in Paris from 7 to 9 December 2016."),
    ],
)
def test_programme_phase_announces_the_summit_days(client, lang, sentence):
    with time_machine.travel(PHASES[calendar.PROGRAMME], tick=False):
        panel = html(client.get(f"/{lang}/")).select_one(".phase-panel")
    assert sentence in words(panel)


def test_staff_preview_of_a_summit_day_shows_the_programmes_now_and_next(client):
    at = PHASES[calendar.SUMMIT]
    make_session(
        title="Session en cours",
        start=at - datetime.timedelta(minutes=30),
        end=at + datetime.timedelta(minutes=30),
    )
    client.force_login(make_member(COMMUNICATION, "com"))
    client.get("/en/?as_of=2016-12-08T10:30")
    with time_machine.travel(PHASES[calendar.AFTER], tick=False):
        page = html(client.get("/en/programme/"))
    assert page.select_one("#now-next-title")
    assert "English Session en cours" in words(page.select_one(".now-next"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_archive_notice_keeps_each_date_on_one_line(client, lang):
    from tests.helpers import soup

    with time_machine.travel(PHASES[calendar.AFTER], tick=False):
        page = soup(client.get(f"/{lang}/"))
    notice = page.find(class_="archive-notice").get_text()
    day_month_year = {"fr": "9 décembre 2016", "en": "9 December 2016"}[lang]
    assert day_month_year.replace(" ", "\u00a0") in notice
