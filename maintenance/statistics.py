"""Planner statistics after bulk changes.

Without statistics SQLite guesses that every index narrows a table to a few
rows, and plans Wagtail's full-text search by walking every index entry of a
model and probing the FTS table for each one: about 50 ms for 2,000 sessions
instead of 0.2 ms once `ANALYZE` has run. PostgreSQL's autovacuum analyses on
its own; running it after a bulk load does no harm there either."""

from django.db import connections


def refresh_statistics(using="default"):
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        if connection.vendor == "sqlite":
            # Keeps the statistics current as the tables grow.
            cursor.execute("PRAGMA optimize")
