"""The public forms: opening dates, validation, anti-robot guards, rate limit,
emails on submission and the confirmation page."""

import datetime
import time
from smtplib import SMTPException

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend

from access.roles import COMMUNICATION
from participation.guards import sign_timestamp
from participation.models import Event, Proposal
from tests.factories import make_member
from tests.helpers import soup, soup_any, text_of
from tests.participation_helpers import (
    DURING_CALL,
    agenda_page,
    call_page,
    event_data,
    open_week_registration,
    proposal_data,
)

pytestmark = [pytest.mark.django_db, pytest.mark.engine]


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()  # the rate limit counts in the cache
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def week_registration_open():
    """Events here are registered while registration is open; its closing is
    tested in test_summit_phases."""
    open_week_registration()


@pytest.fixture
def during_call():
    with time_machine.travel(DURING_CALL, tick=False):
        yield


def form_url(lang="fr"):
    return call_page(lang).url


def register_url(lang="fr"):
    page = agenda_page(lang)
    return f"{page.url}{page.register_segment}/"


def field_errors(response, name):
    """The error messages shown with one field, as a visitor reads them."""
    page = soup(response)
    errors = page.find(id=f"id_{name}_error")
    return [p.get_text(strip=True) for p in errors.find_all("p")] if errors else []


# Opening and closing ------------------------------------------------------


def test_before_opening_the_page_says_when_and_refuses_submissions(client):
    with time_machine.travel(datetime.datetime(2016, 4, 1, tzinfo=datetime.UTC)):
        response = client.get(form_url())
        assert "ouvrent le 2 mai 2016" in text_of(response)
        assert soup(response).find("form", class_="public-form") is None
        response = client.post(form_url(), proposal_data())
    assert response.status_code == 403
    assert Proposal.objects.count() == 0


def test_after_closing_the_page_says_so_and_refuses_submissions(client):
    with time_machine.travel(datetime.datetime(2016, 7, 21, tzinfo=datetime.UTC)):
        response = client.get(form_url("en"))
        assert "Submissions closed on 20 July 2016" in text_of(response)
        response = client.post(form_url("en"), proposal_data())
    assert response.status_code == 403
    assert Proposal.objects.count() == 0


def test_closing_is_checked_at_the_minute(client):
    closes = call_page().closes_at
    with time_machine.travel(closes - datetime.timedelta(minutes=1), tick=False):
        assert client.post(form_url(), proposal_data()).status_code == 302
    with time_machine.travel(closes, tick=False):
        assert client.post(form_url(), proposal_data()).status_code == 403
    assert Proposal.objects.count() == 1


# A valid proposal -------------------------------------------------------------


def test_a_valid_proposal_is_stored_then_confirmed_in_the_visitors_language(
    client, during_call
):
    response = client.post(form_url("en"), proposal_data())
    assert response.status_code == 302
    assert response["Location"] == "/en/propose-a-session/thank-you/"

    proposal = Proposal.objects.get()
    assert proposal.status == Proposal.SUBMITTED
    assert proposal.reply_language == "en"
    assert proposal.consent is True
    assert proposal.languages == ["fr", "en"]
    assert proposal.country.code == "FR"

    confirmation = client.get(response["Location"])
    text = text_of(confirmation)
    assert "What we received" in text
    assert "Ouvrir les données des collectivités" in text
    assert "camille@example.org" in text
    assert "no-store" in confirmation["Cache-Control"]


def test_the_confirmation_shows_nothing_to_another_visitor(client, during_call):
    client.post(form_url(), proposal_data())
    from django.test import Client

    other = Client().get("/fr/proposer-une-session/merci/")
    assert "camille@example.org" not in other.content.decode()
    assert "Ouvrir les données" not in other.content.decode()


def test_form_pages_are_never_cached(client, during_call):
    response = client.get(form_url())
    assert "no-store" in response["Cache-Control"]
    assert soup(response).find("input", attrs={"name": "csrfmiddlewaretoken"})


@pytest.mark.usefixtures("page_cache_on")
def test_a_closed_form_page_is_shared_like_any_page():
    """After the call (today), the page holds no form, only where to go
    instead: the page cache stores it (a summit-day page like the others)."""
    from django.test import Client

    visitor = Client()
    first = visitor.get(form_url())
    assert not soup(first).find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert "no-store" not in first["Cache-Control"]
    assert visitor.get(form_url())["X-Page-Cache"] == "hit"


# Validation, in both languages ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "required", "consent"),
    [
        ("fr", "Champ requis.", "Merci d’accepter le traitement"),
        ("en", "This field is required.", "Please agree to the processing"),
    ],
)
def test_missing_fields_are_named_next_to_each_field(
    client, during_call, lang, required, consent
):
    data = {"shown_at": sign_timestamp(time.time() - 60)}
    response = client.post(form_url(lang), data)
    assert response.status_code == 200
    for name in ("name", "email", "title", "description", "format", "country"):
        assert field_errors(response, name) == [required], name
    assert field_errors(response, "organisation") == []
    consent_errors = soup(response).select("#id_consent_error p")
    assert consent_errors[0].get_text().startswith(consent)
    # Tied to the field for assistive technology.
    title = soup(response).find(id="id_title")
    assert title["aria-invalid"] == "true"
    assert "id_title_error" in title["aria-describedby"]
    assert Proposal.objects.count() == 0


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr", "Saisissez une adresse de courriel valide."),
        ("en", "Enter a valid email address."),
    ],
)
def test_an_invalid_email_is_refused(client, during_call, lang, message):
    response = client.post(form_url(lang), proposal_data(email="not-an-address"))
    assert field_errors(response, "email") == [message]
    assert Proposal.objects.count() == 0


@pytest.mark.parametrize(
    ("lang", "message"),
    [("fr", "200 caractères au maximum"), ("en", "200 characters at most")],
)
def test_every_field_has_a_length_limit(client, during_call, lang, message):
    response = client.post(form_url(lang), proposal_data(title="x" * 201))
    assert message in field_errors(response, "title")[0]
    # No maxlength: it would truncate silently (tests/test_form_controls.py).
    assert not soup(response).find(id="id_description").has_attr("maxlength")
    assert Proposal.objects.count() == 0


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr", "Choisissez au moins une langue."),
        ("en", "Choose at least one language."),
    ],
)
def test_a_proposal_needs_a_language(client, during_call, lang, message):
    data = proposal_data()
    del data["languages"]
    response = client.post(form_url(lang), data)
    assert field_errors(response, "languages") == [message]


def test_an_unknown_choice_is_refused_not_stored(client, during_call):
    response = client.post(
        form_url("en"), proposal_data(format="keynote", country="XX", theme="999999")
    )
    for name in ("format", "country", "theme"):
        assert field_errors(response, name), name
    assert Proposal.objects.count() == 0


def test_what_the_visitor_typed_is_kept_after_an_error(client, during_call):
    response = client.post(form_url(), proposal_data(email="bad"))
    assert soup(response).find(id="id_title")["value"] == (
        "Ouvrir les données des collectivités"
    )


def test_markup_typed_by_the_public_is_escaped(client, during_call):
    payload = '<script>alert("x")</script>'
    response = client.post(form_url("en"), proposal_data(title=payload, email="bad"))
    assert payload not in response.content.decode()
    response = client.post(form_url("en"), proposal_data(title=payload))
    confirmation = client.get(response["Location"])
    assert payload not in confirmation.content.decode()
    assert "&lt;script&gt;" in confirmation.content.decode()


# Robots and floods: quietly discarded ------------------------------------------------


def test_the_honeypot_discards_the_submission_quietly(client, during_call):
    response = client.post(form_url(), proposal_data(homepage="http://spam.example"))
    assert response.status_code == 302
    assert Proposal.objects.count() == 0
    assert mail.outbox == []


def test_a_form_sent_too_fast_is_discarded(client, during_call):
    response = client.post(form_url(), proposal_data(shown_at=sign_timestamp()))
    assert response.status_code == 302
    assert Proposal.objects.count() == 0


@pytest.mark.parametrize("token", ["", "123", "forged:token:value"])
def test_a_missing_or_tampered_timestamp_is_discarded(client, during_call, token):
    response = client.post(form_url(), proposal_data(shown_at=token))
    assert response.status_code == 302
    assert Proposal.objects.count() == 0


@pytest.mark.parametrize(
    ("lang", "message"),
    [("fr", "ouvert trop longtemps"), ("en", "open for too long")],
)
def test_an_expired_form_is_not_stored_and_can_be_sent_again(
    client, during_call, lang, message
):
    old = sign_timestamp(time.time() - 2 * 24 * 3600)
    response = client.post(form_url(lang), proposal_data(shown_at=old))
    assert response.status_code == 400
    page = soup_any(response)
    assert message in page.find(role="alert").get_text()
    assert Proposal.objects.count() == 0
    # Answers are kept and a fresh timestamp is given.
    assert page.find(id="id_name")["value"] == "Camille Martin"
    assert page.find("input", attrs={"name": "shown_at"})["value"] != old


def test_one_address_may_send_only_a_few_submissions(client, during_call, settings):
    settings.PARTICIPATION_RATE_LIMIT = (2, 3600)
    for _ in range(2):
        assert client.post(form_url(), proposal_data()).status_code == 302
    response = client.post(form_url("en"), proposal_data())
    assert response.status_code == 429
    assert "Too many submissions" in soup_any(response).find(role="alert").get_text()
    assert Proposal.objects.count() == 2
    # Another address is not affected.
    other = client.post(form_url(), proposal_data(), REMOTE_ADDR="192.0.2.9")
    assert other.status_code == 302
    assert Proposal.objects.count() == 3


# Emails ---------------------------------------------------------------------------


def test_the_submitter_and_staff_are_emailed_in_their_language(client, during_call):
    staff = make_member(COMMUNICATION, "chargee-com")
    staff.email = "com@example.gouv.fr"
    staff.save()
    client.post(form_url("en"), proposal_data())

    acknowledgment, notification = mail.outbox
    assert acknowledgment.to == ["camille@example.org"]
    assert acknowledgment.subject == "Your session proposal has been received"
    assert "Thank you for proposing a session" in acknowledgment.body

    assert notification.to == ["com@example.gouv.fr"]
    assert notification.subject.startswith("Nouvelle proposition de session")
    proposal = Proposal.objects.get()
    assert f"/admin/snippets/participation/proposal/edit/{proposal.pk}/" in (
        notification.body
    )


def test_a_french_submitter_gets_a_french_acknowledgment(client, during_call):
    client.post(form_url("fr"), proposal_data())
    assert mail.outbox[0].subject == "Votre proposition de session a bien été reçue"
    assert "Merci d’avoir proposé une session" in mail.outbox[0].body


class BrokenBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise SMTPException("mail server down")


def test_a_failing_mail_server_loses_nothing_and_shows_no_error(
    client, during_call, settings
):
    settings.EMAIL_BACKEND = "tests.test_participation_forms.BrokenBackend"
    settings.PARTICIPATION_NOTIFY_EMAILS = ["com@example.gouv.fr"]
    response = client.post(form_url("en"), proposal_data())
    assert response.status_code == 302
    assert Proposal.objects.count() == 1
    assert "What we received" in text_of(client.get(response["Location"]))


# Event registration -------------------------------------------------------------------


def test_an_event_is_registered_in_the_local_time_of_its_place(client):
    response = client.post(
        register_url("en"),
        event_data(
            timezone="America/Mexico_City",
            city="Mexico",
            country="MX",
            start="2016-12-08T18:00",
            end="2016-12-08T20:00",
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/open-government-week/thank-you/"
    event = Event.objects.get()
    assert event.status == Event.SUBMITTED
    assert event.reply_language == "en"
    assert event.local_start.isoformat() == "2016-12-08T18:00:00-06:00"
    assert event.start == datetime.datetime(2016, 12, 9, 0, 0, tzinfo=datetime.UTC)
    assert mail.outbox[0].subject == "Your event has been received"


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr", "L’événement doit finir après son début."),
        ("en", "The event must end after it starts."),
    ],
)
def test_an_event_must_end_after_it_starts(client, lang, message):
    response = client.post(register_url(lang), event_data(end="2016-12-06T09:00"))
    assert field_errors(response, "end") == [message]
    assert Event.objects.count() == 0


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr", "entre le 5\u00a0décembre\u00a02016 et le 14\u00a0décembre\u00a02016"),
        ("en", "between 5 December 2016 and 14 December 2016"),
    ],
)
def test_a_week_event_must_fall_within_the_week(client, lang, message):
    response = client.post(
        register_url(lang),
        event_data(start="2016-12-20T10:00", end="2016-12-20T12:00"),
    )
    assert message in field_errors(response, "start")[0]
    assert Event.objects.count() == 0


def test_a_workshop_may_take_place_during_the_year(client):
    response = client.post(
        register_url(),
        event_data(kind="workshop", start="2016-09-14T14:00", end="2016-09-14T17:00"),
    )
    assert response.status_code == 302
    assert Event.objects.get().kind == Event.WORKSHOP


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr", "Indiquez une adresse, un lien en ligne, ou les deux."),
        ("en", "Give an address, an online link, or both."),
    ],
)
def test_an_event_needs_a_place_or_a_link(client, lang, message):
    response = client.post(register_url(lang), event_data(address="", online_url=""))
    assert field_errors(response, "address") == [message]
    assert Event.objects.count() == 0


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/x"])
def test_links_must_be_web_addresses(client, url):
    response = client.post(register_url("en"), event_data(website=url))
    assert field_errors(response, "website") == ["Enter a valid URL."]
    assert Event.objects.count() == 0


def test_a_bad_date_is_an_error_not_a_crash(client):
    response = client.post(
        register_url("en"), event_data(start="32/13/2016", end="\x00")
    )
    assert response.status_code == 200
    assert field_errors(response, "start") == ["Enter a valid date/time."]
    assert Event.objects.count() == 0
