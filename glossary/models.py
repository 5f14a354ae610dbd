"""The summit's termbase: one French term and its English translation."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import TranslatableField


class Term(TranslatableMixin, models.Model):
    """A term of the summit in one language; its translations are the same
    entry in the other languages (wagtail-localize)."""

    term = models.CharField(_("term"), max_length=120)
    definition = models.TextField(_("definition"), blank=True)

    panels = [FieldPanel("term"), FieldPanel("definition")]
    translatable_fields = [TranslatableField("term"), TranslatableField("definition")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term"]

    def __str__(self):
        return self.term
