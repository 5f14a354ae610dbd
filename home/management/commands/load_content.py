from django.core.management.base import BaseCommand

from home.seed.loader import ContentLoader


class Command(BaseCommand):
    help = (
        "Load the seed pages in French and their English translations. "
        "Pages that already exist are left untouched."
    )

    def handle(self, *args, **options):
        created = ContentLoader(stdout=self.stdout).run()
        self.stdout.write(
            self.style.SUCCESS(f"Content loaded: {len(created)} page(s) created.")
        )
