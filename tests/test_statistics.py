"""Planner statistics: site search stays fast once the programme is large."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from maintenance.statistics import refresh_statistics
from programme.models import Session
from programme.search_results import session_candidates

pytestmark = [pytest.mark.django_db, pytest.mark.engine]

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's query planner"
)


def session_search_plan():
    """SQLite's plan for the search backend's query over sessions, as the
    lines EXPLAIN QUERY PLAN prints, in order."""
    french = Locale.objects.get(language_code="fr")
    results = get_search_backend().search(
        "transparence", session_candidates(french), operator="and"
    )
    with CaptureQueriesContext(connection) as queries:
        list(results)
    (sql,) = [q["sql"] for q in queries if "MATCH" in q["sql"]]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql)
        return [row[-1] for row in cursor.fetchall()]


def generate(capture):
    with capture(execute=True):
        call_command("generate_sessions", sessions=100, speakers=5, verbosity=0)


@sqlite_only
def test_generating_volume_refreshes_statistics(django_capture_on_commit_callbacks):
    generate(django_capture_on_commit_callbacks)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'wagtailsearch_indexentry'"
        )
        assert cursor.fetchone()[0] > 0


@sqlite_only
def test_search_reads_the_full_text_index_first(django_capture_on_commit_callbacks):
    generate(django_capture_on_commit_callbacks)
    plan = session_search_plan()
    fts = [i for i, line in enumerate(plan) if "VIRTUAL TABLE" in line]
    entries = [i for i, line in enumerate(plan) if "SEARCH U1" in line]
    # Each lookup of an index entry comes after the full-text match that
    # found it (by primary key), never a walk over every entry of the model.
    assert fts and entries
    assert all("INTEGER PRIMARY KEY" in plan[i] for i in entries), plan
    assert fts[0] < entries[0], plan


def test_refresh_statistics_command_runs_on_this_database(capsys):
    call_command("refresh_statistics")
    assert "refreshed" in capsys.readouterr().out
    refresh_statistics()  # twice in a row is fine
    assert Session.objects.count() == 0
