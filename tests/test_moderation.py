"""Staff moderate submissions in the admin: pending counts, edit then accept,
bulk decisions, the draft session made from a proposal, decision emails."""

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.urls import reverse

from access.roles import COMMUNICATION, TRANSLATORS
from participation import moderation
from participation.models import Event, Proposal
from programme.models import Session
from tests.factories import en, make_member, make_theme
from tests.helpers import soup
from tests.participation_helpers import make_event, make_proposal

pytestmark = [pytest.mark.django_db, pytest.mark.engine]


@pytest.fixture
def staff(client):
    user = make_member(COMMUNICATION, "moderatrice")
    client.force_login(user)
    return user


def edit_url(submission):
    name = submission._meta.model_name
    return reverse(f"wagtailsnippets_participation_{name}:edit", args=[submission.pk])


def test_accepting_a_proposal_creates_a_draft_session_with_its_data(
    django_capture_on_commit_callbacks,
):
    theme = make_theme()
    english_theme = theme.get_translation(en())
    proposal = make_proposal(
        title="Budget participatif",
        format="workshop",
        theme=english_theme,
        languages=["en", "es"],
        organisation="Ciudad Abierta",
        organisation_type=Proposal.PUBLIC_BODY,
        co_organisers="Red Transparencia",
        speakers="<b>María</b>",
        reply_language="en",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert moderation.accept(proposal) is True

    proposal.refresh_from_db()
    session = proposal.session
    assert proposal.status == Proposal.ACCEPTED
    assert session.status == Session.DRAFT
    assert session.locale.language_code == "fr"
    assert session.title == "Budget participatif"
    assert session.format == "workshop"
    assert session.theme == theme  # the French theme, whatever the form's language
    assert (session.in_french, session.in_english, session.in_other_language) == (
        False,
        True,
        True,
    )
    assert session.organisers == "Ciudad Abierta, Red Transparencia"
    assert session.organiser_type == Session.GOVERNMENT
    assert "Comment associer les citoyens au budget." in session.description
    assert "&lt;b&gt;María&lt;/b&gt;" in session.description
    # A draft session is not public.
    assert not session.is_public

    (decision,) = mail.outbox
    assert decision.to == ["ana@example.org"]
    assert decision.subject == "Accepted: Budget participatif"
    assert "has been accepted" in decision.body


def test_a_decision_is_taken_once(django_capture_on_commit_callbacks):
    proposal = make_proposal()
    with django_capture_on_commit_callbacks(execute=True):
        moderation.accept(proposal)
        moderation.accept(proposal)
    assert Session.objects.filter(title=proposal.title).count() == 1
    assert len(mail.outbox) == 1


def test_a_rejection_is_announced_in_the_submitters_language(
    django_capture_on_commit_callbacks,
):
    event = make_event(reply_language="fr", title="Forum ouvert")
    with django_capture_on_commit_callbacks(execute=True):
        moderation.reject(event)
    event.refresh_from_db()
    assert event.status == Event.REJECTED
    assert mail.outbox[0].to == ["secret-contact@example.org"]
    assert mail.outbox[0].subject == "Décision sur\u00a0: Forum ouvert"


def test_dashboard_shows_what_is_pending(client, staff):
    make_proposal()
    make_proposal(status=Proposal.ACCEPTED)
    make_event()
    make_event()
    make_event(status=Event.REJECTED)
    page = soup(client.get(reverse("wagtailadmin_home")))
    panel = page.find(id="pending-submissions-content") or page.find(
        id="pending-submissions"
    )
    rows = [" ".join(li.get_text().split()) for li in panel.select("li")]
    assert rows == ["1 propositions de session", "2 événements"]


def test_the_listing_filters_pending_submissions(client, staff):
    make_proposal(title="En attente")
    make_proposal(title="Déjà acceptée", status=Proposal.ACCEPTED)
    url = reverse("wagtailsnippets_participation_proposal:list")
    text = soup(client.get(url, {"status": "submitted"})).get_text()
    assert "En attente" in text
    assert "Déjà acceptée" not in text


def test_staff_edit_a_proposal_then_accept_it_in_one_step(
    client, staff, django_capture_on_commit_callbacks
):
    proposal = make_proposal(title="Titre avec une faute")
    page = soup(client.get(edit_url(proposal)))
    form = page.find("input", attrs={"name": "title"}).find_parent("form")
    assert form.find("button", attrs={"name": "action-accept"})
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
    data["title"] = "Titre corrigé"
    data["action-accept"] = ""
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(proposal), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    proposal.refresh_from_db()
    assert proposal.status == Proposal.ACCEPTED
    assert proposal.decided_by == staff
    assert proposal.session.title == "Titre corrigé"
    assert len(mail.outbox) == 1


def test_bulk_accept_and_reject(client, staff, django_capture_on_commit_callbacks):
    first, second = make_event(title="Un"), make_event(title="Deux")
    url = (
        reverse("wagtail_bulk_action", args=("participation", "event", "accept"))
        + f"?id={first.pk}&id={second.pk}"
    )
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Un" in soup(confirm).get_text()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    assert set(Event.objects.values_list("status", flat=True)) == {Event.ACCEPTED}
    assert len(mail.outbox) == 2

    url = (
        reverse("wagtail_bulk_action", args=("participation", "event", "reject"))
        + f"?id={first.pk}"
    )
    client.post(url)
    first.refresh_from_db()
    assert first.status == Event.REJECTED


def test_translators_never_see_submissions(client):
    make_proposal()
    client.force_login(make_member(TRANSLATORS, "traductrice"))
    response = client.get(reverse("wagtailsnippets_participation_proposal:list"))
    assert response.status_code in (302, 403)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "pending-submissions" not in home


def test_anonymous_visitors_cannot_reach_the_admin_listing(client):
    make_proposal()
    response = client.get(reverse("wagtailsnippets_participation_proposal:list"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_staff_are_notified_at_their_group_address(settings):
    from participation.emails import staff_recipients

    settings.PARTICIPATION_NOTIFY_EMAILS = []
    user = make_member(COMMUNICATION, "com2")
    user.email = "com2@example.gouv.fr"
    user.save()
    User.objects.create_user("other", email="other@example.org")
    assert staff_recipients() == ["com2@example.gouv.fr"]


def test_the_session_made_from_a_multiline_proposal_opens_in_the_editor(client):
    """Regression: Django's linebreaks writes <br>, which Wagtail's rich text
    editor refused with a server error; the session is stored with <br/>."""
    staff_user = make_member(COMMUNICATION, "editrice")
    proposal = make_proposal(description="Première ligne\r\nDeuxième ligne\n\nFin")
    moderation.accept(proposal)
    session = Proposal.objects.get(pk=proposal.pk).session
    assert "Première ligne<br/>Deuxième ligne" in session.description

    client.force_login(staff_user)
    url = reverse("wagtailsnippets_programme_session:edit", args=[session.pk])
    response = client.get(url)
    assert response.status_code == 200


def test_translators_cannot_list_or_search_submissions_through_choosers(client):
    """Regression: Wagtail's snippet choosers check no permission, so any
    admin user could list pending submissions and search them by email."""
    proposal = make_proposal(title="Proposition en attente", email="cachee@example.org")
    event = make_event(title="Événement en attente")
    client.force_login(make_member(TRANSLATORS, "traductrice-curieuse"))
    urls = [
        "/admin/snippets/choose/participation/proposal/",
        "/admin/snippets/choose/participation/proposal/results/?q=cachee",
        f"/admin/snippets/choose/participation/proposal/chosen/{proposal.pk}/",
        "/admin/snippets/choose/participation/event/",
        f"/admin/snippets/choose/participation/event/chosen/{event.pk}/",
        "/admin/localize/api/snippets/participation/proposal/",
        f"/admin/localize/api/snippets/participation/event/{event.pk}/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        body = response.content.decode()
        assert "en attente" not in body, url


def test_moderators_still_choose_submissions(client, staff):
    proposal = make_proposal(title="Proposition visible")
    response = client.get("/admin/snippets/choose/participation/proposal/")
    assert response.status_code == 200
    assert "Proposition visible" in response.content.decode()
    chosen = client.get(
        f"/admin/snippets/choose/participation/proposal/chosen/{proposal.pk}/"
    )
    assert chosen.status_code == 200
