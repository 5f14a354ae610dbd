"""The speakers index: every speaker of a public session, in both languages,
with organisation, country and sessions, filterable by initial and country and
sortable, without JavaScript (plain links and a GET form)."""

import pytest
from bs4 import BeautifulSoup

from programme.models import Session, Speaker
from tests.factories import make_session, make_speaker

pytestmark = pytest.mark.django_db

URLS = {"fr": "/fr/programme/intervenants/", "en": "/en/programme/speakers/"}


def speaker(name, organisation, country):
    made = make_speaker(name)
    Speaker.objects.filter(translation_key=made.translation_key).update(
        organisation=organisation, country=country
    )
    return made


@pytest.fixture
def speakers():
    people = {
        "ada": speaker("Ada Zimmer", "Code for Germany", "Allemagne"),
        "bruno": speaker("Bruno Élan", "Etalab", "France"),
        "chloe": speaker("Chloé Albert", "Ville de Paris", "France"),
        "hidden": speaker("Denis Caché", "Brouillon", "Belgique"),
    }
    make_session(title="Données ouvertes", speakers=[people["ada"], people["bruno"]])
    make_session(title="Villes ouvertes", speakers=[people["chloe"], people["bruno"]])
    make_session(
        title="Session brouillon", speakers=[people["hidden"]], status=Session.DRAFT
    )
    return people


def names(response):
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in page.select(".speaker-card__name a")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_speaker_of_a_public_session_sorted_by_surname(client, speakers, lang):
    response = client.get(URLS[lang])
    # Albert, Élan (filed under E), Zimmer; the draft session's speaker is not public.
    assert names(response) == ["Chloé Albert", "Bruno Élan", "Ada Zimmer"]
    page = BeautifulSoup(response.content, "html.parser")
    bruno = page.find("a", string="Bruno Élan").find_parent("li")
    text = " ".join(bruno.get_text(" ").split())
    assert "Etalab" in text and "France" in text
    links = bruno.select(".speaker-card__sessions a")
    sessions = [a.get_text(strip=True) for a in links]
    prefix = "" if lang == "fr" else "English "
    assert sessions == [f"{prefix}Données ouvertes", f"{prefix}Villes ouvertes"]
    assert bruno.select_one(".speaker-card__name a")["href"] == (
        f"{URLS[lang]}{speakers['bruno'].slug}/"
    )


@pytest.mark.parametrize("cached", [False, True], ids=["uncached", "page cache on"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_filter_by_initial_and_country_and_sort_by_country(
    client, speakers, lang, cached, request
):
    if cached:  # as in production: the page cache keeps only known parameters
        request.getfixturevalue("page_cache_on")
    assert names(client.get(URLS[lang], {"initial": "E"})) == ["Bruno Élan"]
    assert names(client.get(URLS[lang], {"country": "France"})) == [
        "Chloé Albert",
        "Bruno Élan",
    ]
    assert names(client.get(URLS[lang], {"sort": "country"})) == [
        "Ada Zimmer",
        "Chloé Albert",
        "Bruno Élan",
    ]
    # Unknown values are ignored, never an error.
    assert len(names(client.get(URLS[lang], {"initial": "<x>", "sort": "?"}))) == 3


def test_initials_are_links_and_the_index_has_both_languages(client, speakers):
    page = BeautifulSoup(client.get(URLS["fr"]).content, "html.parser")
    letters = [a.get_text(strip=True) for a in page.select(".initials a")]
    assert letters == ["Tous", "A", "E", "Z"]
    alternates = {
        link["hreflang"]: link["href"] for link in page.select("link[hreflang]")
    }
    assert alternates["en"].endswith(URLS["en"])
    programme = BeautifulSoup(client.get("/en/programme/").content, "html.parser")
    assert programme.find("a", href=URLS["en"])
