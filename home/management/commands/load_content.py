from django.core.management.base import BaseCommand
from django.db import transaction

from glossary.seed import GlossaryLoader
from home.seed.loader import ContentLoader
from maintenance.statistics import refresh_statistics
from participation.seed import load_demo_submissions
from presentation.seed.loader import CommitmentLoader
from programme.seed.loader import DemoProgrammeLoader


class Command(BaseCommand):
    help = (
        "Load the seed pages and the demo programme in French with their English "
        "translations. What already exists is left untouched."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        created = ContentLoader(stdout=self.stdout).run()
        # Before the demo programme, whose sessions link to commitments.
        CommitmentLoader(stdout=self.stdout).run()
        demo = DemoProgrammeLoader(stdout=self.stdout).run()
        submissions = load_demo_submissions()
        GlossaryLoader(stdout=self.stdout).run()
        # Search plans need statistics that match the new volume.
        transaction.on_commit(refresh_statistics)
        self.stdout.write(
            self.style.SUCCESS(
                f"Content loaded: {len(created)} page(s), {demo} programme "
                f"object(s) and {submissions} demo submission(s) created."
            )
        )
