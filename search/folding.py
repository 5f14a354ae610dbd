"""Accent- and case-folding, the same for what is indexed and what is asked.

SQLite's FTS5 tokenizer drops diacritics but PostgreSQL's text search keeps
them (and its `unaccent` extension needs a superuser to install). Each indexed
model therefore also indexes a folded copy of its searchable text
(`index_folded`), and the engine folds the visitor's words the same way:
"donnees" and "DONNÉES" both find "données" on either database.
"""

import re
import unicodedata
from html import unescape

from wagtail.search import index

LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'", "ʼ": "'"}
)
TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"[^\W_]+")


def fold(text):
    """Lower case, no accents, ligatures spelt out, one apostrophe:
    "Œuvre d’Données" → "oeuvre d'donnees"."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def flatten(value):
    """A search field's value (string, list or dict, as the backends accept)
    as one string."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(flatten(item) for item in value.values())
    return str(value)


def searchable_text(obj):
    """The text of every other `SearchField` of `obj`, tags removed."""
    parts = []
    for field in obj.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != FOLDED:
            parts.append(flatten(field.get_value(obj)))
    return " ".join(unescape(TAG.sub(" ", " ".join(parts))).split())


FOLDED = "folded_search_text"


def folded_search_text(obj):
    return fold(searchable_text(obj))


def index_folded(model):
    """Index a folded copy of `model`'s searchable text, once.

    Called through `search.kinds.search_model()`: by `SearchConfig.ready()`
    for every page model, and by the apps that register a kind of result for
    their models (the programme's sessions and speakers). The copy is one
    more `SearchField` on a method, so the backends index it like any field
    and `update_index` rebuilds it.
    """
    if any(getattr(f, "field_name", None) == FOLDED for f in model.search_fields):
        return
    setattr(model, FOLDED, folded_search_text)
    model.search_fields = [*model.search_fields, index.SearchField(FOLDED)]
