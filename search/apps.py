from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        from django.apps import apps
        from wagtail.models import Page

        from .kinds import search_model

        # Other apps register their own kinds and models (search.kinds).
        for model in apps.get_models():
            if issubclass(model, Page):
                search_model(model)
