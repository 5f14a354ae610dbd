"""The roles get their permissions from one idempotent sync run after every
migrate (access.roles.sync_roles), not from data migrations."""

import ast
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from access.roles import COMMUNICATION, TRANSLATORS, sync_roles

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


def snapshot():
    """Every grant the roles hold, as plain tuples."""
    groups = Group.objects.filter(name__in=[COMMUNICATION, TRANSLATORS])
    return {
        "groups": sorted(groups.values_list("pk", "name")),
        "model": sorted(
            groups.values_list(
                "name", "permissions__content_type__app_label", "permissions__codename"
            )
        ),
        "pages": sorted(
            GroupPagePermission.objects.filter(group__in=groups).values_list(
                "pk", "group__name", "page_id", "permission__codename"
            )
        ),
        "collections": sorted(
            GroupCollectionPermission.objects.filter(group__in=groups).values_list(
                "pk", "group__name", "collection_id", "permission__codename"
            )
        ),
    }


def model_codenames(name):
    group = Group.objects.get(name=name)
    return {
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def assert_roles_granted():
    communication = model_codenames(COMMUNICATION)
    translators = model_codenames(TRANSLATORS)
    # One permission from every app whose data migration used to grant it.
    assert {
        "wagtailadmin.access_admin",
        "presentation.change_commitment",
        "programme.change_session",
        "participation.change_proposal",
        "glossary.change_term",
        "home.change_summitcalendar",
        "home.change_legalinformation",
    } <= communication
    assert {"programme.change_session", "glossary.change_term"} <= translators
    # Translators never moderate public submissions.
    assert not {c for c in translators if c.startswith("participation.")}
    assert GroupPagePermission.objects.filter(
        group__name=COMMUNICATION, page__depth=1, permission__codename="publish_page"
    ).exists()
    assert GroupCollectionPermission.objects.filter(
        group__name=COMMUNICATION,
        collection__depth=1,
        permission__codename="add_image",
    ).exists()


def test_the_migrated_test_database_has_the_roles_and_their_permissions():
    assert_roles_granted()


def test_running_the_sync_twice_changes_nothing():
    sync_roles()
    before = snapshot()
    sync_roles()
    assert snapshot() == before


def test_migrate_gives_back_roles_that_were_lost():
    Group.objects.filter(name__in=[COMMUNICATION, TRANSLATORS]).delete()
    call_command("migrate", verbosity=0)
    assert_roles_granted()


def test_the_sync_keeps_what_staff_granted_by_hand():
    group = Group.objects.get(name=TRANSLATORS)
    from django.contrib.auth.models import Permission

    extra = Permission.objects.get(codename="add_commitment")
    group.permissions.add(extra)
    sync_roles()
    assert "presentation.add_commitment" in model_codenames(TRANSLATORS)


def test_no_migration_runs_project_code_for_roles():
    """Data migrations that import live code break when that code changes."""
    for path in sorted(ROOT.glob("*/migrations/0*.py")):
        tree = ast.parse(path.read_text())
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        }
        assert not {m for m in imported if m.endswith(".roles")}, path
