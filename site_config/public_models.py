"""One registry of the project's public models.

Each app declares its models in `<app>/public_models.py` (a `PUBLIC_MODELS`
list of `PublicModel`); this module collects them through the app registry,
in INSTALLED_APPS order, without importing any app by name. From these
declarations, and nowhere else:

- the page cache learns which saves and deletes empty it (pagecache.signals);
- the translators' report lists the snippets it follows (translations.status);
- the roles get their permissions on the project's models (access.roles);
- backups count what a person checks after a restore (maintenance.databases).

tests/test_public_models.py fails when a translatable snippet is declared
nowhere."""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps


@dataclass(frozen=True)
class PublicModel:
    label: str  # "app_label.ModelName"
    # Visitors see it: its saves and deletes empty the page cache. A function
    # of the instance limits that to some rows (decided submissions only).
    empties_cache: bool | Callable = True
    # Translatable snippet followed in the translators' status report.
    translation_report: bool = False
    # {role name: ("add", "change", ...)}: what each role may do with it.
    roles: dict = field(default_factory=dict)
    # Key of its row count in a backup's summary, if it is counted there.
    backup_summary: str | None = None

    @property
    def model(self):
        return apps.get_model(self.label)


@cache
def declared():
    found = []
    for config in apps.get_app_configs():
        name = f"{config.name}.public_models"
        if find_spec(name) is not None:
            found.extend(import_module(name).PUBLIC_MODELS)
    return tuple(found)


def cache_emptying():
    """[(model, None or a function of the instance)]"""
    return [
        (d.model, None if d.empties_cache is True else d.empties_cache)
        for d in declared()
        if d.empties_cache
    ]


def translation_report_labels():
    return tuple(d.label for d in declared() if d.translation_report)


def role_permissions(role):
    """[(app_label, model_name, codename)] for `role`."""
    return [
        (d.model._meta.app_label, d.model._meta.model_name, codename)
        for d in declared()
        for action in d.roles.get(role, ())
        for codename in [f"{action}_{d.model._meta.model_name}"]
    ]


def backup_counts():
    """[(summary key, model)]"""
    return [(d.backup_summary, d.model) for d in declared() if d.backup_summary]
