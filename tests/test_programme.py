"""The public programme: listing, filters, session and speaker pages."""

import json
from html.parser import HTMLParser
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from programme.models import Session, Theme
from tests.factories import (
    bulk_sessions,
    make_session,
    make_speaker,
    make_theme,
    make_venue,
    paris,
)
from tests.helpers import soup, text_of


def count_elements(html):
    """Elements a browser builds from the HTML (its DOM size, scripts aside)."""

    class Counter(HTMLParser):
        count = 0

        def handle_starttag(self, tag, attrs):
            self.count += 1

    counter = Counter()
    counter.feed(html)
    return counter.count


pytestmark = [pytest.mark.django_db, pytest.mark.engine]

FR, EN = "/fr/programme/", "/en/programme/"


def titles(response_or_html):
    html = response_or_html
    if not isinstance(html, BeautifulSoup):
        html = soup(html)
    return [a.get_text(strip=True) for a in html.select(".session__title")]


@pytest.fixture
def programme():
    transparency = make_theme("Transparence", "Transparency", "blue")
    climate = make_theme("Climat", "Climate", "green")
    hall = make_venue()
    ada = make_speaker("Ada Lovelace-Démo")
    sessions = {
        "opening": make_session(
            "Ouverture",
            "Opening",
            theme=transparency,
            venue=hall,
            speakers=[ada],
            start=paris(7, 9),
            end=paris(7, 10),
        ),
        "workshop": make_session(
            "Atelier données",
            "Data workshop",
            theme=transparency,
            format=Session.WORKSHOP,
            start=paris(7, 9),
            end=paris(7, 11),
            in_english=False,
        ),
        "pitch": make_session(
            "Pitch climat",
            "Climate pitch",
            theme=climate,
            format=Session.PITCH,
            start=paris(8, 14),
            end=paris(8, 14, 30),
            in_french=False,
            in_other_language=True,
            other_language="espagnol",
        ),
        "cancelled": make_session(
            "Session annulée",
            "Cancelled session",
            theme=climate,
            status=Session.CANCELLED,
            start=paris(9, 11),
            end=paris(9, 12),
        ),
        "draft": make_session(
            "Brouillon secret",
            "Secret draft",
            status=Session.DRAFT,
            start=paris(9, 11),
            end=paris(9, 12),
        ),
    }
    return sessions


def test_programme_groups_public_sessions_by_day_and_time(client, programme):
    html = soup(client.get(f"{FR}?day=all"))
    days = [h2.get_text(strip=True) for h2 in html.select(".programme-day > h2")]
    assert days == [
        "mercredi 7\u00a0décembre\u00a02016",
        "jeudi 8\u00a0décembre\u00a02016",
        "vendredi 9\u00a0décembre\u00a02016",
    ]
    first_day = html.select(".programme-day")[0]
    assert [h3.get_text(strip=True) for h3 in first_day.select(".slot__time")] == [
        "09:00"
    ]
    assert len(first_day.select(".session")) == 2
    assert "Brouillon secret" not in html.get_text()


def test_programme_opens_on_the_first_day_with_links_to_every_day(client, programme):
    html = soup(client.get(FR))
    assert sorted(titles(html)) == ["Atelier données", "Ouverture"]
    links = html.select(".day-links a")
    assert [a.get_text(" ", strip=True) for a in links] == [
        "mercredi 7\u00a0décembre (2)",
        "jeudi 8\u00a0décembre (1)",
        "vendredi 9\u00a0décembre (1)",
        "Tout le programme (4)",
    ]
    assert [a.get("aria-current") for a in links] == ["page", None, None, None]
    assert links[1]["href"] == f"{FR}?day=2016-12-08"
    assert links[3]["href"] == f"{FR}?day=all"
    assert html.select_one("#id_day option[selected]")["value"] == "2016-12-07"
    assert not html.select(".filters a")  # the chosen day is no filter to clear
    assert html.select_one(".exports a")["href"] == f"{FR}ics/?day=2016-12-07"
    whole = soup(client.get(links[3]["href"]))
    assert len(titles(whole)) == 4
    assert len(whole.select(".programme-day")) == 3


def test_programme_opens_on_today_during_the_summit(client, programme):
    with mock.patch("home.calendar.timezone.now", return_value=paris(8, 7)):
        html = soup(client.get(EN))
    listed = html.select(".programme-day .session__title")
    assert [a.get_text(strip=True) for a in listed] == ["Climate pitch"]
    assert (
        html.select_one(".day-links a[aria-current]")["href"] == f"{EN}?day=2016-12-08"
    )


def test_day_links_keep_the_other_filters_and_count_under_them(client, programme):
    html = soup(client.get(f"{FR}?format=workshop"))
    assert titles(html) == ["Atelier données"]  # a filter searches every day
    links = html.select(".day-links a")
    assert links[0]["href"] == f"{FR}?format=workshop&day=2016-12-07"
    counts = [a.select_one(".day-links__count").get_text() for a in links]
    assert counts == ["(1)", "(0)", "(0)", "(1)"]


def test_programme_of_1000_sessions_stays_light(client):
    theme, venue, speaker = make_theme(), make_venue(), make_speaker()
    bulk_sessions(1000, theme, venue, [speaker])
    response = client.get(FR)
    html = response.content.decode()
    assert len(response.content) < 200 * 1024
    assert count_elements(html) < 1500
    shown = len(titles(response))
    assert 300 < shown < 400
    whole = client.get(f"{FR}?day=all")
    assert len(titles(whole)) == 1000


def test_english_programme_shows_english_titles_and_days(client, programme):
    response = client.get(f"{EN}?day=all")
    assert titles(response) == [
        "Opening",
        "Data workshop",
        "Climate pitch",
        "Cancelled session",
    ] or sorted(titles(response)) == sorted(
        ["Opening", "Data workshop", "Climate pitch", "Cancelled session"]
    )
    assert "Wednesday 7 December 2016" in text_of(response)


def test_cancelled_session_is_marked(client, programme):
    row = soup(client.get(f"{FR}?day=2016-12-09")).select_one(".session--cancelled")
    text = row.get_text(" ", strip=True)
    assert text.startswith("Session annulée Annulée · 11:00")


@pytest.mark.parametrize(
    "query, expected",
    [
        ("day=2016-12-08", ["Pitch climat"]),
        ("format=workshop", ["Atelier données"]),
        ("language=other", ["Pitch climat"]),
        ("language=en", ["Ouverture", "Pitch climat", "Session annulée"]),
        ("q=données", ["Atelier données"]),
        ("q=lovelace", ["Ouverture"]),
        ("day=2016-12-07&format=conference", ["Ouverture"]),
        ("day=2016-12-07&language=fr&q=atelier", ["Atelier données"]),
    ],
)
def test_each_filter_alone_and_combined(client, programme, query, expected):
    assert sorted(titles(client.get(f"{FR}?{query}"))) == sorted(expected)


def test_theme_filter_works_in_both_languages(client, programme):
    climate_fr = Theme.objects.get(name="Climat")
    climate_en = Theme.objects.get(name="Climate")
    assert sorted(titles(client.get(f"{FR}?theme={climate_fr.pk}"))) == [
        "Pitch climat",
        "Session annulée",
    ]
    response = client.get(f"{EN}?theme={climate_en.pk}")
    assert sorted(titles(response)) == ["Cancelled session", "Climate pitch"]
    assert soup(response).h1.get_text(strip=True) == "Programme – Climate"


def test_selection_shows_only_chosen_sessions(client, programme):
    keys = (
        f"{programme['pitch'].translation_key},{programme['opening'].translation_key}"
    )
    assert sorted(titles(client.get(f"{EN}?ids={keys}"))) == [
        "Climate pitch",
        "Opening",
    ]


@pytest.mark.parametrize(
    "query",
    [
        "day=not-a-date",
        "day=2016-12-25",
        "format=party",
        "theme=999999",
        "theme=abc",
        "language=xx",
        "q=" + "x" * 500,
        "ids=nonsense",
        "day=2016-02-30&format=",
        "page=3",
    ],
)
def test_invalid_filter_values_are_ignored(client, programme, query):
    response = client.get(f"{FR}?{query}")
    assert response.status_code == 200
    default_view = titles(client.get(FR))
    assert sorted(titles(response)) == sorted(default_view)
    assert sorted(default_view) == ["Atelier données", "Ouverture"]
    assert not soup(response).select(".errorlist")


def test_nothing_matches_says_so(client, programme):
    response = client.get(f"{EN}?q=zzzz-nothing")
    assert titles(response) == []
    assert "No session matches these filters." in text_of(response)


def test_session_page_shows_every_field(client, programme):
    response = client.get("/fr/programme/ouverture/")
    html = soup(response)
    text = text_of(response)
    assert html.h1.get_text(strip=True) == "Ouverture"
    for expected in (
        "mercredi 7 décembre 2016",
        "09:00",
        "10:00",
        "Grand amphithéâtre",
        "français, anglais",
        "Transparence",
        "Conférence",
    ):
        assert expected in text, expected
    # The time range never breaks after its dash (word joiners around it).
    assert "09:00\u2060–\u206010:00" in text
    speaker = html.select_one(".speakers a")
    assert speaker["href"] == "/fr/programme/intervenants/ada-lovelace-demo/"
    assert html.select_one("a[href='/fr/programme/ouverture/ics/']")
    others = [a.get_text(strip=True) for a in html.select(".others a")]
    assert others == ["Atelier données"]
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Event"
    assert data["startDate"] == "2016-12-07T09:00:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("/fr/programme/session-annulee/", "Ajouter à mon agenda"),
        ("/en/programme/cancelled-session/", "Add to my calendar"),
    ],
)
def test_cancelled_session_offers_no_add_to_calendar(client, programme, url, label):
    html = soup(client.get(url))
    assert html.select_one(".badge--cancelled")
    assert not html.select("a[href$='/ics/']")
    assert label not in html.get_text()


def test_scheduled_session_offers_add_to_calendar(client, programme):
    html = soup(client.get("/en/programme/opening/"))
    link = html.select_one(".session-actions a[href='/en/programme/opening/ics/']")
    assert link.get_text(strip=True) == "Add to my calendar(.ics)"


def test_other_sessions_not_translated_yet_are_marked_french(client, programme):
    """On an English session page, a session of the theme with no English
    version yet is listed in French, marked so for screen readers."""
    make_session(
        "Séance sans traduction",
        english_title=False,
        theme=programme["opening"].theme,
        start=paris(8, 9),
        end=paris(8, 10),
    )
    html = soup(client.get("/en/programme/opening/"))
    others = {a.get_text(strip=True): a for a in html.select(".others a")}
    assert others["Séance sans traduction"]["lang"] == "fr"
    assert not others["Data workshop"].has_attr("lang")


def test_session_page_breadcrumbs_lead_back_to_the_programme(client, programme):
    crumbs = soup(client.get("/en/programme/opening/")).select(".breadcrumbs li")
    assert [li.get_text(strip=True) for li in crumbs] == [
        "Home",
        "Programme",
        "Opening",
    ]
    assert crumbs[1].a["href"] == "/en/programme/"
    assert crumbs[2].find(attrs={"aria-current": "page"})


def test_session_url_is_translated_and_switcher_follows(client, programme):
    response = client.get("/en/programme/opening/")
    switch = soup(response).select_one(".lang-switch a[hreflang=fr]")
    assert switch["href"] == "/fr/programme/ouverture/"
    alternates = {
        link["hreflang"]: link["href"]
        for link in soup(response).find_all("link", rel="alternate", hreflang=True)
    }
    assert alternates["fr"] == "http://testserver/fr/programme/ouverture/"
    assert alternates["x-default"] == "http://testserver/fr/programme/ouverture/"
    speaker_page = soup(client.get("/fr/programme/intervenants/ada-lovelace-demo/"))
    assert speaker_page.select_one(".lang-switch a[hreflang=en]")["href"] == (
        "/en/programme/speakers/ada-lovelace-demo/"
    )
    assert soup(response).h1.get_text(strip=True) == "Opening"
    speaker = soup(response).select_one(".speakers a")
    assert speaker["href"] == "/en/programme/speakers/ada-lovelace-demo/"


def test_untranslated_session_falls_back_to_french_with_notice(client, programme):
    make_session(
        "Session nouvelle", english_title=False, start=paris(8, 9), end=paris(8, 10)
    )
    response = client.get("/en/programme/session-nouvelle/")
    html = soup(response)
    assert html.h1["lang"] == "fr"
    assert html.find("article").get("lang") is None  # English labels stay English
    assert "not translated yet" in html.select_one(".notice").get_text()
    assert "Session nouvelle" in titles(client.get(f"{EN}?day=2016-12-08"))


def test_draft_session_is_absent_everywhere(client, programme):
    assert client.get("/fr/programme/brouillon-secret/").status_code == 404
    assert client.get("/fr/programme/brouillon-secret/ics/").status_code == 404
    for fmt in ("ics", "json", "csv"):
        assert "Brouillon" not in client.get(f"{FR}{fmt}/").content.decode()


def test_speaker_page_lists_their_sessions(client, programme):
    response = client.get("/en/programme/speakers/ada-lovelace-demo/")
    assert soup(response).h1.get_text(strip=True) == "Ada Lovelace-Démo"
    assert "Minister" in text_of(response)
    assert titles(response) == ["Opening"]
    assert client.get("/en/programme/speakers/nobody/").status_code == 404


def test_a_speaker_of_draft_sessions_only_has_no_public_page(client):
    """Regression: the speaker page answered for any speaker, so one announced
    only in a draft session was readable at a guessable address."""
    speaker = make_speaker("Invitée Surprise")
    make_session("Séance secrète", status=Session.DRAFT, speakers=[speaker])
    assert client.get(f"/fr/programme/intervenants/{speaker.slug}/").status_code == 404
    assert client.get(f"/en/programme/speakers/{speaker.slug}/").status_code == 404
    make_session("Séance annoncée", speakers=[speaker])
    assert client.get(f"/fr/programme/intervenants/{speaker.slug}/").status_code == 200


def test_open_data_page_documents_exports(client, programme):
    response = client.get("/en/programme/open-data/")
    assert "Licence Ouverte" in text_of(response)
    assert client.get("/fr/programme/donnees-ouvertes/").status_code == 200


def test_now_and_next_in_paris_time(client, programme):
    # 08:30 UTC on 7 December is 09:30 in Paris: the opening is under way.
    with mock.patch("home.calendar.timezone.now", return_value=paris(7, 9, 30)):
        html = soup(client.get(EN))
    block = html.select_one(".now-next")
    assert "Opening" in block.get_text()
    outside = soup(client.get(EN))
    assert outside.select_one(".now-next") is None


def test_session_validation():
    session = Session(
        title="x",
        format=Session.PITCH,
        start=paris(7, 10),
        end=paris(7, 9),
        in_french=False,
        status=Session.SCHEDULED,
    )
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert "end" in error.value.message_dict


def test_sequence_grows_with_each_change(programme):
    session = programme["opening"]
    before = session.sequence
    session.title = "Ouverture officielle"
    session.save()
    assert session.sequence == before + 1
