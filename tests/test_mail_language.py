"""Mails read as written in their language (English dates, an English sender
name), and French quoted in English pages is marked as French."""

from email.utils import parseaddr

import pytest
from django.core import mail

from participation import moderation
from presentation.models import ActionPlanPage
from tests.factories import paris
from tests.helpers import soup
from tests.participation_helpers import make_event, make_proposal

pytestmark = pytest.mark.django_db

FROM = "Sommet PGO 2016 <noreply@example.org>"


@pytest.fixture(autouse=True)
def sender(settings):
    settings.DEFAULT_FROM_EMAIL = FROM
    settings.PARTICIPATION_NOTIFY_EMAILS = []


def decide(commit, submission):
    commit(moderation.accept, submission)
    (message,) = mail.outbox
    return message


def test_an_english_mail_gives_dates_as_written_in_english(commit):
    event = make_event(
        title="Open data meetup",
        start=paris(10, 14),
        end=paris(10, 16),
        reply_language="en",
    )
    message = decide(commit, event)
    assert "10 December 2016, 14:00" in message.body
    assert "Dec." not in message.body and "p.m." not in message.body


def test_a_french_mail_gives_dates_as_written_in_french(commit):
    event = make_event(start=paris(10, 14), end=paris(10, 16), reply_language="fr")
    body = decide(commit, event).body.replace("\u00a0", " ")
    assert "10 décembre 2016 14:00" in body


def test_english_mails_come_from_an_english_sender_name(commit):
    message = decide(commit, make_proposal(reply_language="en"))
    assert parseaddr(message.from_email) == (
        "OGP Global Summit 2016",
        "noreply@example.org",
    )
    assert "OGP Global Summit 2016" in message.message()["From"]


def test_french_mails_come_from_the_french_sender_name(commit):
    message = decide(commit, make_proposal(reply_language="fr"))
    assert parseaddr(message.from_email) == (
        "Sommet mondial du PGO 2016",
        "noreply@example.org",
    )


def test_the_sender_address_stays_the_configured_one(commit, settings):
    settings.DEFAULT_FROM_EMAIL = "noreply@summit.example"
    message = decide(commit, make_proposal(reply_language="en"))
    assert parseaddr(message.from_email)[1] == "noreply@summit.example"


def test_an_english_confirmation_summary_gives_english_dates():
    from django.utils import translation

    from participation.summary import summary_rows

    event = make_event(start=paris(10, 14), end=paris(10, 16))
    with translation.override("en"):
        rows = {str(label): value for label, value in summary_rows(event)}
    assert rows["Start"] == "10 December 2016, 14:00"


def test_french_quoted_in_an_english_page_is_marked_french(client):
    english = ActionPlanPage.objects.get(locale__language_code="en")
    page = soup(client.get(english.url))
    quoted = [
        span
        for span in page.select('main span[lang="fr"]')
        if span.get_text().startswith("«")
    ]
    assert quoted, "the plan's French title is not marked"
    assert "Pour une action publique transparente" in quoted[0].get_text()
    assert quoted[0].get_text().endswith("»")


def test_french_pages_are_not_marked(client):
    french = ActionPlanPage.objects.get(locale__language_code="fr")
    page = soup(client.get(french.url))
    assert "«" in page.select_one("main").get_text()
    assert not [
        span
        for span in page.select('main span[lang="fr"]')
        if span.get_text().startswith("«")
    ]


def test_only_french_quotations_in_english_prose_are_marked():
    from site_config.typography import english_html

    html = (
        '<p title="« attribute »">The plan « Pour une action publique » and '
        '“English quotes”.</p><script>var s = "« script »";</script>'
        "<pre>« code »</pre>"
    )
    marked = english_html(html)
    assert marked.count('<span lang="fr">') == 1
    # Typeset as French: narrow no-break spaces inside the guillemets.
    assert '<span lang="fr">«\u202fPour une action publique\u202f»</span>' in marked
    assert 'title="« attribute »"' in marked
    assert '"« script »"' in marked and "<pre>« code »</pre>" in marked
    assert english_html("<p>No quotation.</p>") == "<p>No quotation.</p>"
