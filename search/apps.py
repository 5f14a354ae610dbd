from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page

        from programme.models import Session, Speaker

        from .folding import index_folded
        from .vocabulary import bump

        for model in apps.get_models():
            if issubclass(model, Page) or model in (Session, Speaker):
                index_folded(model)
                post_save.connect(bump, sender=model, dispatch_uid=f"vocab-{model}")
                post_delete.connect(bump, sender=model, dispatch_uid=f"vocab-d{model}")
