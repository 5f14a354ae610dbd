from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from maintenance.statistics import refresh_statistics


def seeders():
    """Each app that ships seed content has a `seed` module with `load_seed()`;
    they run in INSTALLED_APPS order (the home's pages first). Found through
    the app registry, so this command imports no app above home."""
    for config in apps.get_app_configs():
        if find_spec(f"{config.name}.seed") is None:
            continue
        module = import_module(f"{config.name}.seed")
        if hasattr(module, "load_seed"):
            yield module.load_seed


class Command(BaseCommand):
    help = (
        "Load the seed pages, the demo programme, submissions and glossary in "
        "French with their English translations. What already exists is left "
        "untouched."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        created = [load(stdout=self.stdout) for load in seeders()]
        # Search plans need statistics that match the new volume.
        transaction.on_commit(refresh_statistics)
        self.stdout.write(
            self.style.SUCCESS(f"Content loaded: {', '.join(created)} created.")
        )
