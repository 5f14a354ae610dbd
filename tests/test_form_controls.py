"""The public forms' small controls, as served: the error summary (focused,
in the form's order, each message tied to its field), length limits shown
by a counter and refused by the server rather than truncated, and the time
zones offered by country and city."""

import pytest
import time_machine
from django.core.cache import cache

from participation.models import Event, Proposal
from tests.helpers import soup
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
def open_forms():
    cache.clear()  # the rate limit counts in the cache
    open_week_registration()
    yield
    cache.clear()


@pytest.fixture
def during_call():
    with time_machine.travel(DURING_CALL, tick=False):
        yield


def proposal_url(lang):
    return call_page(lang).url


def register_url(lang):
    page = agenda_page(lang)
    return f"{page.url}{page.register_segment}/"


def summary_targets(page):
    """The ids the error summary's links lead to, in reading order."""
    summary = page.find(id="form-errors")
    return [a["href"].lstrip("#") for a in summary.find_all("a")]


def described_by(page, field_id):
    control = page.find(id=field_id)
    ids = control.get("aria-describedby", "").split()
    return " ".join(page.find(id=i).get_text(" ", strip=True) for i in ids)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_error_summary_is_focused_without_script(client, during_call, lang):
    response = client.post(proposal_url(lang), proposal_data(title=""))
    summary = soup(response).find(id="form-errors")
    assert summary is not None
    # autofocus moves focus (and the view) to the summary on load, even
    # with scripts off; tabindex -1 makes a div focusable.
    assert summary.has_attr("autofocus")
    assert summary["tabindex"] == "-1"
    assert summary.find("a", href="#id_title")


def test_the_summary_follows_the_order_of_the_form(client, during_call):
    data = proposal_data(title="", description="", name="", email="nope")
    del data["consent"]
    page = soup(client.post(proposal_url("fr"), data))
    assert summary_targets(page) == [
        "id_title",
        "id_description",
        "id_name",
        "id_email",
        "id_consent",
    ]
    # The order the visitor meets the fields in.
    inputs = [el["id"] for el in page.select(".public-form [id^=id_]")]
    order = [inputs.index(target) for target in summary_targets(page)]
    assert order == sorted(order)


@pytest.mark.parametrize(
    ("lang", "required"), [("fr", "Champ requis."), ("en", "This field is required.")]
)
def test_every_message_is_attached_to_its_field(client, during_call, lang, required):
    data = proposal_data(title="", name="")
    page = soup(client.post(proposal_url(lang), data))
    assert required in described_by(page, "id_title")
    assert required in described_by(page, "id_name")
    assert required not in described_by(page, "id_email")
    summary = page.find(id="form-errors").get_text(" ", strip=True)
    assert required in summary


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr", "Indiquez une adresse, un lien en ligne, ou les deux."),
        ("en", "Give an address, an online link, or both."),
    ],
)
def test_place_or_link_error_is_attached_to_both_fields(client, lang, message):
    response = client.post(register_url(lang), event_data(address="", online_url=""))
    page = soup(response)
    assert message in described_by(page, "id_address")
    assert message in described_by(page, "id_online_url")
    assert {"id_address", "id_online_url"} <= set(summary_targets(page))
    assert Event.objects.count() == 0


@pytest.mark.parametrize(
    ("lang", "hint"),
    [("fr", "200 caractères au maximum"), ("en", "200 characters at most")],
)
def test_limited_fields_show_their_limit_and_never_truncate(
    client, during_call, lang, hint
):
    page = soup(client.get(proposal_url(lang)))
    # A maxlength attribute cuts pasted text silently: none is left.
    assert page.select("form.public-form [maxlength]") == []
    assert hint in described_by(page, "id_title")
    counter = page.find(attrs={"data-char-count-for": "id_description"})
    assert counter["data-max-length"] == "4000"


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("fr", "4000 caractères au maximum (vous en avez saisi 4012)"),
        ("en", "4000 characters at most (you typed 4012)"),
    ],
)
def test_text_beyond_the_limit_is_refused_with_a_clear_message(
    client, during_call, lang, message
):
    response = client.post(proposal_url(lang), proposal_data(description="é" * 4012))
    page = soup(response)
    assert message in described_by(page, "id_description")
    # What was typed comes back whole, to be shortened.
    # (an HTML parser drops the newline Django writes after <textarea>)
    assert len(page.find(id="id_description").get_text().lstrip("\n")) == 4012
    assert Proposal.objects.count() == 0


def zone_options(page):
    select = page.find(id="id_timezone")
    return {
        option["value"]: (option.parent.get("label"), option.get_text(strip=True))
        for option in select.find_all("option")
        if option["value"]
    }


@pytest.mark.parametrize(
    ("lang", "india", "mexico"), [("fr", "Inde", "Mexique"), ("en", "India", "Mexico")]
)
def test_time_zones_are_offered_by_country_and_city(client, lang, india, mexico):
    options = zone_options(soup(client.get(register_url(lang))))
    for alias in ("Zulu", "GB-Eire", "Asia/Calcutta", "US/Pacific", "UTC"):
        assert alias not in options
    assert options["Asia/Kolkata"] == (india, "Kolkata")
    assert options["America/Mexico_City"][0] == mexico
    assert options["America/Mexico_City"][1] == "Mexico City"
    assert options["America/Argentina/Buenos_Aires"][1] == "Buenos Aires"


def test_the_zone_follows_the_country_when_left_to_it(client):
    page = soup(client.get(register_url("en")))
    select = page.find(id="id_timezone")
    assert select.find("option", selected=True)["value"] == ""
    # Each country's first zone, for the script that preselects it.
    assert select["data-country-zones"]
    data = event_data(
        timezone="",
        country="MX",
        city="Mexico",
        start="2016-12-08T18:00",
        end="2016-12-08T20:00",
    )
    assert client.post(register_url("en"), data).status_code == 302
    event = Event.objects.get()
    assert event.timezone == "America/Mexico_City"
    assert event.local_start.hour == 18


def test_an_alias_sent_by_hand_is_refused(client):
    response = client.post(register_url("en"), event_data(timezone="Asia/Calcutta"))
    page = soup(response)
    assert "Select a valid choice" in described_by(page, "id_timezone")
    assert Event.objects.count() == 0
