from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError

from maintenance.backup import create_backup, describe_manifest
from maintenance.databases import BackupError
from site_config.storage import remote_media


class Command(BaseCommand):
    help = (
        "Back up the whole site: the database (SQLite online backup or pg_dump) "
        "and MEDIA_ROOT, with a manifest of row counts and media checksums. "
        "DESTINATION is a new directory, or an archive if it ends in .tar.gz."
    )

    def add_arguments(self, parser):
        parser.add_argument("destination", help="e.g. /var/backups/ogp/site.tar.gz")

    def handle(self, *args, destination, **options):
        try:
            manifest = create_backup(destination)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backed up to {destination}"))
        self.stdout.write(describe_manifest(manifest))
        if remote := remote_media(storages["default"]):
            self.stdout.write(
                self.style.WARNING(
                    f"Media are stored in {remote}, not under MEDIA_ROOT: this "
                    "backup holds the database (and only what MEDIA_ROOT holds, "
                    "if anything). The bucket's versioning or replication is the "
                    "backup of the media."
                )
            )
