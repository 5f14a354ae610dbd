"""Changes visitors see that do not go through publishing (privacy, redirects,
sites) empty both caches at once: a new page cache generation and a ban in
Varnish. Documents, also deleted in bulk, purge their keys in both."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
    Site,
)

from pagecache import generation
from presentation.models import ContentPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

SECRET = "zqcachedsecret"


@pytest.fixture
def bans(monkeypatch):
    """The bans sent to Varnish (one per invalidation)."""
    sent = []
    monkeypatch.setattr("pagecache.varnish.ban_everything", lambda: sent.append("/"))
    return sent


@pytest.fixture
def purges(monkeypatch):
    """The keys purged in Varnish (one list per change)."""
    sent = []
    monkeypatch.setattr("pagecache.varnish.purge_keys", lambda keys: sent.append(keys))
    return sent


def add_page(parent, slug):
    page = ContentPage(title=f"Page {slug}", slug=slug, intro=f"{SECRET} {slug}")
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_making_a_section_private_in_the_admin_hides_it_at_once(commit, bans, fr_home):
    section = add_page(fr_home, "section-a-cacher")
    child = add_page(section, "sous-page")
    for url in (section.url, child.url):
        Client().get(url)
        assert Client().get(url)["X-Page-Cache"] == "hit"
    admin = Client()
    admin.force_login(User.objects.create_superuser("root", "root@example.org", "x"))
    response = commit(
        admin.post,
        f"/admin/pages/{section.pk}/privacy/",
        {"restriction_type": "password", "password": "s3cret"},
    )
    assert response.status_code == 200
    assert PageViewRestriction.objects.filter(page=section).exists()
    for url in (section.url, child.url):
        body = Client().get(url).content.decode()
        assert SECRET not in body, url
        assert 'name="password"' in body, url
    assert bans


def changes():
    """(label, action) pairs that visitors would see."""
    document_model = get_document_model()

    def page_restriction():
        page = ContentPage.objects.get(url_path__endswith="/le-partenariat/")
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )

    def page_restriction_removed():
        PageViewRestriction.objects.all().delete()

    def restriction_groups():
        restriction = PageViewRestriction.objects.get()
        restriction.groups.add(Group.objects.first())

    def collection_restriction():
        CollectionViewRestriction.objects.create(
            collection=Collection.get_first_root_node(),
            restriction_type=CollectionViewRestriction.LOGIN,
        )

    def redirect():
        Redirect.objects.create(old_path="/ancienne", redirect_link="/fr/")

    def site():
        site = Site.objects.get(is_default_site=True)
        site.site_name = "Nouveau nom"
        site.save()

    def document():
        document_model.objects.create(
            title="Programme", file=ContentFile(b"%PDF-1.4", name="programme.pdf")
        )

    def documents_deleted_in_bulk():
        document_model.objects.all().delete()

    return {
        "document": document,
        "documents deleted in bulk": documents_deleted_in_bulk,
        "page restriction": page_restriction,
        "restriction groups": restriction_groups,
        "page restriction removed": page_restriction_removed,
        "collection restriction": collection_restriction,
        "redirect": redirect,
        "site": site,
    }


KEYED = ("document", "documents deleted in bulk")


@pytest.mark.parametrize("change", [c for c in changes() if c not in KEYED])
def test_each_visible_change_empties_both_caches(commit, bans, change):
    # State the change needs (a restriction to edit, a document to delete).
    if change in ("restriction groups", "page restriction removed"):
        page = ContentPage.objects.get(url_path__endswith="/le-partenariat/")
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
    if change == "documents deleted in bulk":
        get_document_model().objects.create(
            title="Vieux", file=ContentFile(b"%PDF-1.4", name="vieux.pdf")
        )
    before = generation.current()
    bans.clear()
    commit(changes()[change])
    assert generation.current() != before
    assert bans


@pytest.mark.parametrize("change", KEYED)
def test_document_changes_purge_the_document_keys(commit, bans, purges, change):
    if change == "documents deleted in bulk":
        get_document_model().objects.create(
            title="Vieux", file=ContentFile(b"%PDF-1.4", name="vieux.pdf")
        )
    bans.clear()
    commit(changes()[change])
    assert not bans
    assert purges
    assert all("wagtaildocs_document" in keys for keys in purges)


# Cache keys -------------------------------------------------------------------


def test_unknown_query_parameters_share_the_page_s_entry():
    Client().get("/fr/programme/?format=workshop")
    for query in ("?utm_source=x&format=workshop", "?format=workshop&zz=1&", "?a"):
        url = "/fr/programme/" + query
        expected = "miss" if query == "?a" else "hit"
        assert Client().get(url)["X-Page-Cache"] == expected, query
    assert Client().get("/fr/programme/?b")["X-Page-Cache"] == "hit"


def test_an_unknown_parameter_never_reaches_the_page():
    body = Client().get("/fr/programme/?zqinjected=1&format=workshop").content
    assert b"zqinjected" not in body


def test_the_scheme_is_part_of_the_cache_key(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # One Host header: only the scheme differs (as behind the TLS proxy).
    https = {"Host": "testserver", "X-Forwarded-Proto": "https"}
    plain = Client().get("/en/", headers={"Host": "testserver"})
    secure = Client().get("/en/", headers=https)
    assert plain["X-Page-Cache"] == secure["X-Page-Cache"] == "miss"
    assert 'rel="canonical" href="https://testserver' in secure.content.decode()
    again = Client().get("/en/", headers=https)
    assert again["X-Page-Cache"] == "hit"
    assert 'rel="canonical" href="http://' not in again.content.decode()


def test_every_filter_the_pages_read_is_a_known_parameter():
    from pagecache.middleware import KNOWN_PARAMETERS
    from participation.agenda import AgendaFilterForm
    from programme.filters import ProgrammeFilterForm
    from programme.speakers import PARAMETERS as SPEAKERS_INDEX

    read = {
        *ProgrammeFilterForm.base_fields,
        *AgendaFilterForm.base_fields,
        *SPEAKERS_INDEX,
        "page",
    }
    assert read <= KNOWN_PARAMETERS
    vcl = (
        Path(__file__).resolve().parent.parent / "deploy" / "varnish" / "default.vcl"
    ).read_text()
    listed = re.search(r"\(\?!\(([a-z_|]+)\)=\)", vcl).group(1).split("|")
    assert set(listed) == KNOWN_PARAMETERS
