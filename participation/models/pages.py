"""The pages where the public takes part: the call for session proposals and
the Open Government Week agenda, each with its form under one translated URL."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.locales import code_of
from home.models import PAGE_TRANSLATABLE_FIELDS
from home.tree import SharedAncestorsMixin

# URL words of sub-pages, per language: /fr/…/merci/ and /en/…/thank-you/.
SEGMENTS = {
    "thanks": {"fr": "merci", "en": "thank-you"},
    "register": {"fr": "inscrire", "en": "register"},
}


def data_notice_field():
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("personal data notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that explains how submitted personal data is used."),
    )


class ParticipationPage(SharedAncestorsMixin, RoutablePageMixin, Page):
    """Shared by pages that hold a public form, open between two dates."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    opens_at = models.DateTimeField(_("submissions open"), null=True, blank=True)
    closes_at = models.DateTimeField(_("submissions close"), null=True, blank=True)
    data_notice = data_notice_field()

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("data_notice"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def segment(self, name):
        code = code_of(self.locale_id)
        return SEGMENTS[name].get(code, SEGMENTS[name]["en"])

    @property
    def thanks_segment(self):
        return self.segment("thanks")

    def submission_state(self, now=None):
        """ "open", "not_yet" or "closed", from the dates staff set."""
        now = now or timezone.now()
        if self.opens_at and now < self.opens_at:
            return "not_yet"
        if self.closes_at and now >= self.closes_at:
            return "closed"
        return "open"

    @property
    def is_open(self):
        return self.submission_state() == "open"

    def localized_data_notice(self):
        notice = self.data_notice
        if notice is None:
            return None
        notice = notice.specific.localized
        return notice if notice.live else None

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError(
                {"closes_at": _("Submissions must close after they open.")}
            )

    @re_path(r"^(?:merci|thank-you)/$")
    def thanks(self, request):
        from participation import views

        return views.thanks(self, request)


class CallForProposalsPage(ParticipationPage):
    """The call for session proposals: its text, dates and the public form."""

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("data_notice"),
            ],
            _("Call for proposals"),
        ),
    ]

    class Meta:
        verbose_name = _("call for proposals page")
        verbose_name_plural = _("call for proposals pages")

    @path("")
    def form(self, request):
        from participation import views

        return views.proposal_form(self, request)

    def serve_preview(self, request, mode_name):
        return self.form(request)


class AgendaPage(ParticipationPage):
    """The Open Government Week: the agenda of accepted events and the form
    to register one."""

    week_start = models.DateField(_("first day of the week"))
    week_end = models.DateField(_("last day of the week"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("week_start"), FieldPanel("week_end")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("data_notice"),
            ],
            _("Event registration"),
        ),
    ]
    translatable_fields = [
        *ParticipationPage.translatable_fields,
        SynchronizedField("week_start"),
        SynchronizedField("week_end"),
    ]

    class Meta:
        verbose_name = _("Open Government Week agenda page")
        verbose_name_plural = _("Open Government Week agenda pages")

    @property
    def register_segment(self):
        return self.segment("register")

    def week_days(self):
        days, day = [], self.week_start
        while day <= self.week_end:
            days.append(day)
            day += datetime.timedelta(days=1)
        return days

    def clean(self):
        super().clean()
        if self.week_start and self.week_end and self.week_end < self.week_start:
            raise ValidationError(
                {"week_end": _("The week must end on or after its first day.")}
            )

    @path("")
    def agenda(self, request):
        from participation import views

        return views.agenda(self, request)

    @re_path(r"^(?:inscrire|register)/$")
    def register(self, request):
        from participation import views

        return views.event_form(self, request)

    @re_path(r"^(?P<fmt>ics|json|csv)/$")
    def export(self, request, fmt):
        from participation import views

        return views.export(self, request, fmt)

    def serve_preview(self, request, mode_name):
        return self.agenda(request)
