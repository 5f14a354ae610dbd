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
