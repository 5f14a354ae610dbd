"""Private sections stay private on every page type, sub-pages included
(view restrictions are read from the ancestors the breadcrumbs share)."""

import pytest
from wagtail.models import PageViewRestriction

from presentation.models import ContentPage
from programme.models import ProgrammePage
from tests.factories import make_session

pytestmark = pytest.mark.django_db

SECRET = "zqprivatecontent"


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )


def add_page(parent, slug):
    page = ContentPage(title=f"Page {slug}", slug=slug, intro=f"{SECRET} {slug}")
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_child_of_a_private_page_asks_for_the_password(client, fr_home):
    section = add_page(fr_home, "section-privee")
    child = add_page(section, "sous-page")
    assert SECRET in client.get(child.url).content.decode()
    restrict(section)
    response = client.get(child.url)
    body = response.content.decode()
    assert SECRET not in body
    assert 'name="password"' in body


def test_whole_site_restriction_covers_programme_sub_pages(client, fr_home):
    programme = ProgrammePage.objects.get(locale__language_code="fr")
    session = make_session(
        title="Session confidentielle", description="<p>zqsession</p>"
    )
    url = f"{programme.url}{session.slug}/"
    assert "zqsession" in client.get(url).content.decode()
    restrict(fr_home)
    body = client.get(url).content.decode()
    assert "zqsession" not in body
    assert 'name="password"' in body


def test_restriction_elsewhere_leaves_a_page_public(client, fr_home):
    private = add_page(fr_home, "ailleurs")
    public = add_page(fr_home, "publique")
    restrict(private)
    assert SECRET in client.get(public.url).content.decode()
