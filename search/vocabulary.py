"""The site's own words, for "Did you mean …" when a search finds nothing.

Built from the searchable text of every public object of the visitor's
language (the same text the index holds), kept in the cache for a while and
rebuilt after any indexed object is saved or deleted. `difflib` picks the
closest known word to each unknown one.
"""

import difflib
from collections import Counter

from django.core.cache import cache

from .folding import WORD, fold, searchable_text

TIMEOUT = 60 * 15
MIN_LENGTH = 4
CUTOFF = 0.8
GENERATION_KEY = "search:vocabulary:generation"


def bump(**_kwargs):
    """Signal receiver: the indexed texts changed."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def build(kinds, locale):
    """{folded word: its most frequent written form} over the kinds' public
    objects in `locale`."""
    forms = {}
    for kind in kinds:
        objects = kind.public(locale)
        if hasattr(objects, "specific"):
            objects = objects.specific()
        for obj in objects.iterator() if hasattr(objects, "iterator") else objects:
            for word in WORD.findall(searchable_text(obj)):
                if len(word) >= MIN_LENGTH:
                    forms.setdefault(fold(word), Counter())[word.lower()] += 1
    return {folded: counts.most_common(1)[0][0] for folded, counts in forms.items()}


def vocabulary(kinds, locale):
    generation = cache.get(GENERATION_KEY, 0)
    key = f"search:vocabulary:{locale.language_code}:{generation}"
    words = cache.get(key)
    if words is None:
        words = build(kinds, locale)
        cache.set(key, words, TIMEOUT)
    return words


def suggest(terms, kinds, locale):
    """The query with each unknown word replaced by the closest known one, or
    "" when every word is known or none has a close match."""
    words = vocabulary(kinds, locale)
    known = list(words)
    changed, suggestion = False, []
    for term in terms:
        folded = fold(term)
        if folded in words or len(folded) < MIN_LENGTH:
            suggestion.append(term)
            continue
        close = difflib.get_close_matches(folded, known, n=1, cutoff=CUTOFF)
        if close:
            suggestion.append(words[close[0]])
            changed = True
        else:
            suggestion.append(term)
    return " ".join(suggestion) if changed else ""
