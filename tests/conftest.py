import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the seed content once per run; each test rolls its changes back."""
    with django_db_blocker.unblock():
        call_command("load_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def fr_home():
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="fr")


@pytest.fixture
def en_home():
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")
