import pytest

# One seeded SQLite file and PostgreSQL database per run for the tests that
# start their own servers and databases (backup, migrations, app servers).
from tests.ops import seeded  # noqa: F401


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the seed pages once per run; each test rolls its changes back.
    The demo programme is left out: programme tests build the data they need."""
    from home.seed.loader import ContentLoader

    with django_db_blocker.unblock():
        ContentLoader().run()


@pytest.fixture
def fr_home():
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="fr")


@pytest.fixture
def en_home():
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


def pytest_terminal_summary(terminalreporter):
    from tests import figures

    if lines := figures.recorded():
        terminalreporter.section("operations figures")
        for topic, text in lines:
            terminalreporter.write_line(f"{topic}: {text}")
