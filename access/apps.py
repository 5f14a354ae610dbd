from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def sync_after_last_app(sender, using, **kwargs):
    """post_migrate is sent once per app with models, in INSTALLED_APPS order:
    sync once, after the last, when every app's permissions exist."""
    from .roles import sync_roles

    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if with_models and sender is with_models[-1]:
        sync_roles(using=using)


class AccessConfig(AppConfig):
    """Who may do what: roles, permission policies and admin guards."""

    name = "access"
    verbose_name = _("Access rules")

    def ready(self):
        post_migrate.connect(sync_after_last_app, dispatch_uid="access-sync-roles")
