"""Presentation pages: the Partnership, the summit, France's action, legal pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import ContentStreamBlock
from home.models import PAGE_TRANSLATABLE_FIELDS
from home.permissions import GuardedPageMixin
from home.tree import SharedAncestorsMixin


class BasePresentationPage(GuardedPageMixin, SharedAncestorsMixin, Page):
    """Fields shared by every presentation page: a lead paragraph and a body."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Lead paragraph, also shown on the home page card."),
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]

    class Meta:
        abstract = True


class ContentPage(BasePresentationPage):
    """A section of the site, such as the Partnership or the 2016 summit."""

    parent_page_types = ["home.HomePage", "presentation.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class ActionPlanPage(BasePresentationPage):
    """France's action in OGP; lists the commitments of the national action plan."""

    parent_page_types = ["home.HomePage", "presentation.ContentPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("action plan page")
        verbose_name_plural = _("action plan pages")

    def commitments(self):
        """Commitments in this page's language, falling back to the French entry."""
        source_locale = Locale.get_default()
        sources = Commitment.objects.filter(locale=source_locale).order_by("number")
        if self.locale_id == source_locale.pk:
            return list(sources)
        translated = {
            c.translation_key: c for c in Commitment.objects.filter(locale=self.locale)
        }
        commitments = []
        for source in sources:
            commitment = translated.get(source.translation_key)
            if commitment is None:
                # Not translated yet: shown in French, marked so for screen readers.
                commitment = source
                commitment.fallback_language = source_locale.language_code
            commitments.append(commitment)
        return commitments


class LegalPage(BasePresentationPage):
    """Legal notice, personal data, accessibility statement: linked in the footer."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("legal page")
        verbose_name_plural = _("legal pages")


class Commitment(TranslatableMixin, index.Indexed, models.Model):
    """One commitment of France's national action plan, listed on its page."""

    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    responsible_body = models.CharField(
        _("responsible body"), max_length=255, blank=True
    )
    link = models.URLField(_("link"), blank=True)

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("responsible_body"),
        FieldPanel("link"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("summary"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        SynchronizedField("number", overridable=False),
        TranslatableField("title"),
        TranslatableField("summary"),
        TranslatableField("responsible_body"),
        SynchronizedField("link", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "number"],
                name="unique_commitment_number",
                violation_error_message=_(
                    "A commitment with this number already exists in this language."
                ),
            )
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"
