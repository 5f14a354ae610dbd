"""The editorial roles and what each may do. Used by a data migration, so it
works on historical models passed in as `apps`."""

from django.contrib.auth.management import create_permissions

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

MODEL_PERMISSIONS = {
    COMMUNICATION: [
        ("wagtailadmin", "admin", "access_admin"),
        ("wagtail_localize", "translation", "submit_translation"),
        ("presentation", "commitment", "add_commitment"),
        ("presentation", "commitment", "change_commitment"),
        ("presentation", "commitment", "delete_commitment"),
        ("home", "summitcalendar", "change_summitcalendar"),
        ("home", "legalinformation", "add_legalinformation"),
        ("home", "legalinformation", "change_legalinformation"),
        ("glossary", "term", "add_term"),
        ("glossary", "term", "change_term"),
        ("glossary", "term", "delete_term"),
        ("wagtailimages", "image", "add_image"),
        ("wagtailimages", "image", "change_image"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "add_document"),
        ("wagtaildocs", "document", "change_document"),
        ("wagtaildocs", "document", "choose_document"),
        *[
            ("programme", model, f"{action}_{model}")
            for model in ("session", "speaker", "theme", "venue")
            for action in ("add", "change", "delete")
        ],
        # Moderation of public submissions; translators never see them.
        *[
            ("participation", model, f"{action}_{model}")
            for model in ("proposal", "event")
            for action in ("change", "delete")
        ],
    ],
    TRANSLATORS: [
        ("wagtailadmin", "admin", "access_admin"),
        ("presentation", "commitment", "change_commitment"),
        ("home", "legalinformation", "change_legalinformation"),
        ("glossary", "term", "change_term"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "choose_document"),
        *[
            ("programme", model, f"change_{model}")
            for model in ("session", "speaker", "theme", "venue")
        ],
    ],
}


def ensure_permissions(apps):
    """Permissions are created after migrations; this data migration needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor=None):
    ensure_permissions(apps)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore.Collection")

    root = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name, perms in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, model, codename in perms:
            permission = Permission.objects.filter(
                content_type__app_label=app_label,
                content_type__model=model,
                codename=codename,
            ).first()
            if permission is None:
                # That app's models are not migrated yet (migration order is
                # not fixed across apps); a later migration re-runs this.
                continue
            if app_label in ("wagtailimages", "wagtaildocs") and root_collection:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
            else:
                group.permissions.add(permission)
    # Communication works on the whole tree; translators get the English tree
    # once it exists (see grant_translator_pages).
    if root:
        for codename in PAGE_PERMISSIONS[COMMUNICATION]:
            GroupPagePermission.objects.get_or_create(
                group=Group.objects.get(name=COMMUNICATION),
                page=root,
                permission=Permission.objects.get(
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
