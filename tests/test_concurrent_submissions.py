"""Twenty visitors send the event registration form at the same instant, on
SQLite (WAL, immediate transactions, busy timeout) and on PostgreSQL: twenty
rows, twenty confirmations, no "database is locked"."""

import json
import textwrap

import pytest

from tests import figures
from tests.ops import postgres_url, shell, site_env, skip_in_postgres_pass

pytestmark = [skip_in_postgres_pass, pytest.mark.slow]

VISITORS = 20

SUBMIT = textwrap.dedent(
    f"""
    import json, threading
    from django.db import connection
    from django.test import Client
    from participation.models import AgendaPage, Event
    from tests.participation_helpers import event_data, open_week_registration

    open_week_registration()
    page = AgendaPage.objects.get(locale__language_code="fr")
    url = f"{{page.url}}{{page.register_segment}}/"
    before = Event.objects.count()
    barrier, statuses, errors = threading.Barrier({VISITORS}), [], []

    def submit(number):
        try:
            # One address each: the rate limit counts per address.
            client = Client(
                REMOTE_ADDR=f"198.51.100.{{number + 1}}",
                raise_request_exception=False,
            )
            data = event_data(title=f"Événement simultané {{number}}")
            barrier.wait()
            statuses.append(client.post(url, data).status_code)
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [
        threading.Thread(target=submit, args=(n,)) for n in range({VISITORS})
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps({{
        "added": Event.objects.count() - before,
        "titles": Event.objects.filter(
            title__startswith="Événement simultané"
        ).count(),
        "statuses": statuses,
        "errors": errors,
    }}))
    """
)


def submit_together(env, engine):
    result = json.loads(shell(env, SUBMIT).strip().splitlines()[-1])
    assert result["errors"] == []
    assert result["statuses"] == [302] * VISITORS  # each sees the confirmation
    assert result["added"] == result["titles"] == VISITORS
    figures.report(
        f"concurrent submissions ({engine})",
        f"{VISITORS} event registrations at once: {result['added']} rows, 0 errors",
    )


def test_twenty_simultaneous_registrations_on_sqlite(seeded, tmp_path):
    env = site_env(seeded.sqlite(tmp_path / "site.sqlite3"))
    submit_together(env, "SQLite")


def test_twenty_simultaneous_registrations_on_postgresql(seeded):
    with seeded.postgres("submissions") as name:
        submit_together(site_env(postgres_url(name)), "PostgreSQL")
