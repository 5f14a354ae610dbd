from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PresentationConfig(AppConfig):
    name = "presentation"
    verbose_name = _("Presentation")
