"""Snippet listings for two languages: a "Language" column and filter (not
"Locale"/"Région"), French rows for Communication, English for translators."""

import pytest
from django.utils import translation
from wagtail.users.models import UserProfile

from access.roles import COMMUNICATION, TRANSLATORS
from presentation.models import Commitment
from tests.factories import (
    fr,
    make_member,
    make_session,
    make_speaker,
    make_theme,
    make_venue,
)
from tests.helpers import soup

pytestmark = pytest.mark.django_db

LISTINGS = [
    "/admin/snippets/programme/session/",
    "/admin/snippets/programme/speaker/",
    "/admin/snippets/programme/theme/",
    "/admin/snippets/programme/venue/",
    "/admin/snippets/presentation/commitment/",
]


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select("tbody td.title a")]


@pytest.mark.parametrize("url", LISTINGS)
@pytest.mark.parametrize(
    ("language", "label", "wrong"),
    [("fr", "Langue", "Région"), ("en", "Language", "Locale")],
)
def test_listings_say_language(client, url, language, label, wrong):
    make_session(
        "Séance",
        "Session",
        theme=make_theme(),
        venue=make_venue(),
        speakers=[make_speaker()],
    )
    Commitment.objects.create(locale=fr(), number=99, title="Engagement")
    user = make_member(COMMUNICATION, "comms-listing")
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language=language
    )
    client.force_login(user)
    page = soup(client.get(url))
    headers = [th.get_text(" ", strip=True) for th in page.select("thead th")]
    assert label in headers and wrong not in headers
    legends = [node.get_text(" ", strip=True) for node in page.select("legend, label")]
    assert label in legends and wrong not in legends


def test_communication_lands_on_french_and_translators_on_english(client):
    make_session("Séance d'ouverture", "Opening session")
    client.force_login(make_member(COMMUNICATION, "comms-land"))
    french = client.get("/admin/snippets/programme/session/")
    assert "Séance d'ouverture" in titles(french)
    assert "Opening session" not in titles(french)
    everything = client.get("/admin/snippets/programme/session/", {"locale": ""})
    assert {"Séance d'ouverture", "Opening session"} <= set(titles(everything))

    client.force_login(make_member(TRANSLATORS, "tr-land"))
    english = client.get("/admin/snippets/programme/session/")
    assert titles(english) == ["Opening session"] or (
        "Opening session" in titles(english)
        and "Séance d'ouverture" not in titles(english)
    )
    with translation.override("en"):
        cells = [td.get_text(strip=True) for td in soup(english).select("tbody td")]
    assert "English" in cells


def accept_in_edit_view(client, proposal):
    url = f"/admin/snippets/participation/proposal/edit/{proposal.pk}/"
    page = soup(client.get(url))
    form = page.find("input", attrs={"name": "title"}).find_parent("form")
    data = {
        field["name"]: field.get("value", "")
        for field in form.find_all("input")
        if field.get("name") and field.get("type") not in ("checkbox", "submit")
    }
    for select in form.find_all("select"):
        chosen = select.find("option", selected=True)
        data[select["name"]] = chosen["value"] if chosen else ""
    for area in form.find_all("textarea"):
        data[area["name"]] = area.get_text()
    data["action-accept"] = ""
    return page, client.post(url, data, follow=True)


def test_accepting_a_proposal_says_so_and_links_to_the_draft_session(
    client, django_capture_on_commit_callbacks
):
    from tests.participation_helpers import make_proposal

    client.force_login(make_member(COMMUNICATION, "comms-accept"))
    proposal = make_proposal(title="Budget ouvert", languages=["fr", "en"])
    with django_capture_on_commit_callbacks(execute=True):
        before, response = accept_in_edit_view(client, proposal)
    # Languages read as words in the edit view, not as a list of codes.
    text = before.get_text(" ", strip=True)
    assert "français, anglais" in text and "['fr', 'en']" not in text
    proposal.refresh_from_db()
    session_url = f"/admin/snippets/programme/session/edit/{proposal.session_id}/"
    messages = soup(response).select(".messages li")
    accepted = [m for m in messages if m.find("a", href=session_url)]
    assert accepted, [m.get_text(" ", strip=True) for m in messages]
    assert "Budget ouvert" in accepted[0].get_text()
