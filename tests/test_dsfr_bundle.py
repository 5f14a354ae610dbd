"""The DSFR bundles the pages link (site_config/static/dsfr/) are what
site_config.dsfr builds from the installed django-dsfr, and every file they
point to exists: upgrading the package, or writing a DSFR class the bundle
left out, without `make dsfr` fails here."""

import re

import pytest
from django.contrib.staticfiles import finders

from site_config import dsfr, dsfr_purge


def test_committed_bundles_match_the_installed_django_dsfr():
    for name, build in dsfr.BUNDLES.items():
        assert (dsfr.OUT / name).read_text() == build(), (
            f"site_config/static/dsfr/{name} is out of date: run `make dsfr`"
        )


def test_every_file_the_stylesheet_points_to_is_a_static_file():
    css = (dsfr.OUT / "dsfr.css").read_text()
    targets = set(re.findall(r"url\((?!['\"]?data:)([^)'\"]+)\)", css))
    assert any(t.endswith("Marianne-Regular.woff2") for t in targets)
    missing = [t for t in targets if not finders.find(f"dsfr/{t}")]
    assert not missing


def test_a_template_naming_a_new_dsfr_class_needs_a_rebuild(tmp_path):
    """The purge reads the project's sources: a class added to a template is
    not in the bundle until `make dsfr`, and the first test above says so."""
    folder = tmp_path / "home" / "templates" / "home"
    folder.mkdir(parents=True)
    (folder / "card.html").write_text('<div class="fr-card fr-card--{{ size }}">')
    names, patterns = dsfr_purge.used_classes(tmp_path)
    keeper = dsfr_purge.Keeper(names, patterns)
    css = ".fr-card{a:1}.fr-card--sm .fr-card__title{b:2}.fr-tile{c:3}"
    kept = ".fr-card{a:1}.fr-card--sm .fr-card__title{b:2}"
    assert dsfr_purge.purge(css, keeper) == kept


def test_the_purge_keeps_what_could_still_match():
    keeper = dsfr_purge.Keeper({"fr-nav", "fr-btn"}, set())
    css = (
        # A :not() of an unused class matches more, not less.
        "a:not(.fr-tile){a:1}"
        # The DSFR's script adds the state modifiers and the elements.
        ".fr-nav--expanded .fr-nav__list{b:2}"
        # Unused modifiers, utilities and the dark theme go; a selector list
        # keeps its used members.
        ".fr-btn--icon-left,.fr-btn{c:3}.fr-mt-2v{d:4}"
        "@media (min-width:48em){.fr-col-md-6{e:5}.fr-btn{f:6}}"
        "[data-fr-theme=dark] .fr-btn{g:7}"
    )
    assert dsfr_purge.purge(css, keeper) == (
        "a:not(.fr-tile){a:1}.fr-nav--expanded .fr-nav__list{b:2}"
        ".fr-btn{c:3}@media (min-width:48em){.fr-btn{f:6}}"
    )


def test_the_purge_keeps_the_tokens_something_reads():
    css = (
        ':root{--used:var(--through);--through:red;--unused:blue;--icon:url("data:a;b")}'
        "\n.fr-btn{color:var(--used)}"
    )
    assert dsfr_purge.purge_tokens(css, set()) == (
        ":root{--used:var(--through);--through:red}\n.fr-btn{color:var(--used)}"
    )
    assert "--icon" in dsfr_purge.purge_tokens(css, {"--icon"})


def _styled_classes(css):
    return set(re.findall(r"\.(fr-[a-zA-Z0-9_-]+)", css))


@pytest.mark.django_db
def test_every_dsfr_class_a_page_carries_keeps_its_rules(client):
    """Each seed page, in both languages: a DSFR class in its HTML that the
    DSFR styles is styled by the bundle too."""
    from wagtail.models import Page

    full = _styled_classes("\n".join(dsfr.parts_css()))
    bundle = _styled_classes((dsfr.OUT / "dsfr.css").read_text())
    urls = [page.url for page in Page.objects.live().public().filter(depth__gt=1)]
    urls += ["/fr/recherche/?q=ouvert", "/en/search/?q=open", "/fr/nowhere/"]
    carried = set()
    for url in urls:
        html = client.get(url, follow=True).content.decode()
        for attribute in re.findall(r'class="([^"]*)"', html):
            carried |= {name for name in attribute.split() if name.startswith("fr-")}
    assert {"fr-header", "fr-footer", "fr-btn"} <= carried
    assert not (carried & full) - bundle
