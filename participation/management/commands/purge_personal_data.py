from django.conf import settings
from django.core.management.base import BaseCommand

from participation.purge import purge


class Command(BaseCommand):
    help = (
        "Erase personal data of public submissions older than "
        "PARTICIPATION_RETENTION_DAYS: delete pending and rejected ones, "
        "anonymise accepted ones. Run it daily (cron or a scheduler)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Retention in days (default: PARTICIPATION_RETENTION_DAYS, "
            f"{settings.PARTICIPATION_RETENTION_DAYS}).",
        )
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, days=None, dry_run=False, **options):
        counts = purge(days=days, dry_run=dry_run)
        verb = "Would erase" if dry_run else "Erased"
        self.stdout.write(
            f"{verb}: {counts['deleted']} submissions deleted, "
            f"{counts['anonymised']} anonymised."
        )
