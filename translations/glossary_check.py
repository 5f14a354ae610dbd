"""Glossary terms the translations leave out, for the status report.

A translated string is checked against the French string it translates: when
the French uses a glossary term and the translation lacks the term's
translation, the row of its object says so. Strings are compared one by one
(what Localize stores), so a term used elsewhere on the page does not hide a
miss. Two queries for every row at once.
"""

from collections import defaultdict

from wagtail_localize.models import StringTranslation

from glossary.models import Term
from glossary.terms import _plain, contains
from search.folding import fold


def _normal(text):
    """Folded plain text; a hyphen counts as a space ("civil-society
    representatives" uses "civil society")."""
    return fold(_plain(text)).replace("-", " ")


def _pairs_by_locale(source_locale, locales):
    """{locale id: [(French term, its translation)]}."""
    terms = defaultdict(dict)
    for term in Term.objects.filter(locale__in=[source_locale, *locales]):
        terms[term.translation_key][term.locale_id] = term.term
    return {
        locale.pk: [
            (versions[source_locale.pk], versions[locale.pk])
            for versions in terms.values()
            if source_locale.pk in versions and locale.pk in versions
        ]
        for locale in locales
    }


def attach_glossary_misses(rows, source_locale, locales):
    """Set `glossary_misses` on each row: [(French term, expected term)]."""
    pairs = _pairs_by_locale(source_locale, locales)
    if not any(pairs.values()):
        return rows
    keys = {row.object.translation_key for row in rows if row.target_pk is not None}
    misses = defaultdict(set)
    strings = StringTranslation.objects.filter(
        locale__in=locales, context__object_id__in=keys
    ).values_list("context__object_id", "locale_id", "translation_of__data", "data")
    for key, locale_id, french, translated in strings.iterator():
        french_text = _normal(french)
        translated_text = None
        for source_term, target_term in pairs.get(locale_id, ()):
            if contains(french_text, source_term.replace("-", " ")):
                if translated_text is None:
                    translated_text = _normal(translated)
                if not contains(translated_text, target_term.replace("-", " ")):
                    misses[(key, locale_id)].add((source_term, target_term))
    for row in rows:
        found = misses.get((row.object.translation_key, row.locale.pk), ())
        row.glossary_misses = sorted(found)
    return rows
