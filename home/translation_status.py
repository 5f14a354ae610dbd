"""Whether the English (or any target) version of a page is current.

The logic lives in ``translations.status``, which also covers snippets and
computes every object at once for the translation status report; the names
below are kept for existing imports.
"""

from translations.status import (
    NOT_TRANSLATED,
    OUT_OF_DATE,
    UP_TO_DATE,
    TranslationState,
    page_translation_state,
)

__all__ = [
    "NOT_TRANSLATED",
    "OUT_OF_DATE",
    "UP_TO_DATE",
    "TranslationState",
    "page_translation_state",
]
