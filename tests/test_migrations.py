"""Migrations forward, back and forward again on a seeded database.

`manage.py migrate` in subprocesses, as an operator runs it, on a copy of the
seeded database (migrate + load_content), on SQLite and PostgreSQL:

1. every app of the project goes back to its first migration and forward
   again; every table that exists at the first migrations keeps exactly its
   row count (the data migrations' reverse is a no-op and their forward is
   idempotent), tables created by later migrations come back;
2. the project's apps go back to zero (their tables are dropped) and forward
   again: every table comes back, and each table that survived (Django's,
   Wagtail's, Localize's) keeps exactly its row count.
"""

import sqlite3
from pathlib import Path

import pytest

from tests import figures
from tests.ops import manage, postgres_url, site_env, skip_in_postgres_pass

pytestmark = [skip_in_postgres_pass, pytest.mark.slow]


def project_apps():
    """The project's apps with migrations and their migrations' names, in
    INSTALLED_APPS order (Django's, Wagtail's and Localize's are left alone)."""
    from django.apps import apps
    from django.conf import settings

    found = {}
    for config in apps.get_app_configs():
        directory = Path(config.path, "migrations")
        # A project app sits at the top of the project (the virtualenv is inside).
        if Path(config.path).parent == settings.BASE_DIR and directory.is_dir():
            names = sorted(path.stem for path in directory.glob("[0-9]*.py"))
            if names:
                found[config.label] = names
    return found


def sqlite_counts(path):
    db = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables
        }
    finally:
        db.close()


def postgres_counts(name):
    import psycopg

    with psycopg.connect(postgres_url(name)) as db:
        tables = [
            table
            for (table,) in db.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            )
        ]
        return {
            t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables
        }


def round_trip(env, counts):
    """Counts before, after the data-only trip, at zero and after."""
    apps = project_apps()
    report = {"apps": sorted(apps), "before": counts()}
    for app, migrations in apps.items():
        if len(migrations) > 1:
            manage(env, "migrate", app, migrations[0], "--no-input")
    report["at_first"] = counts()
    manage(env, "migrate", "--no-input")
    report["after_first"] = counts()
    # Dependents go first: `migrate X zero` also unapplies what needs X.
    for app in apps:
        manage(env, "migrate", app, "zero", "--no-input")
    report["at_zero"] = counts()
    manage(env, "migrate", "--no-input")
    report["after"] = counts()
    return report


def assert_round_trip(report, engine):
    assert {"home", "participation", "presentation", "programme"} <= set(report["apps"])
    before = report["before"]
    assert before["wagtailcore_page"] > 10 and before["participation_proposal"] > 0

    # Tables that a later schema migration creates (the summit calendar, the
    # legal information) are dropped at the first migrations and come back;
    # every table that stayed keeps exactly its rows.
    kept = report["at_first"].keys()
    assert report["after_first"].keys() == before.keys()
    assert {t: report["after_first"][t] for t in kept} == {t: before[t] for t in kept}

    at_zero = report["at_zero"]
    dropped = sorted(before.keys() - at_zero.keys())
    assert {t.split("_")[0] for t in dropped} == set(report["apps"]), dropped
    assert at_zero.keys() <= before.keys()
    after = report["after"]
    assert after.keys() == before.keys()
    survivors = {table: before[table] for table in at_zero}
    assert {table: after[table] for table in at_zero} == survivors
    # What was dropped comes back empty; the pages' rows in Wagtail's own
    # tables (wagtailcore_page) survive, so no count above moved.
    assert all(after[table] == 0 for table in dropped)
    figures.report(
        f"migrations forward, back to zero, forward ({engine})",
        f"{len(survivors)} tables kept equal row counts "
        f"({sum(survivors.values())} rows), {len(dropped)} project tables "
        "dropped and recreated; rows lost: 0",
    )


def test_migrations_round_trip_on_sqlite(seeded, tmp_path):
    path = tmp_path / "site.sqlite3"
    env = site_env(seeded.sqlite(path))
    assert_round_trip(round_trip(env, lambda: sqlite_counts(path)), "SQLite")


def test_migrations_round_trip_on_postgresql(seeded):
    with seeded.postgres("migrations") as name:
        env = site_env(postgres_url(name))
        assert_round_trip(round_trip(env, lambda: postgres_counts(name)), "PostgreSQL")
