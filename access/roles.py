"""The editorial roles and what each may do (on the project's own models:
as each app declares in its public_models.py).

`sync_roles()` gives each role exactly the permissions listed here that exist
in the database; it runs after every `migrate` (post_migrate, see
access.apps) and is idempotent, so no data migration imports this module or
depends on another app's migrations."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS, connections

from site_config import public_models

COMMUNICATION = "Communication"
TRANSLATORS = "Translators"

PAGE_PERMISSIONS = {
    COMMUNICATION: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    ],
    TRANSLATORS: ["change_page", "publish_page"],
}

# Permissions on Wagtail's and Localize's own models; those on the project's
# models are declared by each app (site_config.public_models).
WAGTAIL_PERMISSIONS = {
    COMMUNICATION: [
        ("wagtailadmin", "admin", "access_admin"),
        ("wagtail_localize", "translation", "submit_translation"),
        ("wagtailimages", "image", "add_image"),
        ("wagtailimages", "image", "change_image"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "add_document"),
        ("wagtaildocs", "document", "change_document"),
        ("wagtaildocs", "document", "choose_document"),
    ],
    TRANSLATORS: [
        ("wagtailadmin", "admin", "access_admin"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "choose_document"),
    ],
}


def model_permissions(role):
    """[(app_label, model_name, codename)] the role holds."""
    return WAGTAIL_PERMISSIONS[role] + public_models.role_permissions(role)


# Collection-scoped: granted on the root collection, not on the group.
COLLECTION_APPS = ("wagtailimages", "wagtaildocs")

# What the sync writes to; a partial migrate (to zero, in tests) may lack them.
NEEDED_TABLES = (
    "auth_group",
    "auth_permission",
    "wagtailcore_page",
    "wagtailcore_collection",
    "wagtailcore_grouppagepermission",
    "wagtailcore_groupcollectionpermission",
)


def tables_ready(using):
    return set(NEEDED_TABLES) <= set(connections[using].introspection.table_names())


def sync_roles(using=DEFAULT_DB_ALIAS, **kwargs):
    """Create the roles and add the permissions above; adds only what is
    missing, never removes what staff granted by hand."""
    if not tables_ready(using):
        return
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import (
        Collection,
        GroupCollectionPermission,
        GroupPagePermission,
        Page,
    )

    # Django creates each app's permissions on its own post_migrate; a sync
    # run on its own (or before that) must not depend on it.
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)

    root = Page.objects.using(using).filter(depth=1).first()
    root_collection = Collection.objects.using(using).filter(depth=1).first()
    for name in WAGTAIL_PERMISSIONS:
        group, _ = Group.objects.using(using).get_or_create(name=name)
        for app_label, model, codename in model_permissions(name):
            permission = (
                Permission.objects.using(using)
                .filter(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename=codename,
                )
                .first()
            )
            if permission is None:
                continue  # that app is not installed or not migrated here
            if app_label in COLLECTION_APPS:
                if root_collection:
                    GroupCollectionPermission.objects.using(using).get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )
            else:
                group.permissions.add(permission)
    # Communication works on the whole tree; translators get the English tree
    # once it exists (see grant_translator_pages).
    if root:
        communication = Group.objects.using(using).get(name=COMMUNICATION)
        for codename in PAGE_PERMISSIONS[COMMUNICATION]:
            GroupPagePermission.objects.using(using).get_or_create(
                group=communication,
                page=root,
                permission=Permission.objects.using(using).get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )


def grant_translator_pages(english_home):
    """Translators may edit and publish the English tree, and nothing else."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    group, _ = Group.objects.get_or_create(name=TRANSLATORS)
    for codename in PAGE_PERMISSIONS[TRANSLATORS]:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=english_home,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
