"""The home page: the summit at a glance and the ways into the site."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import ContentStreamBlock
from .permissions import GuardedPageMixin
from .tree import SharedAncestorsMixin

# Fields every Page carries; the title, slug and SEO texts are translated.
# Synchronised fields are facts: translators cannot override them
# (translations.facts copies them to every translation on publish).
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus", overridable=False),
    SynchronizedField("go_live_at", overridable=False),
    SynchronizedField("expire_at", overridable=False),
]


class HomePage(GuardedPageMixin, SharedAncestorsMixin, Page):
    """Home page of one language: the summit, its pitch, key figures, entry points."""

    summit_name = models.CharField(_("summit name"), max_length=200)
    start_date = models.DateField(_("first day of the summit"))
    end_date = models.DateField(_("last day of the summit"))
    place = models.CharField(_("place"), max_length=120)
    pitch = models.TextField(
        _("pitch"), help_text=_("Two or three sentences shown under the summit name.")
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("summit_name"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("place"),
                FieldPanel("pitch"),
            ],
            heading=_("Summit"),
        ),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("pitch"),
        index.SearchField("body"),
    ]

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("summit_name"),
        TranslatableField("place"),
        TranslatableField("pitch"),
        TranslatableField("body"),
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("end_date", overridable=False),
    ]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The last day cannot be before the first day.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from home.structured_data import summit_event
        from home.templatetags.site_tags import menu_pages

        # The menu's pages, fetched once: the cards show their summary.
        context["sections"] = menu_pages(request, self)
        context["summit_json_ld"] = summit_event(self, request)
        return context
