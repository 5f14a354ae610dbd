"""The language switcher keeps what the visitor was looking at (filters, the
sub-page), sub-pages announce their own alternates, and "/" sends each
visitor to a language they read."""

from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine

from participation.models import Event
from programme.models import Theme
from tests.factories import make_session, make_theme, paris
from tests.helpers import soup
from tests.participation_helpers import (
    DURING_WEEK_REGISTRATION,
    agenda_page,
    make_event,
)

pytestmark = pytest.mark.django_db


def switcher_link(response, code):
    return soup(response).select_one(f'.lang-switch a[hreflang="{code}"]')["href"]


def alternates(response):
    return {
        link["hreflang"]: urlsplit(link["href"]).path
        for link in soup(response).select('link[rel="alternate"][hreflang]')
    }


def canonical(response):
    return urlsplit(soup(response).select_one('link[rel="canonical"]')["href"]).path


def test_switching_keeps_the_programme_filters_with_the_translated_theme(client):
    theme = make_theme("Climat", "Climate", "green")
    make_session(
        "Pitch climat",
        "Climate pitch",
        theme=theme,
        start=paris(8, 14),
        end=paris(8, 15),
    )
    english_theme = Theme.objects.get(
        translation_key=theme.translation_key, locale__language_code="en"
    )
    response = client.get(
        "/fr/programme/",
        {"theme": theme.pk, "day": "2016-12-08", "language": "fr", "q": "climat"},
    )
    url = urlsplit(switcher_link(response, "en"))
    assert url.path == "/en/programme/"
    assert parse_qs(url.query) == {
        "theme": [str(english_theme.pk)],
        "day": ["2016-12-08"],
        "language": ["fr"],
        "q": ["climat"],
    }
    # Followed, the English programme shows the same selection.
    english = client.get(switcher_link(response, "en"))
    selected = soup(english).select_one('select[name="theme"] option[selected]')
    assert selected.get_text(strip=True) == "Climate"
    assert "Climate pitch" in english.content.decode()


def test_switching_back_maps_the_theme_to_the_french_one(client):
    theme = make_theme("Climat", "Climate", "green")
    english_theme = Theme.objects.get(
        translation_key=theme.translation_key, locale__language_code="en"
    )
    response = client.get("/en/programme/", {"theme": english_theme.pk})
    assert parse_qs(urlsplit(switcher_link(response, "fr")).query) == {
        "theme": [str(theme.pk)]
    }


def test_an_unfiltered_programme_switches_without_a_query(client):
    response = client.get("/fr/programme/")
    assert switcher_link(response, "en") == "/en/programme/"


def test_switching_keeps_the_agenda_filters(client):
    make_event(title="Atelier", country="SN", city="Dakar", status=Event.ACCEPTED)
    french = agenda_page("fr").url
    response = client.get(french, {"country": "SN", "mode": "in_person"})
    url = urlsplit(switcher_link(response, "en"))
    assert url.path == agenda_page("en").url
    assert parse_qs(url.query) == {"country": ["SN"], "mode": ["in_person"]}


@time_machine.travel(DURING_WEEK_REGISTRATION, tick=False)
def test_the_registration_form_switches_to_the_registration_form(client):
    french = f"{agenda_page('fr').url}inscrire/"
    english = f"{agenda_page('en').url}register/"
    response = client.get(french)
    assert response.status_code == 200
    assert switcher_link(response, "en") == english
    # Its own alternates, itself included, and a canonical that is itself.
    assert alternates(response) == {"fr": french, "en": english, "x-default": french}
    assert canonical(response) == french
    back = client.get(english)
    assert switcher_link(back, "fr") == french
    assert alternates(back)["en"] == english


def test_the_confirmation_page_announces_its_own_alternates(client):
    french = f"{agenda_page('fr').url}merci/"
    english = f"{agenda_page('en').url}thank-you/"
    response = client.get(french)
    assert alternates(response) == {"fr": french, "en": english, "x-default": french}


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.8", "/fr/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9", "/en/"),  # neither: OGP's international language
        ("es-MX, es;q=0.8, ja;q=0.5", "/en/"),
        ("de-DE, fr;q=0.5", "/fr/"),  # French accepted, though not first
        ("de, fr;q=0", "/en/"),  # French refused
        ("*", "/fr/"),
        ("", "/fr/"),
        (";;q=x, ,", "/fr/"),  # no language stated
    ],
)
def test_the_root_sends_visitors_to_a_language_they_read(
    client, accept_language, target
):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == target
    assert {"accept-language", "cookie"} <= {
        value.strip().lower() for value in response["Vary"].split(",")
    }


def test_without_accept_language_the_root_is_french(client):
    response = client.get("/")
    assert response["Location"] == "/fr/"


def test_the_language_cookie_wins_over_the_browser(client):
    client.cookies["django_language"] = "fr"
    response = client.get("/", headers={"accept-language": "de"})
    assert response["Location"] == "/fr/"


def test_other_addresses_without_a_prefix_follow_the_same_choice(client):
    response = client.get("/programme/", headers={"accept-language": "de"})
    assert response.status_code == 302
    assert response["Location"] == "/en/programme/"


def test_the_sitemap_gives_the_french_source_as_x_default(client):
    from xml.etree import ElementTree

    names = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "x": "http://www.w3.org/1999/xhtml",
    }
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    homes = [
        url
        for url in root.findall("s:url", names)
        if urlsplit(url.findtext("s:loc", namespaces=names)).path in ("/fr/", "/en/")
    ]
    assert len(homes) == 2
    for url in homes:
        links = {
            link.get("hreflang"): urlsplit(link.get("href")).path
            for link in url.findall("x:link", names)
        }
        assert links == {"fr": "/fr/", "en": "/en/", "x-default": "/fr/"}


def test_switching_the_speakers_index_keeps_the_initial_and_order(client):
    from tests.factories import make_speaker

    make_session("Ouverture", "Opening", speakers=[make_speaker("Ada Démo")])
    response = client.get(
        "/fr/programme/intervenants/", {"initial": "D", "sort": "country"}
    )
    url = urlsplit(switcher_link(response, "en"))
    assert url.path == "/en/programme/speakers/"
    assert parse_qs(url.query) == {"initial": ["D"], "sort": ["country"]}
