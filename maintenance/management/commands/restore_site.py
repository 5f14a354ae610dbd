from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError

from maintenance.backup import check_backup, describe_manifest, restore_backup
from maintenance.databases import BackupError
from site_config.storage import remote_media


class Command(BaseCommand):
    help = (
        "Restore the database and MEDIA_ROOT from a backup made by backup_site, "
        "then verify row counts and media checksums against its manifest. "
        "Refuses a database or MEDIA_ROOT that is not empty unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="a backup directory or .tar.gz archive")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace what the database and MEDIA_ROOT hold",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="only verify the backup (checksums, readable dump); change nothing",
        )

    def handle(self, *args, source, force, check, **options):
        try:
            if check:
                manifest = check_backup(source)
                self.stdout.write(self.style.SUCCESS(f"Backup {source} is sound"))
                self.stdout.write(describe_manifest(manifest))
                return
            manifest, notes = restore_backup(source, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored and verified {source}"))
        self.stdout.write(describe_manifest(manifest))
        for note in notes:
            self.stdout.write(self.style.WARNING(note))
        if remote := remote_media(storages["default"]):
            self.stdout.write(
                self.style.WARNING(
                    f"Media are stored in {remote}: it was not touched. The "
                    f"backup's {manifest['summary']['media_files']} media file(s) "
                    "went to MEDIA_ROOT, which the site does not serve; restore "
                    "the media from the bucket's versions or replica, or copy "
                    "MEDIA_ROOT into the bucket."
                )
            )
