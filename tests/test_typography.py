"""French typography at render time: French pages get it, English pages,
attributes, code, scripts, URLs, times and addresses never do."""

import pytest

from site_config.typography import french_html, french_text
from tests.helpers import soup

NNBSP, NBSP, NBHY, WJ = "\u202f", "\u00a0", "\u2011", "\u2060"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "Commande publique ouverte : suivre",
            f"Commande publique ouverte{NBSP}: suivre",
        ),
        ("Titre de la session: x", f"Titre de la session{NBSP}: x"),
        ("Pourquoi ? Parce que!", f"Pourquoi{NNBSP}? Parce que{NNBSP}!"),
        ("Un; deux ; trois", f"Un{NNBSP}; deux{NNBSP}; trois"),
        ("Qui ?!", f"Qui{NNBSP}?!"),
        ("« Pour une action »", f"«{NNBSP}Pour une action{NNBSP}»"),
        ("«Citation»", f"«{NNBSP}Citation{NNBSP}»"),
        ("(2015 – 2017)", f"(2015{NBSP}–{WJ}{NBSP}2017)"),
        ("2015-2017", f"2015{WJ}–{WJ}2017"),
        ("7-9 décembre 2016", f"7{WJ}–{WJ}9{NBSP}décembre{NBSP}2016"),
        ("le 1er décembre", f"le 1er{NBSP}décembre"),
        ("de 11:00-13:00", f"de 11:00{WJ}–{WJ}13:00"),
        ("9:30–12:30", f"9:30{WJ}–{WJ}12:30"),
        ("Jean-Vincent Placé", f"Jean{NBHY}Vincent Placé"),
        ("l'État d'aujourd'hui", "l’État d’aujourd’hui"),
    ],
)
def test_french_rules(typed, expected):
    assert french_text(typed) == expected
    # Applying them twice changes nothing more.
    assert french_text(expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        "À 14:00, voir https://www.ogp.fr/?q=a;b!",
        "Écrire à equipe@ogp2016.fr",
        "Le 2016-12-07, appeler le 01-23-45-67-89",
        "arc-en-ciel, demi-heure",
    ],
)
def test_times_urls_addresses_iso_dates_and_common_words_are_left(text):
    assert french_text(text) == text


def test_html_pass_touches_text_nodes_only():
    html = (
        '<p title="Quoi: ici?">Titre<strong>Accès</strong>: voir '
        '<a href="/x?a=1:b">lien</a> ?</p>'
        '<script type="application/ld+json">{"a": "b: c?"}</script>'
        "<style>a:hover{color:red}</style><pre>a: b</pre><code>x ?</code>"
        "<textarea>Non: rien</textarea><!-- a: b -->"
        "<p>Pomme &amp; poire&nbsp;: oui; &lt;b&gt;</p>"
    )
    assert french_html(html) == (
        f'<p title="Quoi: ici?">Titre<strong>Accès</strong>{NBSP}: voir '
        f'<a href="/x?a=1:b">lien</a>{NNBSP}?</p>'
        '<script type="application/ld+json">{"a": "b: c?"}</script>'
        "<style>a:hover{color:red}</style><pre>a: b</pre><code>x ?</code>"
        "<textarea>Non: rien</textarea><!-- a: b -->"
        f"<p>Pomme &amp; poire{NBSP}: oui{NNBSP}; &lt;b&gt;</p>"
    )


@pytest.mark.django_db
def test_french_page_is_served_with_french_typography(client):
    response = client.get("/fr/l-action-de-la-france/")
    page = soup(response)
    text = page.select_one("main").get_text()
    assert f"(2015{NBSP}–{WJ}{NBSP}2017)" in text
    assert f"«{NNBSP}Pour une action publique" in text
    assert " :" not in text and " ?" not in text
    assert "L’action de la France" in page.title.get_text()
    # Attributes stay as typed.
    description = page.select_one('meta[name="description"]')["content"]
    assert "ouvert : son plan" in description
    assert int(response["Content-Length"]) == len(response.content)


@pytest.mark.django_db
def test_english_page_is_left_as_typed(client):
    page = soup(client.get("/en/frances-action/"))
    # Only the French quoted in it is typeset as French.
    quotations = page.select('span[lang="fr"]')
    assert quotations and all(NNBSP in q.get_text() for q in quotations)
    for quotation in quotations:
        quotation.decompose()
    assert NNBSP not in str(page)
    assert "France's role and commitments" in page.get_text()


@pytest.mark.django_db
def test_cost_on_a_programme_with_many_sessions_stays_small(client):
    """The pass over the French programme (300 sessions) costs a few
    milliseconds beside the page's own rendering; figure in the run's log."""
    import io
    import statistics
    import time

    from django.core.management import call_command

    from tests import figures

    call_command("generate_sessions", sessions=300, speakers=30, stdout=io.StringIO())
    started = time.perf_counter()
    response = client.get("/fr/programme/")
    request_ms = (time.perf_counter() - started) * 1000
    html = response.content.decode()
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        french_html(html)
        runs.append((time.perf_counter() - started) * 1000)
    pass_ms = statistics.median(runs)
    figures.report(
        "French typography",
        f"{pass_ms:.1f} ms on the French programme ({len(html) // 1024} KiB; "
        f"whole request {request_ms:.0f} ms)",
    )
    assert pass_ms < max(0.2 * request_ms, 30)


def test_french_mail_is_typeset_and_english_mail_is_not():
    from participation.emails import render_message

    french = render_message("acknowledgement", {"kind": "proposal"}, "fr", ["a@b.fr"])
    assert f"7–9{NBSP}décembre{NBSP}2016" in french.body
    assert f"adresse{NBSP}: vous pouvez" in french.body
    english = render_message("acknowledgement", {"kind": "proposal"}, "en", ["a@b.fr"])
    assert NBSP not in english.body and NNBSP not in english.body


def test_text_around_links_and_addresses():
    html = (
        '<p>Voir l\'<a href="/x">État</a> : https://x.fr/?a;b ! '
        "ou equipe@ogp2016.fr ?</p><p>Fin!</p>"
    )
    assert french_html(html) == (
        f'<p>Voir l’<a href="/x">État</a>{NBSP}: https://x.fr/?a;b{NNBSP}! '
        f"ou equipe@ogp2016.fr{NNBSP}?</p><p>Fin{NNBSP}!</p>"
    )
    assert french_html(french_html(html)) == french_html(html)


@pytest.mark.parametrize("word", ["a", "jean.dupont", "2016"])
def test_a_hostile_long_word_is_typeset_like_a_short_one(word):
    # A form sends back what was typed, however long: every rule must stay
    # linear (an address pattern tried at each letter once made a 200,000
    # letter word before a colon take minutes, and froze the form).
    long = word * (200_000 // len(word))
    assert (
        french_text(long + " : fin") == long + french_text(word + " : fin")[len(word) :]
    )
    assert (
        french_html(f"<p>{long}:</p>")
        == f"<p>{long}{french_html(f'<p>{word}:</p>')[3 + len(word) :]}"
    )


def test_text_marked_as_typed_is_left_alone_and_the_rest_is_typeset():
    from site_config.typography import as_typed

    html = f"<p>Titre: {as_typed('<em>Why?</em> l&#x27;x')} et après: oui!</p>"
    assert french_html(html) == (
        "<p>Titre\u00a0: <!--typography:off--><em>Why?</em> l&#x27;x"
        "<!--typography:on--> et après\u00a0: oui\u202f!</p>"
    )
