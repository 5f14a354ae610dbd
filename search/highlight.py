"""Marking the words a visitor searched for in a result's plain text."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .folding import WORD, fold


def highlight(text, terms):
    """`text` escaped, with each word that starts with one of `terms` (accents
    and case aside) inside `<mark>`."""
    folded_terms = tuple(fold(term) for term in terms if term)
    if not text:
        return ""
    if not folded_terms:
        return escape(text)
    parts, position = [], 0
    for match in WORD.finditer(text):
        if fold(match.group()).startswith(folded_terms):
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))
