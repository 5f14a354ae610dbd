"""News: the index and its articles in both languages, paginated and filtered
by kind, RSS 2.0 and Atom feeds, head links, the home's latest three, the
sitemap and the search; drafts and private articles appear nowhere."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from access.roles import COMMUNICATION
from news.models import NewsIndexPage, NewsPage
from tests.factories import make_member
from tests.helpers import soup, text_of

pytestmark = pytest.mark.django_db

INDEX = {"fr": "/fr/actualites/", "en": "/en/news/"}
ATOM = "{http://www.w3.org/2005/Atom}"


def index_of(lang):
    return NewsIndexPage.objects.get(locale__language_code=lang)


def add_article(lang, title, date, kind=NewsPage.ANNOUNCEMENT, publish=True, **kw):
    index = index_of(lang)
    article = NewsPage(
        title=title,
        date=date,
        kind=kind,
        intro=f"Intro {title}",
        live=publish,
        **kw,
    )
    index.add_child(instance=article)
    revision = article.save_revision()
    if publish:
        revision.publish()
    return article


def plain(text):
    """French typography (curly apostrophes, narrow spaces) undone for comparison."""
    return " ".join(text.replace("\u2019", "'").split())


def titles(response):
    return [plain(a.get_text()) for a in soup(response).select(".news-card__title a")]


@pytest.mark.parametrize(
    "lang, title, demo",
    [
        (
            "fr",
            "L'appel à propositions de sessions est ouvert",
            "Contenu de démonstration",
        ),
        ("en", "The call for session proposals is open", "Demo content"),
    ],
)
def test_index_lists_seeded_articles_newest_first_and_leads_to_them(
    client, lang, title, demo
):
    response = client.get(INDEX[lang])
    page = soup(response)
    assert page.html["lang"] == lang
    listed = titles(response)
    assert len(listed) == 3
    assert listed[-1] == title  # 2 May 2016, the oldest
    assert demo in text_of(response)

    href = page.select(".news-card__title a")[-1]["href"]
    article = client.get(href)
    doc = soup(article)
    assert plain(doc.h1.get_text()) == title
    assert demo in text_of(article)
    assert doc.find("meta", property="og:type")["content"] == "article"
    assert plain(doc.find("meta", property="og:title")["content"]) == title
    assert doc.find("meta", property="og:description")["content"].startswith(
        "Article de démonstration" if lang == "fr" else "Demonstration article"
    )
    assert doc.find("meta", property="article:published_time")["content"].startswith(
        "2016-05-02"
    )


def test_english_articles_are_localize_translations_of_the_french():
    for french in NewsPage.objects.filter(locale__language_code="fr"):
        english = french.get_translation(
            NewsIndexPage.objects.get(locale__language_code="en").locale
        )
        assert english.live and english.is_demo
        assert (english.date, english.kind) == (french.date, french.kind)
        assert english.title != french.title


def test_index_shows_in_the_main_menu(client):
    for lang, url in INDEX.items():
        menu = soup(client.get(f"/{lang}/")).select(".main-menu a, nav a")
        assert url in [a["href"] for a in menu]


def test_pagination_ten_per_page_and_odd_page_numbers(client):
    for day in range(1, 13):
        add_article("fr", f"Article {day:02d}", datetime.date(2017, 1, day))
    first = client.get(INDEX["fr"])
    assert len(titles(first)) == 10
    assert titles(first)[0] == "Article 12"
    assert "15 articles" in text_of(first)
    second = client.get(INDEX["fr"], {"page": 2})
    assert len(titles(second)) == 5
    for hostile, expected in [
        ("0", titles(second)),
        ("999", titles(second)),
        ("-1", titles(second)),
        ("abc", titles(first)),
        ("1e9", titles(first)),
        ("<script>", titles(first)),
        ("", titles(first)),
    ]:
        response = client.get(INDEX["fr"], {"page": hostile})
        assert response.status_code == 200, hostile
        assert titles(response) == expected, hostile
    nav = soup(second).select_one("nav.pagination")
    assert nav.select_one("a[rel=prev]")["href"] == "?page=1"


def test_kind_filter_with_and_without_valid_values(client):
    add_article("en", "Press one", datetime.date(2016, 12, 1), NewsPage.PRESS_RELEASE)
    response = client.get(INDEX["en"], {"kind": "press_release"})
    assert titles(response) == ["Press one", "The Summit's programme is out"]
    assert soup(response).select_one("#news-kind option[selected]")["value"] == (
        "press_release"
    )
    summaries = client.get(INDEX["en"], {"kind": "session_summary"})
    assert titles(summaries) == ["Summary: the Summit's opening session"]
    for hostile in ["nope", "<b>", "announcement' OR 1=1", "x" * 5000, ""]:
        response = client.get(INDEX["en"], {"kind": hostile, "page": "2"})
        assert response.status_code == 200
        assert len(titles(response)) == 4, hostile
    # French labels for the kinds.
    fr = soup(client.get(INDEX["fr"]))
    labels = [o.get_text() for o in fr.select("#news-kind option")]
    assert labels == [
        "Tous les types",
        "Annonce",
        "Communiqué de presse",
        "Compte rendu de session",
    ]


def feed(client, lang, kind):
    response = client.get(f"{INDEX[lang]}{kind}/")
    assert response.status_code == 200
    return response, ET.fromstring(response.content)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rss_feed_is_rss_2_with_absolute_links(client, lang):
    response, root = feed(client, lang, "rss")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required)
    assert channel.findtext("link") == f"http://testserver{INDEX[lang]}"
    assert channel.findtext("language") == lang
    items = channel.findall("item")
    assert len(items) == 3
    for item in items:
        assert item.findtext("title")
        assert item.findtext("link").startswith(f"http://testserver{INDEX[lang]}")
        assert item.findtext("guid")
        assert item.findtext("pubDate")
    assert items[0].findtext("pubDate").endswith("2016 09:00:00 +0100")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_atom_feed_is_atom_1_with_absolute_links(client, lang):
    response, root = feed(client, lang, "atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert root.tag == f"{ATOM}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    for required in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{required}")
    self_link = root.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == f"http://testserver{INDEX[lang]}atom/"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 3
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{required}")
        link = entry.find(f"{ATOM}link").get("href")
        assert link.startswith(f"http://testserver{INDEX[lang]}")


@pytest.mark.parametrize(
    "url, lang", [("/fr/le-partenariat/", "fr"), ("/en/the-partnership/", "en")]
)
def test_every_page_links_to_the_feeds_of_its_language(client, url, lang):
    head = soup(client.get(url)).head
    rss = head.find("link", type="application/rss+xml")
    atom = head.find("link", type="application/atom+xml")
    assert rss["rel"] == ["alternate"] and rss["href"] == f"{INDEX[lang]}rss/"
    assert atom["rel"] == ["alternate"] and atom["href"] == f"{INDEX[lang]}atom/"


def test_home_shows_the_latest_three_of_its_language(client):
    add_article("fr", "Toute dernière", datetime.date(2016, 12, 20))
    add_article("fr", "Brouillon récent", datetime.date(2016, 12, 30), publish=False)
    fr = soup(client.get("/fr/")).select_one(".latest-news")
    assert [plain(a.get_text()) for a in fr.select(".news-card__title a")] == [
        "Toute dernière",
        "Compte rendu : la séance d'ouverture du Sommet",
        "Le programme du Sommet est publié",
    ]
    assert fr.select("a")[-1]["href"] == INDEX["fr"]
    en = soup(client.get("/en/")).select_one(".latest-news")
    assert len(en.select(".news-card")) == 3
    assert "Toute dernière" not in en.get_text()


def test_sitemap_and_search_include_an_article(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locs = {
        loc.text
        for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    }
    assert "http://testserver/en/news/programme-published/" in locs
    assert "http://testserver/fr/actualites/programme-publie/" in locs
    found = client.get("/en/search/", {"q": "programme is out"})
    assert "/en/news/programme-published/" in [
        a["href"] for a in soup(found).select("main a")
    ]


def test_drafts_and_private_articles_appear_nowhere(client):
    add_article(
        "fr",
        "Brouillon zorglub",
        datetime.date(2016, 12, 31),
        publish=False,
        slug="brouillon-zorglub",
    )
    private = add_article(
        "fr", "Privé zorglub", datetime.date(2016, 12, 31), slug="prive-zorglub"
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    urls = [
        INDEX["fr"],
        f"{INDEX['fr']}rss/",
        f"{INDEX['fr']}atom/",
        "/fr/",
        "/sitemap.xml",
        "/fr/recherche/?q=zorglub",
    ]
    for url in urls:
        body = client.get(url).content.decode()
        assert "brouillon-zorglub" not in body, url
        assert "prive-zorglub" not in body, url
        assert "Intro" not in body, url
    assert client.get(f"{INDEX['fr']}brouillon-zorglub/").status_code == 404


def test_a_preview_as_of_a_date_shows_only_the_news_written_by_then(client):
    client.force_login(make_member(COMMUNICATION, "com"))
    before = soup(client.get("/fr/?as_of=2016-06-01")).select_one(".latest-news")
    assert [plain(a.get_text()) for a in before.select(".news-card__title a")] == [
        "L'appel à propositions de sessions est ouvert"
    ]
    index = titles(client.get(INDEX["en"]))
    assert index == ["The call for session proposals is open"]
    # Back to today: every live article again, for staff as for visitors.
    today = soup(client.get("/fr/?as_of=")).select_one(".latest-news")
    assert len(today.select(".news-card")) == 3
