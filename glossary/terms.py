"""Using the glossary: pairs of terms, search equivalents, missing terms."""

import re

from wagtail.models import Locale

from search.folding import fold

from .models import Term


def pairs(source_code="fr", target_code="en"):
    """[(source term, target term)] of every entry translated into the target."""
    target = {
        term.translation_key: term.term
        for term in Term.objects.filter(locale__language_code=target_code)
    }
    return [
        (term.term, target[term.translation_key])
        for term in Term.objects.filter(locale__language_code=source_code)
        if term.translation_key in target
    ]


def contains(folded_text, term):
    """Whether `term` occurs as whole words in an already folded text."""
    pattern = r"(?<![^\W_])" + re.escape(fold(term)) + r"(?![^\W_])"
    return re.search(pattern, folded_text) is not None


def equivalents(folded_query, locale):
    """The query with each other language's term it contains replaced by the
    term of `locale` ("open data" → "donnees ouvertes" for French), folded.
    Empty when the query names no term of another language."""
    by_key = {}
    for term in Term.objects.select_related("locale"):
        by_key.setdefault(term.translation_key, {})[term.locale_id] = term.term
    texts = []
    for versions in by_key.values():
        own = versions.get(locale.pk)
        if not own:
            continue
        for locale_id, other in versions.items():
            folded = fold(other)
            if locale_id != locale.pk and fold(own) != folded:
                if contains(folded_query, other):
                    pattern = r"(?<![^\W_])" + re.escape(folded) + r"(?![^\W_])"
                    texts.append(re.sub(pattern, fold(own), folded_query))
    return texts


def missing_terms(french_text, english_text):
    """[(French term, English term)] for each glossary entry whose French term
    the French text uses while the English text lacks its English term.
    Accents, case and markup do not matter."""
    french, english = fold(_plain(french_text)), fold(_plain(english_text))
    return [
        (fr, en)
        for fr, en in pairs(Locale.get_default().language_code, "en")
        if contains(french, fr) and not contains(english, en)
    ]


def _plain(text):
    from search.folding import TAG

    return " ".join(TAG.sub(" ", text or "").split())
