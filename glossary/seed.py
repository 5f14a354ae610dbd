"""The glossary's first entries, French with their English translations.

Idempotent like the other loaders: an entry whose French term exists is left
as staff keep it.
"""

from wagtail.models import Locale

from home.seed.localize import create_translation, segment_map

from .models import Term

TERMS = [
    (
        "PGO",
        "OGP",
        ("Partenariat pour un gouvernement ouvert.", "Open Government Partnership."),
    ),
    (
        "Partenariat pour un gouvernement ouvert",
        "Open Government Partnership",
        ("", ""),
    ),
    ("plan d'action national", "national action plan", ("", "")),
    ("gouvernement ouvert", "open government", ("", "")),
    ("société civile", "civil society", ("", "")),
    (
        "engagement",
        "commitment",
        (
            "Mesure inscrite dans un plan d'action national.",
            "A measure set out in a national action plan.",
        ),
    ),
    ("comité directeur", "steering committee", ("", "")),
    ("données ouvertes", "open data", ("", "")),
    ("transparence", "transparency", ("", "")),
    ("co-présidence", "co-chair", ("", "")),
    ("redevabilité", "accountability", ("", "")),
    ("participation citoyenne", "citizen participation", ("", "")),
    ("Sommet mondial", "Global Summit", ("", "")),
]


class GlossaryLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.french = Locale.get_default()
        self.english = Locale.objects.get(language_code="en")
        self.created = 0

    def run(self):
        for french, english, definition in TERMS:
            if Term.objects.filter(locale=self.french, term=french).exists():
                continue
            term = Term.objects.create(
                locale=self.french, term=french, definition=definition[0]
            )
            shadow = Term(term=english, definition=definition[1])
            create_translation(term, segment_map(term, shadow), self.english)
            self.created += 1
        if self.stdout and self.created:
            self.stdout.write(f"Glossary: {self.created} term(s) created.")
        return self.created


def load_seed(stdout=None):
    """Called by `manage.py load_content`; says what it created."""
    return f"{GlossaryLoader(stdout=stdout).run()} glossary term(s)"
