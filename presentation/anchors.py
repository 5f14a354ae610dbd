"""Fragment identifiers of the action plan page, in the page's language:
/fr/…#axe-2, #engagement-12; /en/…#axis-2, #commitment-12. Stable words, not
translatable strings, so a catalogue change never breaks a shared link."""

WORDS = {
    "fr": {"axis": "axe", "commitment": "engagement"},
    "en": {"axis": "axis", "commitment": "commitment"},
}


def _word(kind, language_code):
    return WORDS.get(language_code, WORDS["en"])[kind]


def axis_anchor(number, language_code):
    return f"{_word('axis', language_code)}-{number}"


def commitment_anchor(number, language_code):
    return f"{_word('commitment', language_code)}-{number}"
