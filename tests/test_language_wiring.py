"""The site's languages are wired in one module (site_config.languages): a
language added in settings with its URL words is routed everywhere."""

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.utils import translation

from pagecache.middleware import cacheable_request
from participation.models import AgendaPage
from programme.models import ProgrammePage
from search.addresses import search_url
from site_config import languages
from tests.factories import make_session, make_speaker
from tests.helpers import soup

pytestmark = pytest.mark.django_db

SPANISH = {
    "speakers": "ponentes",
    "open_data": "datos-abiertos",
    "register": "inscribirse",
    "thanks": "gracias",
    "search": "buscar",
}
THREE_LANGUAGES = [("fr", "Français"), ("en", "English"), ("es", "Español")]


@pytest.fixture
def spanish(monkeypatch):
    """Spanish added as a third language: settings and its words only."""
    for name, word in SPANISH.items():
        monkeypatch.setitem(languages.WORDS[name], "es", word)
    with override_settings(
        LANGUAGES=THREE_LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=THREE_LANGUAGES
    ):
        yield


def view_name(page_class, path):
    return page_class.resolve_subpage(page_class(), path).url_name


def test_routable_pages_route_the_words_of_an_added_language(spanish):
    assert view_name(ProgrammePage, "/ponentes/") == "speakers"
    assert view_name(ProgrammePage, "/ponentes/ada/") == "speaker"
    assert view_name(ProgrammePage, "/datos-abiertos/") == "open_data"
    assert view_name(AgendaPage, "/inscribirse/") == "register"
    assert view_name(AgendaPage, "/gracias/") == "thanks"
    # The first two languages keep their routes.
    assert view_name(ProgrammePage, "/intervenants/") == "speakers"
    assert view_name(ProgrammePage, "/speakers/ada/") == "speaker"
    assert view_name(AgendaPage, "/inscrire/") == "register"


def test_without_the_added_language_its_words_are_session_slugs():
    assert view_name(ProgrammePage, "/ponentes/") == "session"


def test_search_is_served_at_the_added_language_word(spanish, client):
    with translation.override("es"):
        assert search_url("es", q="datos") == "/es/buscar/?q=datos"
    response = client.get("/es/buscar/")
    assert response.status_code == 200
    assert soup(response).html["lang"] == "es"
    # Another language's word redirects to the added language's word.
    response = client.get("/es/recherche/?q=datos")
    assert response.status_code == 301
    assert response["Location"] == "/es/buscar/?q=datos"


def test_the_page_cache_needs_no_word_of_the_added_language(spanish, rf):
    assert cacheable_request(rf.get("/es/buscar/?q=datos"))
    assert cacheable_request(rf.get("/es/programa/"))
    assert not cacheable_request(rf.get("/admin/"))


def test_words_of_the_added_language_are_reserved_slugs(spanish):
    assert {"ponentes", "intervenants", "speakers", "ics"} <= languages.reserved_slugs()
    session = make_session("Ponentes")
    session.slug = "ponentes"
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert "slug" in error.value.message_dict


def test_a_language_without_a_word_uses_the_international_one(spanish):
    with override_settings(LANGUAGES=[*THREE_LANGUAGES, ("de", "Deutsch")]):
        assert languages.words("speakers")["de"] == "speakers"
        assert view_name(ProgrammePage, "/ponentes/") == "speakers"


def test_sub_page_links_use_the_words_of_the_page_language(client):
    make_session("Ouverture", "Opening", speakers=[make_speaker("Ada Démo")])
    french = soup(client.get("/fr/programme/intervenants/"))
    english = soup(client.get("/en/programme/speakers/"))
    assert french.find("link", hreflang="en")["href"].endswith(
        "/en/programme/speakers/"
    )
    assert english.find("link", hreflang="fr")["href"].endswith(
        "/fr/programme/intervenants/"
    )
