from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    name = "glossary"
    verbose_name = _("Glossary")

    def ready(self):
        from search.engine import register_equivalents

        from .terms import equivalents

        # A search finds what the other language's terms name.
        register_equivalents(equivalents)
