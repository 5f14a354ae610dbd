"""Language negotiation, translated URLs, hreflang and the language switcher."""

import pytest
import time_machine

from presentation.models import ContentPage
from tests.helpers import soup, soup_any
from tests.participation_helpers import DURING_CALL

pytestmark = pytest.mark.django_db

PAIRS = [
    ("/fr/", "/en/"),
    ("/fr/le-partenariat/", "/en/the-partnership/"),
    ("/fr/le-sommet-mondial-2016/", "/en/the-2016-global-summit/"),
    ("/fr/l-action-de-la-france/", "/en/frances-action/"),
    ("/fr/mentions-legales/", "/en/legal-notice/"),
    ("/fr/donnees-personnelles/", "/en/personal-data/"),
    ("/fr/accessibilite/", "/en/accessibility/"),
]


@pytest.mark.parametrize(
    "accept, expected",
    [
        (None, "/fr/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("en-US", "/en/"),
        ("fr-FR,fr;q=0.9,en;q=0.5", "/fr/"),
        ("de-DE,de;q=0.9", "/en/"),  # neither language: English (issue 17)
    ],
)
def test_root_redirects_to_preferred_language(client, accept, expected):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept} if accept else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response.get("Vary", "")


@pytest.mark.parametrize("fr_url, en_url", PAIRS)
def test_every_page_has_its_language_and_one_h1(client, fr_url, en_url):
    for url, lang in ((fr_url, "fr"), (en_url, "en")):
        page = soup(client.get(url))
        assert page.html["lang"] == lang
        assert len(page.find_all("h1")) == 1


@pytest.mark.parametrize("fr_url, en_url", PAIRS)
def test_hreflang_alternates_point_to_both_versions(client, fr_url, en_url):
    for url in (fr_url, en_url):
        links = {
            link["hreflang"]: link["href"]
            for link in soup(client.get(url)).find_all(
                "link", rel="alternate", hreflang=True
            )
        }
        assert links == {
            "fr": f"http://testserver{fr_url}",
            "en": f"http://testserver{en_url}",
            "x-default": f"http://testserver{fr_url}",
        }


@pytest.mark.parametrize("fr_url, en_url", PAIRS)
def test_switcher_leads_to_the_same_page_in_the_other_language(client, fr_url, en_url):
    french = soup(client.get(fr_url)).select_one(".lang-switch a[hreflang=en]")
    english = soup(client.get(en_url)).select_one(".lang-switch a[hreflang=fr]")
    assert french["href"] == en_url
    assert french["lang"] == "en"
    assert english["href"] == fr_url


def test_switcher_falls_back_to_other_home_when_page_is_not_translated(client, fr_home):
    page = ContentPage(title="Page sans traduction", slug="page-sans-traduction")
    fr_home.add_child(instance=page)
    page.save_revision().publish()

    html = soup(client.get("/fr/page-sans-traduction/"))
    link = html.select_one(".lang-switch a[hreflang=en]")
    assert link["href"] == "/en/"
    assert "not translated" in link.get_text()
    hreflangs = {
        a["hreflang"] for a in html.find_all("link", rel="alternate", hreflang=True)
    }
    assert hreflangs == {"fr", "x-default"}


def test_draft_translation_is_not_offered(client, en_home):
    english = en_home.get_children().get(slug="the-partnership").specific
    english.unpublish()
    html = soup(client.get("/fr/le-partenariat/"))
    assert html.select_one(".lang-switch a[hreflang=en]")["href"] == "/en/"
    assert client.get("/en/the-partnership/").status_code == 404


def test_main_menu_and_footer_are_in_the_visitor_language(client):
    # While the call is open, its page is in the menu (test_summit_phases).
    with time_machine.travel(DURING_CALL):
        fr = soup(client.get("/fr/"))
        en = soup(client.get("/en/"))
    fr_menu = [a.get_text(strip=True) for a in fr.select(".main-nav a")]
    en_menu = [a.get_text(strip=True) for a in en.select(".main-nav a")]
    assert fr_menu == [
        "Accueil",
        "Le Partenariat",
        "Le Sommet mondial 2016",
        "Programme",
        "Proposer une session",
        "Semaine du gouvernement ouvert",
        "L’action de la France",
        "Actualités",
    ]
    assert en_menu == [
        "Home",
        "The Partnership",
        "The 2016 Global Summit",
        "Programme",
        "Propose a session",
        "Open Government Week",
        "France in OGP",
        "News",
    ]
    assert [a["href"] for a in en.select(".footer-nav a")] == [
        "/en/legal-notice/",
        "/en/personal-data/",
        "/en/accessibility/",
    ]
    assert [a.get_text(strip=True) for a in fr.select(".footer-nav a")] == [
        "Mentions légales",
        "Données personnelles",
        "Accessibilité",
    ]


def test_breadcrumbs_lead_back_home(client):
    html = soup(client.get("/en/the-partnership/"))
    crumbs = html.select(".breadcrumbs li")
    assert crumbs[0].a["href"] == "/en/"
    assert crumbs[0].get_text(strip=True) == "Home"
    assert crumbs[-1].get_text(strip=True) == "The Partnership"
    assert crumbs[-1].find(attrs={"aria-current": "page"})


def test_current_section_is_marked_in_menu(client):
    html = soup(client.get("/fr/le-partenariat/"))
    current = html.select(".main-nav a[aria-current]")
    assert [a.get_text(strip=True) for a in current] == ["Le Partenariat"]


def test_unknown_page_is_a_404(client):
    assert client.get("/en/no-such-page/").status_code == 404


@pytest.mark.parametrize(
    "url, heading, home",
    [
        ("/fr/nulle-part/", "Page introuvable", "/fr/"),
        ("/en/nowhere/", "Page not found", "/en/"),
    ],
)
def test_not_found_page_speaks_the_visitor_language(client, url, heading, home):
    response = client.get(url)
    assert response.status_code == 404
    html = soup_any(response)
    assert html.h1.get_text(strip=True) == heading
    assert html.select_one("main a.fr-btn")["href"] == home


def test_untranslated_page_is_shown_in_french_with_a_notice(client, fr_home):
    page = ContentPage(
        title="Ateliers de co-construction", slug="ateliers", intro="Texte français."
    )
    fr_home.add_child(instance=page)
    page.save_revision().publish()

    response = client.get("/en/ateliers/")
    html = soup(response)
    assert html.html["lang"] == "en"
    assert html.main["lang"] == "fr"
    assert html.main.h1.get_text(strip=True) == "Ateliers de co-construction"
    assert "not translated yet" in html.select_one(".notice").get_text()
    assert html.select_one(".lang-switch a[hreflang=fr]")["href"] == "/fr/ateliers/"


def test_french_slug_in_english_redirects_to_the_translation(client):
    response = client.get("/en/le-partenariat/")
    assert response.status_code == 302
    assert response["Location"] == "/en/the-partnership/"


def test_french_draft_is_not_shown_through_the_fallback(client, fr_home):
    page = ContentPage(title="Brouillon", slug="brouillon", live=False)
    fr_home.add_child(instance=page)
    assert client.get("/en/brouillon/").status_code == 404


def test_link_to_an_untranslated_page_keeps_the_visitor_language(fr_home, rf):
    from django.utils import translation

    from home.templatetags.site_tags import localized_pageurl

    page = ContentPage(title="Ateliers", slug="ateliers")
    fr_home.add_child(instance=page)
    page.save_revision().publish()
    request = rf.get("/en/")
    with translation.override("en"):
        assert localized_pageurl({"request": request}, page) == "/en/ateliers/"
        partnership = fr_home.get_children().get(slug="le-partenariat")
        assert localized_pageurl({"request": request}, partnership) == (
            "/en/the-partnership/"
        )
