"""The public site search: languages, kinds, what stays hidden, hostile input."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from presentation.models import ContentPage
from programme.models import Session, Speaker
from search.base import Kind, Result
from search.kinds import KINDS, get_kind, register
from tests.factories import en, make_session, make_speaker, paris
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.engine]

FR, EN = "/fr/recherche/", "/en/search/"


def search(client, url, query, **params):
    return client.get(url, {"q": query, **params})


def groups(response):
    """{kind key: [(href, title)]} of the result groups, in page order."""
    found = {}
    for section in soup(response).select("section.search-group"):
        key = section["aria-labelledby"].removeprefix("search-group-")
        found[key] = [
            (a["href"], a.get_text(strip=True))
            for a in section.select(".search-result__title a")
        ]
    return found


def hrefs(response):
    return [href for links in groups(response).values() for href, _title in links]


def add_page(parent, title, slug, intro):
    page = ContentPage(title=title, slug=slug, intro=intro)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


# Languages -------------------------------------------------------------


def test_finds_french_page_by_french_word_under_fr_only(client):
    response = search(client, FR, "partenariat")
    assert "/fr/le-partenariat/" in hrefs(response)
    english = hrefs(search(client, EN, "partenariat"))
    assert "/fr/le-partenariat/" not in english
    assert all(href.startswith("/en/") for href in english)


def test_finds_english_page_under_en(client):
    found = groups(search(client, EN, "partnership"))
    assert ("/en/the-partnership/", "The Partnership") in found["pages"]
    assert all(href.startswith("/en/") for href, _title in found["pages"])


def test_french_only_page_is_not_an_english_result(client, fr_home):
    add_page(fr_home, "Page quinquina", "page-quinquina", "Quinquina et tisanes.")
    assert "/fr/page-quinquina/" in hrefs(search(client, FR, "quinquina"))
    assert hrefs(search(client, EN, "quinquina")) == []


# Programme -------------------------------------------------------------


def test_finds_scheduled_session_and_its_speaker_in_both_languages(client):
    ada = make_speaker("Ada Zylberstein")
    session = make_session("Atelier zéphyr", "Zephyr workshop", speakers=[ada])
    english = session.get_translation(en())

    assert groups(search(client, FR, "zéphyr"))["sessions"] == [
        (f"/fr/programme/{session.slug}/", "Atelier zéphyr")
    ]
    assert groups(search(client, EN, "zephyr"))["sessions"] == [
        (f"/en/programme/{english.slug}/", "Zephyr workshop")
    ]
    assert groups(search(client, FR, "Zylberstein"))["speakers"] == [
        (f"/fr/programme/intervenants/{ada.slug}/", "Ada Zylberstein")
    ]
    assert groups(search(client, EN, "zylberstein"))["speakers"] == [
        (f"/en/programme/speakers/{ada.slug}/", "Ada Zylberstein")
    ]


def test_cancelled_session_is_found_and_marked(client):
    make_session("Débat mistral", "Mistral debate", status=Session.CANCELLED)
    html = soup(search(client, FR, "mistral"))
    assert html.select_one(".search-result__title a").get_text() == "Débat mistral"
    assert "Annulée" in html.select_one(".search-result__meta").get_text()


def test_never_finds_draft_session_nor_a_speaker_only_on_it(client):
    hidden = make_speaker("Brunehilde Quetzal")
    make_session(
        "Brouillon quetzal", "Quetzal draft", status=Session.DRAFT, speakers=[hidden]
    )
    for url, word in ((FR, "quetzal"), (EN, "quetzal"), (FR, "Brunehilde")):
        response = search(client, url, word)
        assert groups(response) == {}
        assert "Brouillon quetzal" not in response.content.decode()
        assert "Quetzal draft" not in response.content.decode()


def test_speaker_without_public_session_is_not_found(client):
    make_speaker("Théodora Vasquez-Ombre")
    assert groups(search(client, FR, "Vasquez")) == {}


def test_french_only_session_is_not_an_english_result(client):
    make_session("Table ronde pélican", english_title=False)
    assert groups(search(client, FR, "pélican"))["sessions"]
    assert groups(search(client, EN, "pélican")) == {}


# Pages staff have not made public ------------------------------------------


def test_never_finds_unpublished_page(client, fr_home):
    page = add_page(fr_home, "Page capybara", "page-capybara", "Capybara.")
    assert hrefs(search(client, FR, "capybara")) == ["/fr/page-capybara/"]
    page.unpublish()
    assert groups(search(client, FR, "capybara")) == {}


def test_never_finds_draft_page(client, fr_home):
    draft = ContentPage(
        title="Brouillon ornithorynque", slug="ornithorynque", live=False
    )
    fr_home.add_child(instance=draft)
    draft.save_revision()
    assert groups(search(client, FR, "ornithorynque")) == {}


def test_never_finds_private_page_nor_its_children(client, fr_home):
    private = add_page(fr_home, "Espace privé okapi", "okapi", "Okapi privé.")
    add_page(private, "Sous-page okapi", "sous-okapi", "Okapi aussi.")
    assert len(hrefs(search(client, FR, "okapi"))) == 2
    PageViewRestriction.objects.create(
        page=private,
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",
    )
    assert groups(search(client, FR, "okapi")) == {}


# Groups, counts, pagination --------------------------------------------


def test_results_are_grouped_by_kind_with_heading_and_count(client, fr_home):
    add_page(fr_home, "Page albatros", "albatros", "Des albatros.")
    speaker = make_speaker("Albatros Martin")
    make_session("Vol d'albatros", speakers=[speaker])
    make_session("Albatros et climat")
    html = soup(search(client, FR, "albatros"))
    sections = html.select("section.search-group")
    assert [s["aria-labelledby"] for s in sections] == [
        "search-group-pages",
        "search-group-sessions",
        "search-group-speakers",
    ]
    heading = sections[1].find("h2")
    assert heading["id"] == "search-group-sessions"
    assert heading.get_text(" ", strip=True).startswith("Sessions")
    assert "2" in heading.select_one(".search-group__count").get_text()
    assert len(sections[1].select(".search-result")) == 2
    assert "4" in html.select_one(".search-summary").get_text()


def test_many_results_link_to_one_kind_page_by_page(client):
    for number in range(27):
        make_session(
            f"Colibri {number}",
            english_title=False,
            start=paris(7, 9),
            end=paris(7, 10),
        )
    html = soup(search(client, FR, "colibri"))
    assert len(html.select(".search-result")) == 5
    more = html.select_one(".search-group__more a")
    assert "27" in more.get_text()
    assert "kind=sessions" in more["href"]

    first = soup(client.get(more["href"]))
    assert len(first.select(".search-result")) == 20
    second = soup(client.get(first.select_one(".search-pages a[rel=next]")["href"]))
    assert len(second.select(".search-result")) == 7
    assert second.select_one(".search-pages a[rel=prev]")
    assert second.select_one(".search-back a")["href"] == "/fr/recherche/?q=colibri"


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "nope"},
        {"kind": "sessions", "page": "x"},
        {"kind": "sessions", "page": "999"},
    ],
)
def test_unknown_kind_or_page_is_ignored(client, params):
    make_session("Atelier héron")
    response = search(client, FR, "héron", **params)
    assert groups(response)["sessions"]


# Form, empty and hostile queries -----------------------------------------


@pytest.mark.parametrize("query", [None, "", "   ", "\t\n"])
def test_empty_query_shows_form_and_hint(client, query):
    response = client.get(FR, {} if query is None else {"q": query})
    html = soup(response)
    assert len(html.find_all("h1")) == 1
    form = html.select_one("main form[role=search]")
    assert form["method"] == "get" and form["action"] == FR
    field = form.select_one("input[type=search][name=q]")
    assert form.select_one(f"label[for={field['id']}]")
    assert html.select_one("#search-hint").get_text(strip=True)
    assert not html.select("section") and not html.select(".search-summary")


def test_page_is_noindex_without_csrf_token(client):
    response = search(client, FR, "gouvernement")
    html = soup(response)
    assert html.select_one("meta[name=robots]")["content"] == "noindex"
    assert b"csrfmiddlewaretoken" not in response.content
    assert "csrftoken" not in response.cookies


@pytest.mark.parametrize(
    "query",
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "x" * 5000,
        "gouver\x00nement",
        "\x00",
        '"',
        "'",
        '"unterminated',
        "AND OR NOT",
        "NOT gouvernement",
        "gouv* NEAR(a b) title:x ^",
        "% _ \\ ;--",
        "société 政府 🏛️ ÇA",
        "a " * 200,
    ],
)
@pytest.mark.parametrize("url", [FR, EN])
def test_hostile_queries_answer_200_and_are_escaped(client, url, query):
    response = search(client, url, query)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert" not in body
    assert "<img src=x" not in body
    assert "\x00" not in body
    value = soup(response).select_one("#search-q")["value"]
    assert len(value) <= 200


def test_long_query_is_shortened_with_a_message(client):
    response = search(client, FR, "gouvernement " + "x" * 300)
    html = soup(response)
    assert html.select_one(".notice")
    assert len(html.select_one("#search-q")["value"]) == 200


def test_quotes_and_operators_are_plain_words(client):
    plain = groups(search(client, FR, "gouvernement"))
    assert plain["pages"]
    for query in ('"gouvernement"', "-gouvernement", "gouvernement*", "(gouvernement"):
        assert groups(search(client, FR, query)) == plain


# Addresses and header --------------------------------------------------


def test_other_language_word_redirects(client):
    response = client.get("/en/recherche/", {"q": "x"})
    assert response.status_code == 301
    assert response["Location"] == "/en/search/?q=x"
    assert client.get("/fr/search/").headers["Location"] == "/fr/recherche/"
    odd = client.get("/fr/search/", {"language_code": "en", "q": "<b>"})
    assert odd["Location"] == "/fr/recherche/?language_code=en&q=%3Cb%3E"


def test_language_switcher_keeps_the_query(client):
    html = soup(search(client, FR, "open data"))
    link = html.select_one(".lang-switch a[hreflang=en]")
    assert link["href"] == "/en/search/?q=open+data"


@pytest.mark.parametrize(("url", "action"), [("/fr/", FR), ("/en/", EN)])
def test_header_has_a_labelled_search_form(client, url, action):
    html = soup(client.get(url))
    form = html.select_one("header form.site-search")
    assert form["action"] == action and form["method"] == "get"
    field = form.select_one("input[type=search][name=q]")
    assert form.select_one(f"label[for={field['id']}]").get_text(strip=True)
    assert form.select_one("button[type=submit]")


def test_search_page_has_one_search_form(client):
    html = soup(search(client, EN, "summit"))
    assert len(html.select("form[role=search]")) == 1


# Index kept current ------------------------------------------------------


def test_bulk_generated_sessions_and_speakers_are_indexed(client):
    call_command("generate_sessions", sessions=3, speakers=3, stdout=io.StringIO())
    assert len(groups(search(client, FR, "synthétique"))["sessions"]) == 3
    assert len(groups(search(client, EN, "synthetic"))["sessions"]) == 3
    assert groups(search(client, FR, "synthétique")).get("speakers")


# Extending -------------------------------------------------------------


def test_a_new_kind_is_one_registration(client):
    make_session("Atelier martin-pêcheur", speakers=[make_speaker("Iris Pêcheur")])
    extra = Kind(
        key="extra",
        heading="Extra",
        candidates=lambda locale: Speaker.objects.filter(locale=locale),
        public=lambda locale: Speaker.objects.filter(locale=locale),
        present=lambda objects, request, locale: [
            Result(url=f"/extra/{obj.pk}/", title=obj.name) for obj in objects
        ],
    )
    before = list(KINDS)
    try:
        register(extra)
        register(extra)  # registering again replaces, never duplicates
        assert [kind.key for kind in KINDS] == [*[k.key for k in before], "extra"]
        assert get_kind("extra") is extra
        found = groups(search(client, FR, "Pêcheur"))
        assert list(found) == ["sessions", "speakers", "extra"]
        assert found["extra"][0][1] == "Iris Pêcheur"
    finally:
        KINDS[:] = before
