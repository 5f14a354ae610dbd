"""Sitemap, robots.txt, canonical and sharing tags."""

import xml.etree.ElementTree as ET

import pytest

from tests.factories import make_session
from tests.helpers import soup

pytestmark = pytest.mark.django_db

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def test_sitemap_lists_both_languages_with_alternates(client):
    make_session("Ouverture", "Opening")
    make_session("Brouillon", "Draft", status="draft")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {
        u.find("s:loc", NS).text: {
            a.get("hreflang"): a.get("href") for a in u.findall("x:link", NS)
        }
        for u in root.findall("s:url", NS)
    }
    assert urls["http://testserver/fr/le-partenariat/"] == {
        "fr": "http://testserver/fr/le-partenariat/",
        "en": "http://testserver/en/the-partnership/",
        "x-default": "http://testserver/fr/le-partenariat/",
    }
    assert "http://testserver/en/the-partnership/" in urls
    assert "http://testserver/en/programme/opening/" in urls
    assert urls["http://testserver/fr/programme/ouverture/"]["en"] == (
        "http://testserver/en/programme/opening/"
    )
    assert not any("brouillon" in url for url in urls)
    assert len([u for u in urls if "/en/" in u]) == len(
        [u for u in urls if "/fr/" in u]
    )


def test_robots_points_to_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_pages_have_canonical_and_sharing_tags(client):
    html = soup(client.get("/en/the-partnership/?utm_source=x"))
    assert html.find("link", rel="canonical")["href"] == (
        "http://testserver/en/the-partnership/"
    )
    og = {m["property"]: m["content"] for m in html.find_all("meta", property=True)}
    assert og["og:title"] == "The Partnership"
    assert og["og:locale"] == "en_GB"
    assert og["og:description"].startswith("The Open Government Partnership (OGP)")


def _sharing_tags(html):
    return {
        meta.get("property") or meta.get("name"): meta["content"]
        for meta in html.find_all("meta")
        if meta.get("content") is not None
    }


@pytest.mark.parametrize(
    ("url", "title"),
    [("/en/the-partnership/", "The Partnership"), ("/fr/programme/", "Programme")],
)
def test_pages_share_a_default_image_and_a_large_twitter_card(client, url, title):
    tags = _sharing_tags(soup(client.get(url)))
    assert tags["og:image"] == "http://testserver/static/img/og-default.png"
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    assert tags["og:image:alt"]
    assert tags["twitter:card"] == "summary_large_image"
    assert tags["twitter:title"] == tags["og:title"] == title
    assert tags["twitter:description"] == tags["og:description"]


def test_default_sharing_image_is_served(client):
    from io import BytesIO

    from PIL import Image

    response = client.get("/static/img/og-default.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    data = b"".join(response.streaming_content)
    assert len(data) < 80_000
    assert Image.open(BytesIO(data)).size == (1200, 630)


def test_session_pages_share_the_session_title(client):
    make_session("Ouverture", "Opening")
    tags = _sharing_tags(soup(client.get("/en/programme/opening/")))
    assert tags["og:title"] == tags["twitter:title"] == "Opening"
    assert tags["og:image"].endswith("/static/img/og-default.png")


@pytest.mark.parametrize(
    ("url", "name"), [("/fr/", "Sommet mondial"), ("/en/", "Global Summit")]
)
def test_home_page_describes_the_summit_as_a_schema_org_event(client, url, name):
    import json

    script = soup(client.get(url)).find("script", type="application/ld+json")
    data = json.loads(script.string)
    assert data["@type"] == "Event"
    assert name in data["name"]
    assert (data["startDate"], data["endDate"]) == ("2016-12-07", "2016-12-09")
    assert data["location"]["address"]["addressLocality"] == "Paris"
    assert data["url"] == f"http://testserver{url}"
    assert data["inLanguage"] == url.strip("/")
