"""The national action plan's commitments: listed by axis on France's action
page in both languages, each with its anchor, linked to the sessions about
them both ways, fresh after any change, and in the translation report."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation

from access.roles import TRANSLATORS
from presentation.models import Commitment
from presentation.seed.commitments import COMMITMENTS, MISSING
from presentation.seed.loader import CommitmentLoader
from programme.models import Session, SessionCommitment
from tests.factories import en, fr, make_member, make_session, translate_session
from tests.helpers import soup

pytestmark = pytest.mark.django_db

FR_PAGE = "/fr/l-action-de-la-france/"
EN_PAGE = "/en/frances-action/"


@pytest.fixture
def with_commitments():
    CommitmentLoader().run()


def commitment(number, locale=None):
    return Commitment.objects.get(locale=locale or fr(), number=number)


def link_session(session, *numbers):
    for order, number in enumerate(numbers):
        SessionCommitment.objects.create(
            session=session, commitment=commitment(number), sort_order=order
        )


def test_french_page_lists_the_commitments_under_their_axes(client, with_commitments):
    html = soup(client.get(FR_PAGE))
    axes = html.select("section.axis")
    assert [a["id"] for a in axes] == ["axe-1", "axe-2", "axe-3", "axe-4", "axe-5"]
    assert "Rendre des comptes" in axes[0].h3.get_text()
    first_axis = [li["id"] for li in axes[0].select("li.commitment")]
    assert first_axis == [f"engagement-{n}" for n in range(1, 10)]
    procurement = html.select_one("#engagement-2")
    assert "Accroître la transparence de la commande publique" in procurement.h4.text
    listed = len(html.select("li.commitment"))
    assert listed == len(COMMITMENTS) == 26 - len(MISSING)


def test_english_page_lists_them_in_english_with_english_anchors(
    client, with_commitments
):
    html = soup(client.get(EN_PAGE))
    axes = html.select("section.axis")
    assert [a["id"] for a in axes] == ["axis-1", "axis-2", "axis-3", "axis-4", "axis-5"]
    assert "Guaranteeing accountability" in axes[0].h3.get_text()
    procurement = html.select_one("#commitment-2")
    assert "Increase transparency in public procurement" in procurement.h4.text
    assert not html.select(".commitments [lang=fr]")  # every one translated


def test_axis_menu_links_to_each_axis_anchor(client, with_commitments):
    html = soup(client.get(FR_PAGE))
    targets = [a["href"] for a in html.select(".commitments__axes a")]
    assert targets == [f"#axe-{n}" for n in range(1, 6)]
    for target in targets:
        assert html.select_one(target) is not None


def test_titles_to_check_are_flagged_for_staff_never_shown_to_visitors(
    client, with_commitments
):
    flagged = {c.number for c in Commitment.objects.filter(title_to_check=True)}
    assert flagged == {spec.number for spec in COMMITMENTS if spec.check}
    body = client.get(FR_PAGE).content.decode()
    assert "vérifier" not in body and "to check" not in body


def test_loading_twice_keeps_what_staff_edited(with_commitments):
    edited = commitment(2)
    edited.title = "Titre revu par l'équipe"
    edited.save()
    assert CommitmentLoader().run() == 0
    assert commitment(2).title == "Titre revu par l'équipe"
    assert Commitment.objects.filter(locale=en()).count() == len(COMMITMENTS)


def test_session_page_links_to_its_commitments_in_each_language(
    client, with_commitments
):
    session = make_session(title="Marchés ouverts", english_title=False)
    link_session(session, 2, 7)
    english = translate_session(session, "Open contracts")

    html = soup(client.get(f"/fr/programme/{session.slug}/"))
    section = html.select_one("[aria-labelledby=commitments-title]")
    assert section.h2.get_text() == "Engagements liés"
    links = section.select("a")
    assert [a["href"] for a in links] == [
        f"{FR_PAGE}#engagement-2",
        f"{FR_PAGE}#engagement-7",
    ]
    assert "Accroître la transparence de la commande publique" in links[0].text

    html = soup(client.get(f"/en/programme/{english.slug}/"))
    section = html.select_one("[aria-labelledby=commitments-title]")
    assert section.h2.get_text() == "Related commitments"
    link = section.select_one("a")
    assert link["href"] == f"{EN_PAGE}#commitment-2"
    assert "Increase transparency in public procurement" in link.text


def test_commitment_lists_its_public_sessions_only(client, with_commitments):
    public = make_session(title="Commande publique ouverte", english_title=False)
    draft = make_session(title="Atelier en préparation", status=Session.DRAFT)
    link_session(public, 2)
    link_session(draft, 2)
    public_en = translate_session(public, "Open public procurement")

    item = soup(client.get(FR_PAGE)).select_one("#engagement-2")
    links = item.select(".commitment__sessions a")
    assert [a.text for a in links] == ["Commande publique ouverte"]
    assert links[0]["href"] == f"/fr/programme/{public.slug}/"

    item = soup(client.get(EN_PAGE)).select_one("#commitment-2")
    links = item.select(".commitment__sessions a")
    assert [a.text for a in links] == [public_en.title]
    assert links[0]["href"] == f"/en/programme/{public_en.slug}/"


def test_untranslated_session_is_listed_in_french_marked_as_such(
    client, with_commitments
):
    session = make_session(title="Séance non traduite", english_title=False)
    link_session(session, 15)
    item = soup(client.get(EN_PAGE)).select_one("#commitment-15")
    link = item.select_one(".commitment__sessions a")
    assert link.text == "Séance non traduite"
    assert link["lang"] == "fr"


def test_a_link_added_on_the_french_session_reaches_the_english_one(
    commit, with_commitments
):
    session = commit(make_session, title="Séance liée")
    english = Session.objects.get(locale=en(), translation_key=session.translation_key)

    def add_link():
        link_session(session, 11)
        session.save()  # as the admin's edit view saves the session with its rows

    commit(add_link)
    rows = list(english.session_commitments.all())
    assert [(r.commitment.number, r.commitment.locale_id) for r in rows] == [
        (11, en().pk)
    ]


def test_a_session_cannot_link_a_commitment_in_another_language(with_commitments):
    session = make_session(title="Séance en français", english_title=False)
    link = SessionCommitment(session=session, commitment=commitment(2, en()))
    with translation.override("en"), pytest.raises(ValidationError) as error:
        link.full_clean()
    assert error.value.message_dict["commitment"] == [
        "Choose the commitment in the session's language."
    ]
    SessionCommitment(session=session, commitment=commitment(2)).full_clean()


@pytest.mark.usefixtures("page_cache_on")
def test_changing_a_commitment_refreshes_the_cached_pages(commit, with_commitments):
    session = commit(make_session, title="Séance sur les données")
    client = Client()
    client.get(FR_PAGE)
    client.get(f"/fr/programme/{session.slug}/")

    def rename():
        renamed = commitment(15)
        renamed.title = "Titre mis à jour"
        renamed.save()

    commit(rename)
    assert "Titre mis à jour" in client.get(FR_PAGE).content.decode()

    commit(link_session, session, 15)
    item = soup(client.get(FR_PAGE)).select_one("#engagement-15")
    assert "Séance sur les données" in item.get_text()
    page = client.get(f"/fr/programme/{session.slug}/").content.decode()
    assert "Titre mis à jour" in page

    commit(SessionCommitment.objects.filter(session=session).delete)
    item = soup(client.get(FR_PAGE)).select_one("#engagement-15")
    assert "Séance sur les données" not in item.get_text()


def test_translation_report_lists_the_commitments(client, with_commitments):
    translator = make_member(TRANSLATORS, "traductrice")
    client.force_login(translator)
    body = client.get("/admin/translation-status/?kind=presentation.commitment")
    text = body.content.decode()
    assert body.status_code == 200
    assert "Accroître la transparence de la commande publique" in text
