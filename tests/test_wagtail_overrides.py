"""Tripwires for the three places that copy or replace Wagtail behaviour:

- `home/locales.py` replaces `LocaleManager.get_for_language` process-wide;
- `home/tree.py` copies `Page.get_view_restrictions` (ancestors read once);
- `site_config/fallback.py` copies `wagtail.views.serve` (the hook chain).

Each is checked twice: on the same data, the copy answers as Wagtail's own
implementation does; and the source of the Wagtail code it copies is pinned,
so that a Wagtail upgrade changing it fails here with the file to re-read,
instead of drifting silently. After re-reading the copy against the new
Wagtail code (and adapting it), update the pinned hash below."""

import hashlib
import inspect

import pytest
import wagtail.views
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.models.i18n import LocaleManager

from home import locales
from presentation.models import ContentPage

pytestmark = pytest.mark.django_db

# sha256 of inspect.getsource() of the Wagtail code each override copies.
PINNED = {
    "wagtail.models.i18n.LocaleManager.get_for_language": (
        locales._uncached,
        "home/locales.py",
    ),
    "wagtail.models.Page.get_view_restrictions": (
        Page.get_view_restrictions,
        "home/tree.py",
    ),
    "wagtail.views.serve": (wagtail.views.serve, "site_config/fallback.py"),
}
HASHES = {
    "wagtail.models.i18n.LocaleManager.get_for_language": (
        "18f837c7d750cfe4a7bfa7a903b7d4a039711155ab0bcba15bce4ce51ad0d396"
    ),
    "wagtail.models.Page.get_view_restrictions": (
        "f41021bde7cdda11d832d32e9e28cdb92f197ddac050218ff8c748e65a888c05"
    ),
    "wagtail.views.serve": (
        "eab2a9d475a3384347f8dd3a62e522b635298d6990adf6e3fbbdd302bfa8d62b"
    ),
}


def source_hash(function):
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()


@pytest.mark.parametrize("name", sorted(PINNED))
def test_the_wagtail_code_an_override_copies_has_not_changed(name):
    function, override = PINNED[name]
    assert source_hash(function) == HASHES[name], (
        f"Wagtail's {name} changed: re-read {override} against it (it copies or "
        f"replaces that code), adapt it, then pin the new hash in {__file__}."
    )


# home/locales.py --------------------------------------------------------------


def test_the_locale_override_is_installed_and_wraps_wagtails_method():
    assert LocaleManager.get_for_language is locales.get_for_language
    assert locales._uncached.__module__ == "wagtail.models.i18n"


@pytest.mark.parametrize("code", ["fr", "en", "fr-fr", "en-GB", "fr-CA"])
def test_remembered_locales_are_the_ones_wagtail_finds(code):
    locales.forget()
    wagtails = locales._uncached(Locale.objects, code)
    assert Locale.objects.get_for_language(code) == wagtails
    # Asked again, from memory: still the same row.
    assert Locale.objects.get_for_language(code) == wagtails


@pytest.mark.parametrize("code", ["de", "EN"])
def test_an_unsupported_language_fails_as_in_wagtail(code):
    with pytest.raises(LookupError):
        locales._uncached(Locale.objects, code)
    with pytest.raises(LookupError):
        Locale.objects.get_for_language(code)


# home/tree.py -----------------------------------------------------------------


def add_page(parent, slug):
    page = ContentPage(title=f"Page {slug}", slug=slug)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )


def test_view_restrictions_are_the_ones_wagtail_finds(fr_home):
    section = add_page(fr_home, "section-privee")
    child = add_page(section, "sous-page")
    public = add_page(fr_home, "publique")
    # Aliases: of a restricted page in a public place, and a public page's
    # alias inside the restricted section.
    alias_of_child = child.create_alias(parent=public, update_slug="alias-sous-page")
    alias_in_section = public.create_alias(parent=section, update_slug="alias-pub")
    restrict(section)
    restrict(child)
    pages = [
        *Page.objects.filter(depth__gt=1).specific(),
        alias_of_child.specific,
        alias_in_section.specific,
    ]
    assert any(isinstance(p, ContentPage) for p in pages)
    for page in pages:
        ours = set(page.get_view_restrictions().values_list("pk", flat=True))
        wagtails = set(Page.get_view_restrictions(page).values_list("pk", flat=True))
        assert ours == wagtails, page.url_path


def test_a_whole_site_restriction_is_found_by_both(fr_home):
    root = Page.objects.get(depth=1)
    restriction = restrict(root)
    page = add_page(fr_home, "sous-la-racine")
    assert list(page.get_view_restrictions()) == [restriction]
    assert list(Page.get_view_restrictions(page)) == [restriction]


# site_config/fallback.py ------------------------------------------------------


def test_the_fallback_runs_wagtails_before_serve_hooks(client, fr_home):
    """Wagtail's view restrictions are a before_serve_page hook: a French page
    shown to an English visitor is as private as in French."""
    page = add_page(fr_home, "atelier-prive")
    page.intro = "zqsecret"
    page.save_revision().publish()
    assert "zqsecret" in client.get("/en/atelier-prive/").content.decode()
    restrict(page)
    for url in ("/fr/atelier-prive/", "/en/atelier-prive/"):
        body = client.get(url).content.decode()
        assert "zqsecret" not in body, url
        assert 'name="password"' in body, url
