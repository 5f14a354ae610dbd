"""Staff edit every page in the admin; roles limit translators to English."""

import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import Page

from home.roles import COMMUNICATION, TRANSLATORS
from presentation.models import ContentPage

pytestmark = pytest.mark.django_db


def member_of(group_name, username):
    user = User.objects.create_user(username, password="x", is_staff=False)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def communication():
    return member_of(COMMUNICATION, "comms")


@pytest.fixture
def translator():
    return member_of(TRANSLATORS, "translator")


def test_every_page_opens_in_the_editor(client, admin_user):
    client.force_login(admin_user)
    for page in Page.objects.filter(depth__gte=2):
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page.url_path


def test_communication_creates_and_publishes_a_french_page(
    client, communication, fr_home
):
    client.force_login(communication)
    response = client.post(
        f"/admin/pages/add/presentation/contentpage/{fr_home.pk}/",
        {
            "title": "Les ateliers",
            "slug": "les-ateliers",
            "intro": "Des ateliers toute l'année.",
            "body-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    page = ContentPage.objects.get(slug="les-ateliers")
    assert page.live and page.locale.language_code == "fr"
    assert client.get("/fr/les-ateliers/").status_code == 200


def test_translator_edits_english_but_not_french(client, translator, fr_home, en_home):
    client.force_login(translator)
    english = en_home.get_children().get(slug="the-partnership")
    french = fr_home.get_children().get(slug="le-partenariat")
    assert client.get(f"/admin/pages/{english.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{french.pk}/edit/").status_code in (302, 403)

    revisions = french.revisions.count()
    response = client.post(
        f"/admin/pages/{french.pk}/edit/",
        {"title": "Piraté", "slug": "le-partenariat", "action-publish": "publish"},
    )
    assert response.status_code in (302, 403)
    french.refresh_from_db()
    assert french.title == "Le Partenariat"
    assert french.revisions.count() == revisions


def test_commitments_are_managed_as_snippets(client, communication):
    client.force_login(communication)
    response = client.get("/admin/snippets/presentation/commitment/")
    assert response.status_code == 200
