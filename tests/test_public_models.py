"""One declaration of the public models (site_config.public_models) from
which the page cache, the translation report, the roles and backups derive
their lists."""

import pytest
from django.apps import apps
from django.db.models.signals import post_save
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from access.roles import COMMUNICATION, TRANSLATORS, model_permissions
from maintenance.databases import summarise
from site_config import public_models
from translations.status import snippet_models

PROJECT_APPS = {
    config.label
    for config in apps.get_app_configs()
    if not config.name.startswith(("django", "wagtail", "modelcluster", "taggit"))
}


def declared_models():
    return {d.model for d in public_models.declared()}


def project_translatable_snippets():
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
        and model._meta.app_label in PROJECT_APPS
    ]


def test_every_translatable_snippet_is_declared_and_empties_the_cache():
    """A snippet left out would leave stale pages behind."""
    snippets = project_translatable_snippets()
    assert len(snippets) >= 6  # commitments, programme, legal information, terms
    missing = [m._meta.label for m in snippets if m not in declared_models()]
    assert not missing, f"Declare them in <app>/public_models.py: {missing}"
    emptying = {model for model, _shown in public_models.cache_emptying()}
    assert not [m._meta.label for m in snippets if m not in emptying]


def test_the_check_finds_an_undeclared_snippet(monkeypatch):
    """The check itself: a snippet missing from the declarations is found."""
    from programme.models import Venue

    trimmed = tuple(d for d in public_models.declared() if d.model is not Venue)
    monkeypatch.setattr(public_models, "declared", lambda: trimmed)
    assert Venue in project_translatable_snippets()
    assert Venue not in declared_models()


def test_each_list_derives_from_the_declarations():
    labels = {d.label: d for d in public_models.declared()}
    report = [m._meta.label for m in snippet_models()]
    assert report == [label for label, d in labels.items() if d.translation_report]
    assert "programme.Session" in report and "presentation.Commitment" in report
    for role in (COMMUNICATION, TRANSLATORS):
        granted = {codename for _app, _model, codename in model_permissions(role)}
        for declaration in labels.values():
            name = declaration.model._meta.model_name
            for action in declaration.roles.get(role, ()):
                assert f"{action}_{name}" in granted
    assert "change_proposal" not in {c for _a, _m, c in model_permissions(TRANSLATORS)}


def test_every_declared_model_that_empties_the_cache_has_a_receiver():
    for model, _shown in public_models.cache_emptying():
        receivers = post_save._live_receivers(model)
        names = {getattr(r, "__name__", "") for group in receivers for r in group}
        # By key, or everything (pagecache.signals.global_models).
        expected = {"on_snippet_change", "on_change", "on_global_change"}
        assert names & expected, model._meta.label


@pytest.mark.django_db
def test_backups_count_the_declared_models():
    from django.db import connection

    with connection.cursor() as cursor:
        summary = summarise(cursor)
    for key, model in public_models.backup_counts():
        assert summary[key] == model.objects.count()
    assert {"proposals", "events", "translations", "pages"} <= summary.keys()
