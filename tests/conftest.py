import os

import pytest
from hypothesis import settings

# One seeded SQLite file and PostgreSQL database per run for the tests that
# start their own servers and databases (backup, migrations, app servers).
from tests.ops import seeded  # noqa: F401

# Hypothesis: a tenth of the examples by default (make test), all of them with
# HYPOTHESIS_PROFILE=full (make test-all, CI). Tests that set max_examples
# scale it with tests.helpers.examples().
settings.register_profile("full", max_examples=100)
settings.register_profile("quick", max_examples=10)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_modify_db_settings,
    seeded,  # noqa: F811
):
    """The seed pages in the test database; each test rolls its changes back.
    The demo programme is left out: programme tests build the data they need.

    On SQLite, the run migrates and seeds once (`seeded.pages_path()`, shared
    by the pytest-xdist workers) and each worker copies that file into its
    in-memory database instead of migrating its own. On PostgreSQL (CI's
    `engine` pass), Django creates and migrates the test database as usual."""
    from django.db import connection

    if connection.vendor == "sqlite":
        with django_db_blocker.unblock():
            sqlite_in_memory(connection, seeded.pages_path())
        yield
        return

    from django.test.utils import setup_databases, teardown_databases

    from home.seed.loader import ContentLoader

    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        databases = setup_databases(
            verbosity=verbosity, interactive=False, serialized_aliases=set()
        )
        ContentLoader().run()
    yield
    with django_db_blocker.unblock():
        teardown_databases(databases, verbosity=verbosity)


def sqlite_in_memory(connection, seed_path):
    """Point `connection` at a shared in-memory database (as Django's SQLite
    test database is) holding a copy of `seed_path`."""
    from django.conf import settings as django_settings

    from tests.ops import copy_sqlite

    name = f"file:ogp_test_{connection.alias}?mode=memory&cache=shared"
    connection.close()
    connection.settings_dict["NAME"] = name
    django_settings.DATABASES[connection.alias]["NAME"] = name
    connection.ensure_connection()
    copy_sqlite(seed_path, connection.connection)


@pytest.fixture
def page_cache_on(settings, tmp_path):
    """The page cache switched on for one test, empty before and after (it is
    off in tests: a page cached by one test must not answer another)."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 3600
    settings.PAGE_CACHE_GENERATION_FILE = str(tmp_path / "generation")
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what happens after the transaction commits, as in production."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(*args, **kwargs)

    return run


@pytest.fixture
def fr_home():
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="fr")


@pytest.fixture
def en_home():
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


def pytest_sessionfinish(session):
    """Under pytest-xdist, a worker hands its figures to the controller."""
    from tests import figures

    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["figures"] = figures.recorded()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    from tests import figures

    for topic, text in getattr(node, "workeroutput", {}).get("figures", []):
        figures.report(topic, text)


def pytest_terminal_summary(terminalreporter):
    from tests import figures

    if lines := figures.recorded():
        terminalreporter.section("operations figures")
        for topic, text in lines:
            terminalreporter.write_line(f"{topic}: {text}")
