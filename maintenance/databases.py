"""Dump, restore and count the default database, whatever its engine.

SQLite is copied with the online backup API (a consistent snapshot while the
site keeps writing); PostgreSQL with `pg_dump -Fc` / `pg_restore`. Row counts
are taken on the very snapshot that is dumped, so a manifest always describes
its dump exactly, even on a live site.
"""

import os
import re
import sqlite3
import subprocess
from pathlib import Path

from django.db import connection as default_connection

# Not needed by a restore, and dangerous in a backup: live sessions let
# whoever reads the backup log in as their users; django-axes' records of
# login attempts are addresses and usernames kept for an hour.
EXCLUDED_TABLES = (
    "django_session",
    "axes_accessattempt",
    "axes_accessfailurelog",
    "axes_accesslog",
)


class BackupError(Exception):
    """The backup or restore cannot go on; the message says why."""


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def count_rows(cursor, tables):
    counts = {}
    for table in tables:
        cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")
        counts[table] = cursor.fetchone()[0]
    return counts


def summarise(cursor):
    """What a person checks after a restore: pages per language, translations,
    public submissions. Plain SQL, so it reads the dumped snapshot."""
    from wagtail.models import Locale, Page
    from wagtail_localize.models import Translation

    from site_config.public_models import backup_counts

    page, locale = Page._meta, Locale._meta
    cursor.execute(
        f"SELECT l.{quote('language_code')}, COUNT(*) FROM {quote(page.db_table)} p "
        f"JOIN {quote(locale.db_table)} l "
        f"ON p.{quote(page.get_field('locale').column)} = l.{quote('id')} "
        f"GROUP BY l.{quote('language_code')} ORDER BY 1"
    )
    summary = {"pages": dict(cursor.fetchall())}
    # The rest as apps declare them (site_config.public_models).
    for label, model in [("translations", Translation), *backup_counts()]:
        cursor.execute(f"SELECT COUNT(*) FROM {quote(model._meta.db_table)}")
        summary[label] = cursor.fetchone()[0]
    return summary


def applied_migrations(cursor):
    cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
    applied = {}
    for app, name in cursor.fetchall():
        applied.setdefault(app, []).append(name)
    return applied


def describe(cursor, tables):
    """Row counts, summary and applied migrations, read through one cursor."""
    return {
        "tables": count_rows(cursor, tables),
        "summary": summarise(cursor),
        "migrations": applied_migrations(cursor),
    }


def for_connection(connection=default_connection):
    vendor = connection.vendor
    if vendor == "sqlite":
        return SQLiteDatabase(connection)
    if vendor == "postgresql":
        return PostgreSQLDatabase(connection)
    raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")


class SQLiteDatabase:
    engine = "sqlite"
    dump_name = "database.sqlite3"

    def __init__(self, connection):
        self.connection = connection
        self.path = Path(connection.settings_dict["NAME"])

    def tool(self):
        return f"sqlite3 {sqlite3.sqlite_version} online backup API"

    @staticmethod
    def _tables(db):
        rows = db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        return [name for (name,) in rows]

    def is_empty(self):
        if not self.path.exists() or self.path.stat().st_size == 0:
            return True
        db = sqlite3.connect(self.path, timeout=30)
        try:
            return not self._tables(db)
        finally:
            db.close()

    def dump(self, target):
        """Copy the live database into `target`; describe the copy."""
        if not self.path.exists():
            raise BackupError(f"No SQLite database at {self.path}.")
        source = sqlite3.connect(self.path, timeout=30)
        copy = sqlite3.connect(target)
        try:
            # One step (pages=-1): the copy is a single consistent snapshot.
            source.backup(copy)
            # A self-contained file: no -wal/-shm beside it in the backup.
            copy.execute("PRAGMA journal_mode=DELETE")
            tables = self._tables(copy)
            for table in EXCLUDED_TABLES:
                if table in tables:
                    copy.execute(f"DELETE FROM {quote(table)}")
            copy.commit()
            # Deleted rows must not linger in free pages of the file.
            copy.execute("VACUUM")
            return describe(copy.cursor(), tables)
        finally:
            copy.close()
            source.close()

    def check_dump(self, dump):
        """Is the backup's file a sound database that matches its manifest?"""
        db = sqlite3.connect(f"file:{dump}?mode=ro", uri=True)
        try:
            (result,) = db.execute("PRAGMA integrity_check").fetchone()
            if result != "ok":
                raise BackupError(f"The database in the backup is damaged: {result}")
            return describe(db.cursor(), self._tables(db))
        finally:
            db.close()

    def restore(self, dump):
        self.connection.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{dump}?mode=ro", uri=True)
        target = sqlite3.connect(self.path, timeout=30)
        try:
            # Replaces every page of the target, whatever it held.
            source.backup(target)
        finally:
            target.close()
            source.close()

    def describe_current(self):
        db = sqlite3.connect(self.path, timeout=30)
        try:
            return describe(db.cursor(), self._tables(db))
        finally:
            db.close()


def major_version(text):
    """15 for "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" or "15.20"."""
    match = re.search(r"(\d+)\.\d+", text)
    if not match:
        raise BackupError(f"Cannot read a version number in {text!r}.")
    return int(match.group(1))


class PostgreSQLDatabase:
    engine = "postgresql"
    dump_name = "database.dump"

    # Connection settings that libpq reads from the environment, so that no
    # password ever appears on a command line.
    OPTION_VARIABLES = {
        "sslmode": "PGSSLMODE",
        "sslrootcert": "PGSSLROOTCERT",
        "sslcert": "PGSSLCERT",
        "sslkey": "PGSSLKEY",
        "passfile": "PGPASSFILE",
        "service": "PGSERVICE",
    }

    def __init__(self, connection):
        self.connection = connection
        self.settings = connection.settings_dict

    def environment(self):
        env = dict(os.environ)
        for key, variable in (
            ("NAME", "PGDATABASE"),
            ("USER", "PGUSER"),
            ("PASSWORD", "PGPASSWORD"),
            ("HOST", "PGHOST"),
            ("PORT", "PGPORT"),
        ):
            if self.settings.get(key):
                env[variable] = str(self.settings[key])
        for option, variable in self.OPTION_VARIABLES.items():
            if self.settings["OPTIONS"].get(option):
                env[variable] = str(self.settings["OPTIONS"][option])
        return env

    def run(self, *args):
        try:
            result = subprocess.run(
                args, env=self.environment(), capture_output=True, text=True
            )
        except FileNotFoundError as error:
            raise BackupError(
                f"{args[0]} is not installed (Debian: apt-get install "
                "postgresql-client-15, the server's major version)."
            ) from error
        if result.returncode:
            raise BackupError(
                f"{' '.join(args[:2])} failed ({result.returncode}): "
                f"{result.stderr.strip()[-2000:]}"
            )
        return result.stdout

    def server_version(self):
        self.connection.ensure_connection()
        version = self.connection.pg_version  # e.g. 150020
        return f"{version // 10000}.{version % 10000}"

    def tool(self):
        return self.run("pg_dump", "--version").strip()

    def check_client(self, program, at_least, what):
        text = self.run(program, "--version").strip()
        if major_version(text) < at_least:
            raise BackupError(
                f"{text} is older than {what} ({at_least}); install the "
                f"PostgreSQL {at_least} client tools."
            )
        return text

    def tables(self):
        with self.connection.cursor() as cursor:
            return self.connection.introspection.table_names(cursor)

    def is_empty(self):
        return not self.tables()

    def dump(self, target):
        """pg_dump and the row counts read the same exported snapshot."""
        import psycopg

        server = self.server_version()
        self.check_client("pg_dump", major_version(server), f"the server {server}")
        tables = self.tables()
        raw = psycopg.connect(**self.connection.get_connection_params())
        try:
            raw.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            raw.read_only = True
            with raw.cursor() as cursor:
                cursor.execute("SELECT pg_export_snapshot()")
                (snapshot,) = cursor.fetchone()
                described = describe(cursor, tables)
                self.run(
                    "pg_dump",
                    "--format=custom",
                    f"--snapshot={snapshot}",
                    *(f"--exclude-table-data={table}" for table in EXCLUDED_TABLES),
                    f"--file={target}",
                )
        finally:
            raw.rollback()
            raw.close()
        for table in EXCLUDED_TABLES:
            if table in described["tables"]:
                described["tables"][table] = 0  # the dump holds none
        described["server_version"] = server
        return described

    def check_dump(self, dump, made_with):
        """pg_restore can read the dump; rows are only countable by restoring."""
        self.check_client("pg_restore", major_version(made_with), made_with)
        self.run("pg_restore", "--list", str(dump))

    def drop_everything(self):
        with self.connection.cursor() as cursor:
            names = self.connection.introspection.table_names(
                cursor, include_views=True
            )
            if names:
                cursor.execute(
                    f"DROP TABLE IF EXISTS {', '.join(map(quote, names))} CASCADE"
                )

    def restore(self, dump, made_with):
        self.check_client("pg_restore", major_version(made_with), made_with)
        self.connection.close()
        # One transaction: a failed restore leaves the database as it was.
        self.run(
            "pg_restore",
            "--no-owner",
            "--no-acl",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={self.settings['NAME']}",
            str(dump),
        )

    def describe_current(self):
        tables = self.tables()
        with self.connection.cursor() as cursor:
            return describe(cursor, tables)
