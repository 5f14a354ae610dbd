"""Search that finds what visitors mean: accents, case, typos, the other
language's terms, readable excerpts with the words found marked.

Written for both databases: nothing here depends on SQLite's tokenizer, the
folded copy of each text is what matches on PostgreSQL too.
"""

import pytest
from django.db import connection
from wagtail.models import Locale

from glossary.models import Term
from glossary.seed import GlossaryLoader
from glossary.terms import equivalents, missing_terms
from search.base import excerpt
from search.folding import fold
from search.highlight import highlight
from tests.factories import en, make_session
from tests.helpers import soup

# Accents, typos and the glossary depend on the database engine (folded copy,
# trigram-free suggestions): run again in the PostgreSQL pass.
pytestmark = [pytest.mark.django_db, pytest.mark.engine]

FR, EN = "/fr/recherche/", "/en/search/"


def result_titles(client, url, query):
    page = soup(client.get(url, {"q": query}))
    return [a.get_text() for a in page.select(".search-result__title a")]


def test_fold_removes_accents_case_and_ligatures():
    assert fold("Données ŒUVRE l’État") == "donnees oeuvre l'etat"


@pytest.mark.parametrize("query", ["donnees", "DONNÉES", "Donnees", "données"])
def test_accents_and_case_do_not_matter_in_french(client, query):
    make_session(
        "Atelier des données ouvertes",
        "Open data workshop",
        description="<p>Données publiques.</p>",
    )
    assert "Atelier des données ouvertes" in result_titles(client, FR, query)


@pytest.mark.parametrize("query", ["cafe", "CAFÉ"])
def test_accents_and_case_do_not_matter_in_english(client, query):
    make_session("Atelier café", "Civic café workshop")
    assert "Civic café workshop" in result_titles(client, EN, query)


def found_despite_a_typo(client, url, typo, word, title):
    """The visitor who typed `typo` reaches `title`: found at once (the
    engine's stemming may already match, as PostgreSQL's does) or through
    "Did you mean `word`", whose link finds it."""
    page = soup(client.get(url, {"q": typo}))
    titles = [a.get_text() for a in page.select(".search-result__title a")]
    suggestion = page.select_one(".search-suggestion")
    if suggestion is None:
        assert title in titles, (typo, titles)
        return "found"
    link = suggestion.find("a")
    assert link.get_text() == word
    assert link["href"] == f"{url}?q={word}"
    assert title in result_titles(client, url, word)
    return suggestion.get_text(" ", strip=True)


def test_a_typo_finds_the_word_or_offers_the_sites_own_word(client):
    make_session("Atelier transparence budgétaire", "Budget transparency workshop")
    french = found_despite_a_typo(
        client, FR, "transparance", "transparence", "Atelier transparence budgétaire"
    )
    english = found_despite_a_typo(
        client, EN, "transparancy", "transparency", "Budget transparency workshop"
    )
    if connection.vendor == "sqlite":
        # No stemming there: the suggestion is what finds it.
        assert "Vouliez-vous dire" in french
        assert "Did you mean" in english


def test_no_suggestion_when_nothing_is_close(client):
    page = soup(client.get(FR, {"q": "xqzwvk"}))
    assert page.select_one(".search-suggestion") is None


def test_other_languages_term_finds_the_glossary_equivalent(client):
    GlossaryLoader().run()
    make_session("Atelier des données ouvertes", "Open data workshop")
    make_session("Plénière", "Plenary", description="Société civile et PGO.")
    assert "Atelier des données ouvertes" in result_titles(client, FR, "open data")
    assert "Open data workshop" in result_titles(client, EN, "données ouvertes")
    assert "Plénière" in result_titles(client, FR, "civil society")
    # The French words found are marked in the result.
    page = soup(client.get(FR, {"q": "civil society"}))
    marks = [m.get_text() for m in page.select(".search-result__excerpt mark")]
    assert marks == ["Société", "civile"]


def test_equivalents_replace_whole_terms_only():
    GlossaryLoader().run()
    french = Locale.objects.get(language_code="fr")
    assert equivalents("open data portal", french) == ["donnees ouvertes portal"]
    assert equivalents("opening", french) == []
    assert equivalents("pgo", en()) == ["ogp"]


def test_glossary_loader_is_idempotent_and_translates():
    created = GlossaryLoader().run()
    assert created >= 9
    assert GlossaryLoader().run() == 0
    term = Term.objects.get(locale__language_code="fr", term="données ouvertes")
    assert term.get_translation(en()).term == "open data"


def test_missing_terms_flags_english_without_the_glossary_term():
    GlossaryLoader().run()
    french = "<p>Le plan d’action national et les données ouvertes.</p>"
    assert missing_terms(french, "The national action plan and open data.") == []
    assert missing_terms(french, "The national plan of action and open data.") == [
        ("plan d'action national", "national action plan")
    ]
    assert missing_terms("Rien à signaler.", "Nothing.") == []


def test_excerpt_keeps_a_space_between_paragraphs():
    text = (
        "<p>Des conférences.</p><p>Entrée libre.</p><ul><li>Un</li><li>Deux</li></ul>"
    )
    assert excerpt(text) == "Des conférences. Entrée libre. Un Deux"


def test_highlight_marks_words_and_escapes_the_rest():
    marked = highlight("Les <données> de l'État", ["donnees", "etat"])
    assert marked == "Les &lt;<mark>données</mark>&gt; de l&#x27;<mark>État</mark>"


def test_results_page_excerpt_is_spaced_and_marked(client):
    make_session(
        "Atelier zébu",
        "Zebu workshop",
        description="<p>Des conférences.</p><p>Entrée des zébus.</p>",
    )
    page = soup(client.get(FR, {"q": "zebu"}))
    excerpt_p = page.select_one(".search-result__excerpt")
    assert excerpt_p.get_text() == "Des conférences. Entrée des zébus."
    assert [m.get_text() for m in excerpt_p.select("mark")] == ["zébus"]
