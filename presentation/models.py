"""Presentation pages: the Partnership, the summit, France's action, legal pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from access.permissions import GuardedPageMixin
from home.blocks import ContentStreamBlock
from home.models import PAGE_TRANSLATABLE_FIELDS
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
        return localized_commitments(self.locale)

    def get_context(self, request, *args, **kwargs):
        from .commitment_listing import axes_of

        context = super().get_context(request, *args, **kwargs)
        context["axes"] = axes_of(self, request)
        return context


class LegalPage(BasePresentationPage):
    """Legal notice, personal data, accessibility statement: linked in the footer."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("legal page")
        verbose_name_plural = _("legal pages")


class Commitment(TranslatableMixin, index.Indexed, models.Model):
    """One commitment of France's national action plan, listed on its page
    under its axis; sessions of the programme link to it."""

    # The five axes of "Pour une action publique transparente et collaborative"
    # (2015-2017), fixed by the published plan, so not editable content. English
    # as the French government's own English page words them
    # (modernisation.gouv.fr/en); the plan's French names are in the French
    # catalogue (source: numerique.gouv.fr, 17 July 2015).
    AXES = [
        (1, _("Guaranteeing accountability")),
        (2, _("Consulting, cooperating and jointly shaping government")),
        (3, _("Sharing digital resources needed for social and economic innovation")),
        (4, _("Continuing to open up government")),
        (
            5,
            _(
                "Ensuring open government with regard to climate and sustainable "
                "development"
            ),
        ),
    ]

    number = models.PositiveSmallIntegerField(_("number"))
    axis = models.PositiveSmallIntegerField(
        _("axis of the plan"), choices=AXES, default=1
    )
    title = models.CharField(_("title"), max_length=255)
    title_to_check = models.BooleanField(
        _("title to check"),
        default=False,
        help_text=_(
            "Ticked while the title has not been checked against the published "
            "plan. Never shown to visitors."
        ),
    )
    summary = models.TextField(_("summary"), blank=True)
    responsible_body = models.CharField(
        _("responsible body"), max_length=255, blank=True
    )
    link = models.URLField(_("link"), blank=True)

    panels = [
        FieldPanel("number"),
        FieldPanel("axis"),
        FieldPanel("title"),
        FieldPanel("title_to_check"),
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
        SynchronizedField("axis", overridable=False),
        TranslatableField("title"),
        SynchronizedField("title_to_check", overridable=False),
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


def localized_commitments(locale, translation_keys=None):
    """Commitments in `locale` in plan order, the French entry standing in for
    one not translated yet (marked with `fallback_language` for lang=)."""
    source_locale = Locale.get_default()
    sources = Commitment.objects.filter(locale=source_locale).order_by("number")
    if translation_keys is not None:
        sources = sources.filter(translation_key__in=translation_keys)
    sources = list(sources)
    if locale.pk == source_locale.pk:
        return sources
    translated = {
        c.translation_key: c
        for c in Commitment.objects.filter(
            locale=locale, translation_key__in=[s.translation_key for s in sources]
        )
    }
    commitments = []
    for source in sources:
        commitment = translated.get(source.translation_key)
        if commitment is None:
            commitment = source
            commitment.fallback_language = source_locale.language_code
        commitments.append(commitment)
    return commitments
