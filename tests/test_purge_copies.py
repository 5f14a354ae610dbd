"""The personal-data purge also erases the copies made of a proposal: the
session drafted from it (and its translations, and Localize's copies of its
text) lose the proposer's co-organisers and intended speakers."""

import datetime

import pytest
from django.core.management import call_command
from wagtail_localize.models import String, TranslationSource

from participation import moderation
from participation.models import Proposal
from programme.models import Session
from tests.factories import translate_session
from tests.participation_helpers import make_proposal

pytestmark = pytest.mark.django_db

PHONE = "06 12 34 56 78"
SPEAKER = "Marie-Zoé Exemplaire"
CO = f"Jean Témoin ({PHONE})"


def age(proposal, days=400):
    now = datetime.datetime.now(datetime.UTC)
    Proposal.objects.filter(pk=proposal.pk).update(
        submitted_at=now - datetime.timedelta(days=days)
    )


def test_a_session_made_from_a_purged_proposal_keeps_no_personal_detail(settings):
    settings.PARTICIPATION_RETENTION_DAYS = 365
    proposal = make_proposal(
        organisation="Association Ouverte",
        co_organisers=CO,
        speakers=f"{SPEAKER} & Léa O'Brien",
        description="Un atelier public sur le budget.",
    )
    moderation.accept(proposal)
    session = Session.objects.get(pk=Proposal.objects.get().session_id)
    assert PHONE in session.description and PHONE in session.organisers
    TranslationSource.get_or_create_from_instance(session)
    english = translate_session(session, "Participatory budget")
    age(proposal)

    call_command("purge_personal_data")

    for version in Session.objects.filter(translation_key=session.translation_key):
        text = f"{version.description} {version.organisers}"
        for detail in (PHONE, "Jean Témoin", "Marie-Zoé", "Brien"):
            assert detail not in text, (version.locale, detail)
        # What is public stays.
        assert "Un atelier public sur le budget." in version.description
        assert version.organisers == "Association Ouverte"
    assert english.pk in Session.objects.values_list("pk", flat=True)
    for source in TranslationSource.objects.all():
        assert PHONE not in source.content_json
        assert "Marie-Zo" not in source.content_json
    assert not String.objects.filter(data__contains=PHONE).exists()


def test_a_recent_proposal_keeps_its_session_untouched(settings):
    settings.PARTICIPATION_RETENTION_DAYS = 365
    proposal = make_proposal(co_organisers=CO, speakers=SPEAKER)
    moderation.accept(proposal)
    age(proposal, days=10)
    call_command("purge_personal_data")
    session = Session.objects.get()
    assert PHONE in session.description
