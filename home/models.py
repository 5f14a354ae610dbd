"""The home page: the summit at a glance and the ways into the site; the
summit calendar every dated part of the site follows."""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from access.permissions import GuardedPageMixin

from .blocks import ContentStreamBlock
from .navigation import home_children, menu_pages
from .phase_panel import home_panel
from .structured_data import summit_event
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


NOW_AND_NEXT_SECONDS = 300


class HomePage(GuardedPageMixin, SharedAncestorsMixin, Page):
    """Home page of one language: the summit, its pitch, key figures, entry points."""

    summit_name = models.CharField(_("summit name"), max_length=200)
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
    ]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @property
    def start_date(self):
        from home.calendar import summit_calendar

        return summit_calendar().summit_start

    @property
    def end_date(self):
        from home.calendar import summit_calendar

        return summit_calendar().summit_end

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The menu's pages, fetched once: the cards show their summary.
        context["sections"] = menu_pages(request, self)
        context["summit_json_ld"] = summit_event(self, request)
        context["panel"] = home_panel(request, self, home_children(request, self))
        return context

    def serve(self, request, *args, **kwargs):
        from home import calendar

        response = super().serve(request, *args, **kwargs)
        if calendar.phase() == calendar.SUMMIT:
            # "Now and next" changes with every session.
            calendar.limit_shared_lifetime(response, NOW_AND_NEXT_SECONDS)
        return response


PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def paris(*args):
    return datetime.datetime(*args, tzinfo=PARIS)


@register_setting(icon="date")
class SummitCalendar(BaseGenericSetting):
    """The summit's key dates, edited once: the phase of the site, the menus,
    the home page, the forms and every dated block follow them."""

    call_opens_at = models.DateTimeField(
        _("call for proposals opens"), default=paris(2016, 5, 2, 9, 0)
    )
    call_closes_at = models.DateTimeField(
        _("call for proposals closes"), default=paris(2016, 7, 20, 23, 59)
    )
    programme_published_at = models.DateTimeField(
        _("programme published"),
        null=True,
        blank=True,
        help_text=_(
            "When the programme is announced. Empty: as soon as the call closes."
        ),
    )
    week_registration_opens_at = models.DateTimeField(
        _("Open Government Week registration opens"),
        default=paris(2016, 5, 2, 9, 0),
    )
    week_registration_closes_at = models.DateTimeField(
        _("Open Government Week registration closes"),
        default=paris(2016, 12, 14, 23, 59),
    )
    week_start = models.DateField(
        _("first day of the Open Government Week"), default=datetime.date(2016, 12, 5)
    )
    week_end = models.DateField(
        _("last day of the Open Government Week"), default=datetime.date(2016, 12, 14)
    )
    summit_start = models.DateField(
        _("first day of the summit"), default=datetime.date(2016, 12, 7)
    )
    summit_end = models.DateField(
        _("last day of the summit"), default=datetime.date(2016, 12, 9)
    )

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("call_opens_at"), FieldPanel("call_closes_at")]
                ),
                FieldPanel("programme_published_at"),
            ],
            heading=_("Call for proposals and programme"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("week_registration_opens_at"),
                        FieldPanel("week_registration_closes_at"),
                    ]
                ),
                FieldRowPanel([FieldPanel("week_start"), FieldPanel("week_end")]),
            ],
            heading=_("Open Government Week"),
        ),
        FieldRowPanel(
            [FieldPanel("summit_start"), FieldPanel("summit_end")],
            heading=_("Summit days"),
        ),
    ]

    class Meta:
        verbose_name = _("summit calendar")

    def __str__(self):
        return str(self._meta.verbose_name)

    def clean(self):
        super().clean()
        pairs = [
            (
                "call_opens_at",
                "call_closes_at",
                _("The call must close after it opens."),
            ),
            (
                "week_registration_opens_at",
                "week_registration_closes_at",
                _("Registration must close after it opens."),
            ),
            (
                "week_start",
                "week_end",
                _("The week must end on or after its first day."),
            ),
            (
                "summit_start",
                "summit_end",
                _("The last day cannot be before the first day."),
            ),
        ]
        errors = {}
        for first, last, message in pairs:
            start, end = getattr(self, first), getattr(self, last)
            if start and end and end < start:
                errors[last] = message
        if errors:
            raise ValidationError(errors)


class LegalInformation(TranslatableMixin, models.Model):
    """Who publishes, hosts and answers for this site: the legal notice and
    the personal data page show these details through their "Legal details"
    blocks. One per language; production refuses to start checks while the
    French one is missing, incomplete or demo."""

    publisher_name = models.CharField(_("publisher"), max_length=200)
    publisher_address = models.TextField(_("publisher's postal address"))
    publisher_email = models.EmailField(_("publisher's contact email"))
    director_name = models.CharField(_("director of publication"), max_length=200)
    director_role = models.CharField(
        _("position of the director of publication"), max_length=200
    )
    host_name = models.CharField(_("host"), max_length=200)
    host_address = models.TextField(_("host's postal address"))
    host_phone = models.CharField(_("host's telephone"), max_length=40)
    controller_name = models.CharField(_("data controller"), max_length=200)
    controller_address = models.TextField(_("data controller's postal address"))
    data_requests_contact = models.EmailField(
        _("contact for personal data requests"),
        help_text=_("Where visitors write to access, correct or erase their data."),
    )
    is_demo = models.BooleanField(
        _("demo values"),
        default=False,
        help_text=_(
            "Ticked for the demonstration values loaded with the site: pages "
            "say so, and production's checks fail until real values replace them."
        ),
    )

    translatable_fields = [
        TranslatableField("publisher_name"),
        TranslatableField("publisher_address"),
        SynchronizedField("publisher_email"),
        TranslatableField("director_name"),
        TranslatableField("director_role"),
        TranslatableField("host_name"),
        TranslatableField("host_address"),
        SynchronizedField("host_phone"),
        TranslatableField("controller_name"),
        TranslatableField("controller_address"),
        SynchronizedField("data_requests_contact"),
        SynchronizedField("is_demo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("legal information")
        verbose_name_plural = _("legal information")

    def __str__(self):
        return str(self._meta.verbose_name)

    REQUIRED = [
        "publisher_name",
        "publisher_address",
        "publisher_email",
        "director_name",
        "director_role",
        "host_name",
        "host_address",
        "host_phone",
        "controller_name",
        "controller_address",
        "data_requests_contact",
    ]

    def missing(self):
        return [name for name in self.REQUIRED if not getattr(self, name)]

    @classmethod
    def for_locale(cls, locale_id):
        """This language's details, else the French ones, else None."""
        from wagtail.models import Locale

        found = {
            info.locale_id: info
            for info in cls.objects.filter(
                locale_id__in={locale_id, Locale.get_default().pk}
            )
        }
        return found.get(locale_id) or found.get(Locale.get_default().pk)
