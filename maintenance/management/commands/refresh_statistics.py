from django.core.management.base import BaseCommand

from maintenance.statistics import refresh_statistics


class Command(BaseCommand):
    help = (
        "Refresh the database's query planner statistics (ANALYZE). Run it "
        "after loading content and daily on SQLite; site search depends on it."
    )

    def handle(self, *args, **options):
        refresh_statistics()
        self.stdout.write(self.style.SUCCESS("Planner statistics refreshed."))
