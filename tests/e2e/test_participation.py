"""The public forms in a real browser, in both languages: a visitor sends the
form empty and sees each error by its field, fills it in, sends it and reads
the confirmation; the agenda shows accepted events. axe-core checks each state."""

import pytest

from tests.e2e.support import assert_no_axe_violations, expect

pytestmark = pytest.mark.e2e


def tick(page, input_id):
    """Tick a DSFR checkbox or radio as a visitor does: by its label, which
    the DSFR draws over the (transparent) input."""
    page.locator(f"label[for='{input_id}']").click()
    expect(page.locator(f"#{input_id}")).to_be_checked()


OPEN_FORMS = """
import datetime
from django.utils import timezone
from home.models import SummitCalendar
from participation.models import Event
now = timezone.now()
SummitCalendar.objects.update(
    call_opens_at=now - datetime.timedelta(days=1),
    call_closes_at=now + datetime.timedelta(days=30),
    week_registration_opens_at=now - datetime.timedelta(days=1),
    week_registration_closes_at=now + datetime.timedelta(days=30),
)
if not Event.objects.filter(title="Forum des communs numériques").exists():
    Event.objects.create(
        kind="week", title="Forum des communs numériques",
        description="Rencontre ouverte.", organiser="Ville de Nantes",
        organiser_type="local", city="Nantes", country="FR",
        address="Place Royale", language="fr", contact_email="x@example.org",
        start=datetime.datetime(2016, 12, 7, 9, tzinfo=datetime.UTC),
        end=datetime.datetime(2016, 12, 7, 12, tzinfo=datetime.UTC),
        status="accepted", consent=True,
    )
print("ok")
"""

FORMS = {
    "fr": {
        "proposal": "/fr/proposer-une-session/",
        "event": "/fr/semaine-du-gouvernement-ouvert/inscrire/",
        "agenda": "/fr/semaine-du-gouvernement-ouvert/",
        "required": "Champ requis.",
        "thanks": "Merci",
        "send_proposal": "Envoyer ma proposition",
        "send_event": "Envoyer mon événement",
    },
    "en": {
        "proposal": "/en/propose-a-session/",
        "event": "/en/open-government-week/register/",
        "agenda": "/en/open-government-week/",
        "required": "This field is required.",
        "thanks": "Thank you",
        "send_proposal": "Send my proposal",
        "send_event": "Send my event",
    },
}
# The server discards forms sent faster than a human could (3 s).
HUMAN_PAUSE_MS = 3200


@pytest.fixture(scope="module")
def open_forms(e2e_shell):
    assert "ok" in e2e_shell(OPEN_FORMS)


def send_empty_and_see_errors(page, words, button):
    page.get_by_role("button", name=button).click()
    alert = page.get_by_role("alert")
    expect(alert).to_be_visible()
    title = page.locator("#id_title")
    expect(title).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_title_error")).to_have_text(words["required"])
    # The summary links lead to the fields.
    alert.locator("a").first.click()
    expect(page.locator(":focus")).to_have_count(1)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_visitor_proposes_a_session(new_page, open_forms, lang):
    words = FORMS[lang]
    page = new_page(width=375)
    page.goto(words["proposal"])
    assert_no_axe_violations(page, f"empty proposal form ({lang})")
    send_empty_and_see_errors(page, words, words["send_proposal"])
    assert_no_axe_violations(page, f"proposal form with errors ({lang})")
    expect(page.locator("h1")).to_have_count(1)

    page.fill("#id_title", f"Session test navigateur {lang}")
    page.select_option("#id_format", "workshop")
    tick(page, "id_languages_0")
    page.fill("#id_description", "Une session proposée depuis un vrai navigateur.")
    page.fill("#id_name", "Test Navigateur")
    page.fill("#id_email", "navigateur@example.org")
    page.select_option("#id_organisation_type", "citizen")
    page.select_option("#id_country", "FR")
    tick(page, "id_consent")
    page.wait_for_timeout(HUMAN_PAUSE_MS)
    page.get_by_role("button", name=words["send_proposal"]).click()

    expect(page.locator("h1")).to_have_text(words["thanks"])
    expect(page.locator(".fr-alert--success")).to_be_visible()
    expect(page.locator(".summary")).to_contain_text(f"Session test navigateur {lang}")
    assert_no_axe_violations(page, f"proposal confirmation ({lang})")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_organiser_registers_an_event(new_page, open_forms, lang):
    words = FORMS[lang]
    page = new_page()
    page.goto(words["event"])
    assert_no_axe_violations(page, f"empty event form ({lang})")
    send_empty_and_see_errors(page, words, words["send_event"])
    assert_no_axe_violations(page, f"event form with errors ({lang})")

    tick(page, "id_kind_0")
    page.fill("#id_title", f"Événement test {lang}")
    page.fill("#id_description", "Un événement inscrit depuis un navigateur.")
    page.select_option("#id_language", lang)
    page.fill("#id_start", "2016-12-08T10:00")
    page.fill("#id_end", "2016-12-08T12:00")
    page.fill("#id_city", "Dakar")
    page.select_option("#id_country", "SN")
    page.fill("#id_online_url", "https://example.org/live")
    page.fill("#id_organiser", "Collectif ouvert")
    page.select_option("#id_organiser_type", "civil_society")
    page.fill("#id_contact_email", "organisateur@example.org")
    tick(page, "id_consent")
    page.wait_for_timeout(HUMAN_PAUSE_MS)
    page.get_by_role("button", name=words["send_event"]).click()

    expect(page.locator("h1")).to_have_text(words["thanks"])
    expect(page.locator(".summary")).to_contain_text("Dakar")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("width", [375, 1280])
def test_the_agenda_lists_accepted_events_only(new_page, open_forms, lang, width):
    page = new_page(width=width)
    page.goto(FORMS[lang]["agenda"])
    expect(page.locator(".agenda-event__title")).to_contain_text(
        ["Forum des communs numériques"]
    )
    # Just sent, not yet moderated: never public.
    expect(page.get_by_text("Événement test")).to_have_count(0)
    assert_no_axe_violations(page, f"agenda ({lang}, {width} px)")
    page.select_option("#id_country", "FR")
    page.get_by_role(
        "button", name="Afficher les événements" if lang == "fr" else "Show events"
    ).click()
    expect(page.locator(".agenda-country h2")).to_have_count(1)
