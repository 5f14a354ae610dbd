"""A backup of the whole site: the database dump, a copy of MEDIA_ROOT and a
manifest (when, which engine, row counts per table, sha256 of every media
file), as a directory or a .tar.gz archive holding the same files.

    manifest.json
    database.sqlite3 | database.dump
    media/...

It holds personal data (submissions, accounts' password hashes): every file
is created readable by its owner only (umask 077, archive opened 0600) in a
folder only its owner can enter; sessions are left out (databases.py).
"""

import json
import os
import posixpath
import shutil
import tarfile
import tempfile
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from . import media
from .databases import BackupError, for_connection
from .media import sha256_of

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA_DIR = "media"
ARCHIVE_SUFFIXES = (".tar.gz", ".tgz")


def is_archive(path):
    return str(path).endswith(ARCHIVE_SUFFIXES)


def create_backup(destination):
    """Write the backup to `destination` (a new directory, or an archive if
    the name ends in .tar.gz) and return its manifest. Nothing appears at
    `destination` until the backup is complete."""
    destination = Path(destination).absolute()
    if destination.exists():
        raise BackupError(f"{destination} already exists; choose a new name.")
    with private_files():
        return _create_backup(destination)


@contextmanager
def private_files():
    """Everything created meanwhile is its owner's only, from the first byte
    (a chmod afterwards leaves a window where others can read)."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


def _create_backup(destination):
    if not destination.parent.exists():
        destination.parent.mkdir(mode=0o700, parents=True)
    database = for_connection(connection)
    # Personal data (submissions, accounts): readable by the owner only.
    staging = Path(tempfile.mkdtemp(prefix=".backup-", dir=destination.parent))
    partial = staging.parent / (staging.name + ".tar.gz")
    try:
        dump = staging / database.dump_name
        described = database.dump(dump)
        media_sums = media.copy_tree(settings.MEDIA_ROOT, staging / MEDIA_DIR)
        manifest = {
            "format": FORMAT,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "engine": database.engine,
            "database": {
                "file": database.dump_name,
                "sha256": sha256_of(dump),
                "size": dump.stat().st_size,
                "made_with": database.tool(),
                **(
                    {"server_version": described["server_version"]}
                    if "server_version" in described
                    else {}
                ),
            },
            "summary": {**described["summary"], "media_files": len(media_sums)},
            "migrations": described["migrations"],
            "tables": described["tables"],
            "media": media_sums,
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
        if is_archive(destination):
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with (
                os.fdopen(descriptor, "wb") as file,
                tarfile.open(fileobj=file, mode="w:gz") as archive,
            ):
                for child in sorted(staging.iterdir()):
                    archive.add(child, arcname=child.name)
            partial.rename(destination)
        else:
            staging.rename(destination)
        return manifest
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        partial.unlink(missing_ok=True)


@contextmanager
def opened(source):
    """The backup as a directory (an archive is extracted to a temporary one)."""
    source = Path(source).absolute()
    if source.is_dir():
        yield source
        return
    if not source.is_file():
        raise BackupError(f"No backup at {source}.")
    with tempfile.TemporaryDirectory(prefix="restore-") as directory:
        try:
            with tarfile.open(source, "r:*") as archive:
                # "data": no absolute paths, links or devices out of the archive.
                archive.extractall(directory, filter="data")
        except (tarfile.TarError, OSError) as error:
            raise BackupError(f"Cannot read the archive {source}: {error}") from error
        yield Path(directory)


def read_manifest(directory):
    try:
        manifest = json.loads((directory / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(f"No readable {MANIFEST} in the backup: {error}") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    check_paths(manifest)
    return manifest


DUMP_NAMES = ("database.sqlite3", "database.dump")


def check_paths(manifest):
    """A manifest names files inside the backup only: the dump by its fixed
    name, media by relative paths without "..": a crafted backup cannot make
    the restore read or write anywhere else."""
    try:
        dump = manifest["database"]["file"]
        names = list(manifest["media"])
    except (KeyError, TypeError) as error:
        raise BackupError(f"The manifest is incomplete: {error}") from error
    if dump not in DUMP_NAMES:
        raise BackupError(f"Unsafe path in the manifest: {dump!r}.")
    for name in names:
        if (
            not isinstance(name, str)
            or not name
            or "\\" in name
            or "\x00" in name
            or name.startswith("/")
            or posixpath.normpath(name) != name
            or ".." in name.split("/")
        ):
            raise BackupError(f"Unsafe path in the manifest: {name!r}.")


def verify_files(directory, manifest):
    """The dump and every media file are exactly what the backup wrote."""
    dump = directory / manifest["database"]["file"]
    if not dump.is_file() or sha256_of(dump) != manifest["database"]["sha256"]:
        raise BackupError(f"The database dump {dump.name} is missing or altered.")
    problems = media.differences(
        manifest["media"], media.checksums(directory / MEDIA_DIR)
    )
    if problems:
        raise BackupError(
            "Media in the backup do not match the manifest: " + "; ".join(problems[:10])
        )
    return dump


def table_differences(expected, found):
    problems = []
    for table in sorted(expected.keys() | found.keys()):
        if expected.get(table) != found.get(table):
            problems.append(
                f"{table}: {expected.get(table, 'absent')} rows expected, "
                f"{found.get(table, 'absent')} found"
            )
    return problems


def database_for(manifest):
    """The site's database, refused when the backup is of another engine."""
    database = for_connection(connection)
    if manifest["engine"] != database.engine:
        raise BackupError(
            f"This is a {manifest['engine']} backup; the site is configured "
            f"for {database.engine}. Restore it into a {manifest['engine']} "
            "database (DATABASE_URL)."
        )
    return database


def check_backup(source):
    """Verify a backup without touching the site: checksums, and for SQLite
    the dump's integrity and row counts; for PostgreSQL that pg_restore reads
    it (its rows are only countable by restoring it somewhere)."""
    with opened(source) as directory:
        manifest = read_manifest(directory)
        dump = verify_files(directory, manifest)
        database = database_for(manifest)
        if database.engine == "sqlite":
            described = database.check_dump(dump)
            problems = table_differences(manifest["tables"], described["tables"])
            if problems:
                raise BackupError("Row counts differ: " + "; ".join(problems[:10]))
        else:
            database.check_dump(dump, manifest["database"]["made_with"])
        return manifest


def restore_backup(source, force=False):
    """Restore the database and MEDIA_ROOT from a backup, then prove it:
    row counts per table and media checksums must equal the manifest's."""
    with opened(source) as directory:
        manifest = read_manifest(directory)
        dump = verify_files(directory, manifest)
        database = database_for(manifest)
        media_root = Path(settings.MEDIA_ROOT)
        occupied = []
        if not database.is_empty():
            occupied.append(f"the database ({database.engine}) has tables")
        if not media.is_empty(media_root):
            occupied.append(f"MEDIA_ROOT ({media_root}) holds files")
        if occupied and not force:
            raise BackupError(
                "Refusing to overwrite: " + " and ".join(occupied) + ". Restore "
                "into an empty database and media directory, or pass --force "
                "to replace what they hold."
            )
        if database.engine == "postgresql":
            made_with = manifest["database"]["made_with"]
            database.check_dump(dump, made_with)  # before anything is dropped
            database.drop_everything()
            database.restore(dump, made_with)
        else:
            database.restore(dump)
        media.empty(media_root)
        media_root.mkdir(parents=True, exist_ok=True)
        media.copy_tree(directory / MEDIA_DIR, media_root)

    described = database.describe_current()
    problems = table_differences(manifest["tables"], described["tables"])
    problems += media.differences(manifest["media"], media.checksums(media_root))
    if problems:
        raise BackupError(
            "The restored site does not match the manifest: " + "; ".join(problems[:10])
        )
    clear_caches()
    return manifest, migration_notes(manifest)


def clear_caches():
    """Cached pages from before the restore must not be served, by any layer:
    the Django caches (only this site's keys: a shared Redis database is left
    alone), a new page-cache generation (the file of it when there is no
    Redis) and a ban of everything in Varnish."""
    from pagecache import generation, varnish

    for alias in settings.CACHES:
        cache = caches[alias]
        if hasattr(cache, "delete_pattern"):  # django-redis: keys under our prefix
            cache.delete_pattern("*")
        else:
            cache.clear()
    generation.bump()
    varnish.ban_everything()


def migration_notes(manifest):
    """What `migrate` will do on the restored database, in words."""
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    restored = {
        (app, name) for app, names in manifest["migrations"].items() for name in names
    }
    notes = []
    unapplied = sorted(known - restored)
    if unapplied:
        notes.append(
            f"{len(unapplied)} migration(s) of this code are not applied in the "
            "backup: run `manage.py migrate`."
        )
    unknown = sorted(
        (app, name)
        for app, name in restored - known
        if app in {key[0] for key in known}
    )
    if unknown:
        notes.append(
            f"The backup has {len(unknown)} migration(s) this code does not "
            f"know (e.g. {unknown[0][0]}.{unknown[0][1]}): it comes from a newer "
            "release; deploy that release before serving the site."
        )
    return notes


def describe_manifest(manifest):
    summary = manifest["summary"]
    pages = ", ".join(f"{code}: {count}" for code, count in summary["pages"].items())
    return (
        f"{manifest['engine']} backup of {manifest['created_at']}: "
        f"{len(manifest['tables'])} tables, {sum(manifest['tables'].values())} rows; "
        f"pages ({pages}), {summary['translations']} translations, "
        f"{summary['proposals']} proposals, {summary['events']} events, "
        f"{summary['media_files']} media files"
    )
