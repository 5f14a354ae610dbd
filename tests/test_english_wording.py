"""The English site reads as OGP's own communication would: none of the
calques of the French listed in issue 17, on any served English page or in
the mails an English-speaking submitter receives; one term per concept."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from wagtail.models import Locale, Page

from participation.emails import acknowledge, announce_decision
from participation.models import Event
from tests.helpers import soup
from tests.participation_helpers import make_proposal

pytestmark = pytest.mark.django_db

# Calques of the French, and words OGP does not use for its own concepts
# (it has co-chairs, not a presidency; co-creation, not co-construction).
CALQUES = [
    "France's action",
    "co-constructed",
    "public action",
    "took office",
    "days of Summit",
    "We have received what you sent",
    "The team of the OGP Global Summit",
    "a content",
    # "the Open Government Week agenda" is English; "the Open Government
    # Week" alone is not how OGP names it.
    r"the Open Government Week(?! agenda)",
    "presidency",
    "chairmanship",
    "take over the chair",
]


def served_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    page = soup(response)
    # Everything a visitor or a sharing service reads: text and titles.
    metas = [m.get("content", "") for m in page.find_all("meta")]
    return " ".join([page.get_text(" "), *metas])


def english_urls():
    english = Locale.objects.get(language_code="en")
    return [page.url for page in Page.objects.live().filter(locale=english)]


def assert_no_calque(text, where):
    text = " ".join(text.split())
    for calque in CALQUES:
        pattern = calque if calque.startswith("the Open") else re.escape(calque)
        assert not re.search(rf"\b{pattern}\b", text, re.I), (calque, where)


def test_no_calque_on_any_english_page(client):
    cache.clear()
    urls = english_urls()
    assert len(urls) > 5
    for url in urls:
        assert_no_calque(served_text(client, url), url)


def test_no_calque_in_english_mails():
    proposal = make_proposal(reply_language="en")
    acknowledge(proposal)
    proposal.status = proposal.ACCEPTED
    announce_decision(proposal)
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert_no_calque(f"{message.subject} {message.body}", message.subject)


def test_france_in_ogp_keeps_its_address(client):
    response = client.get("/en/frances-action/")
    assert soup(response).find("h1").get_text(strip=True) == "France in OGP"


def test_one_word_for_the_chair(client):
    footer = soup(client.get("/en/")).find("footer").get_text(" ")
    assert "co-chair" in footer
    assert Event.objects.count() == 0
