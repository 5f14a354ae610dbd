"""A private section is not announced on public pages: neither the menu nor
the home page's cards list it or show its summary."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from presentation.models import ContentPage

pytestmark = pytest.mark.django_db

SECRET = "zqsummaryofprivate"


@pytest.fixture
def private_section(fr_home):
    page = ContentPage(
        title="Section réservée",
        slug="section-reservee",
        intro=SECRET,
        search_description=SECRET,
        show_in_menus=True,
    )
    fr_home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_public_section_is_in_the_menu_and_cards(private_section, fr_home):
    body = Client().get(fr_home.url).content.decode()
    assert private_section.url in body


@pytest.mark.parametrize("kind", ["password", "login"])
def test_a_private_section_is_neither_in_the_menu_nor_in_the_cards(
    private_section, fr_home, kind
):
    PageViewRestriction.objects.create(page=private_section, restriction_type=kind)
    for url in (fr_home.url, "/fr/le-partenariat/"):
        body = Client().get(url).content.decode()
        assert private_section.url not in body, url
        assert "Section réservée" not in body, url
        assert SECRET not in body, url


def test_a_whole_site_restriction_keeps_the_menu_for_those_let_in(
    private_section, fr_home
):
    restriction = PageViewRestriction.objects.create(
        page=fr_home, restriction_type="password", password="s3cret"
    )
    visitor = Client()
    session = visitor.session
    session[restriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    body = visitor.get(fr_home.url).content.decode()
    assert "/fr/le-partenariat/" in body
