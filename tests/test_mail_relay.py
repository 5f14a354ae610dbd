"""The public forms cannot make the site send a visitor's text to any address:
the acknowledgement carries nothing the submitter wrote."""

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.test import Client

from tests.participation_helpers import (
    DURING_CALL,
    agenda_page,
    call_page,
    event_data,
    proposal_data,
)

pytestmark = pytest.mark.django_db

SPAM = "zqspam https://example.net/buy"


@pytest.fixture(autouse=True)
def during_call():
    cache.clear()
    with time_machine.travel(DURING_CALL, tick=False):
        yield
    cache.clear()


def free_text(data):
    fields = (
        "name organisation title description co_organisers speakers organiser "
        "city address website online_url"
    ).split()
    return {name: data[name] for name in fields if data.get(name)}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("kind", ["proposal", "event"])
def test_the_acknowledgement_carries_none_of_the_submitters_text(kind, lang):
    if kind == "proposal":
        data = proposal_data(
            email="victim@example.com",
            name=f"Nom {SPAM}",
            organisation=f"Orga {SPAM}",
            title=f"Titre {SPAM}",
            description=f"Texte {SPAM}",
            co_organisers=f"Co {SPAM}",
            speakers=f"Intervenants {SPAM}",
        )
        url = call_page(lang).url
    else:
        data = event_data(
            contact_email="victim@example.com",
            title=f"Titre {SPAM}",
            description=f"Texte {SPAM}",
            organiser=f"Orga {SPAM}",
            city=f"Ville {SPAM}",
            address=f"Adresse {SPAM}",
        )
        page = agenda_page(lang)
        url = f"{page.url}{page.register_segment}/"
    response = Client().post(url, data)
    assert response.status_code == 302
    (acknowledgement,) = [m for m in mail.outbox if m.to == ["victim@example.com"]]
    for field, value in free_text(data).items():
        assert value not in acknowledgement.subject, field
        assert value not in acknowledgement.body, field
    assert "zqspam" not in acknowledgement.subject + acknowledgement.body
    assert "example.net" not in acknowledgement.subject + acknowledgement.body
    # Still a useful receipt, in the submitter's language.
    words = {"fr": "Merci", "en": "Thank you"}[lang]
    assert words in acknowledgement.body
