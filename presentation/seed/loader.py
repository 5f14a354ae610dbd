"""Seeds the plan's commitments in French with their English Localize
translations. Idempotent like the other loaders: a commitment whose number
exists in French is left as staff keep it."""

from wagtail.models import Locale

from home.seed.localize import create_translation, segment_map

from ..models import Commitment
from .commitments import COMMITMENTS


class CommitmentLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.french = Locale.get_default()
        self.english = Locale.objects.get(language_code="en")
        self.created = 0

    def run(self):
        existing = set(
            Commitment.objects.filter(locale=self.french).values_list(
                "number", flat=True
            )
        )
        for spec in COMMITMENTS:
            if spec.number in existing:
                continue
            self.create(spec)
        if self.stdout and self.created:
            self.stdout.write(f"Commitments: {self.created} created.")
        return self.created

    def create(self, spec):
        facts = {
            "number": spec.number,
            "axis": spec.axis,
            "title_to_check": bool(spec.check),
        }
        commitment = Commitment(
            locale=self.french, title=spec.title[0], summary=spec.summary[0], **facts
        )
        commitment.full_clean()
        commitment.save()
        shadow = Commitment(title=spec.title[1], summary=spec.summary[1], **facts)
        create_translation(commitment, segment_map(commitment, shadow), self.english)
        self.created += 1
