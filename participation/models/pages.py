"""The pages where the public takes part: the call for session proposals and
the Open Government Week agenda, each with its form under one translated URL."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import calendar
from home.locales import url_word
from home.models import PAGE_TRANSLATABLE_FIELDS
from home.tree import SharedAncestorsMixin
from site_config.languages import word_route


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
    data_notice = data_notice_field()

    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("intro"),
        SynchronizedField("data_notice"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def segment(self, name):
        """A URL word of this page's sub-pages, in the page's language."""
        return url_word(self, name)

    @property
    def thanks_segment(self):
        return self.segment("thanks")

    # The window of the form, from the summit calendar (home.calendar).
    window = ("call_opens_at", "call_closes_at")

    @property
    def opens_at(self):
        return getattr(calendar.summit_calendar(), self.window[0])

    @property
    def closes_at(self):
        return getattr(calendar.summit_calendar(), self.window[1])

    def submission_state(self, now=None):
        """ "open", "not_yet" or "closed", from the summit calendar."""
        return calendar.window_state(self.opens_at, self.closes_at, now)

    @property
    def is_open(self):
        return self.submission_state() == "open"

    def alternatives(self, request):
        """Where to go instead while the form is closed: [(label, url)]."""
        return []

    def sibling_of_type(self, app_label, model):
        return (
            Page.objects.sibling_of(self)
            .live()
            .filter(content_type__app_label=app_label, content_type__model=model)
            .first()
        )

    def localized_data_notice(self):
        notice = self.data_notice
        if notice is None:
            return None
        notice = notice.specific.localized
        return notice if notice.live else None

    @word_route(r"^{thanks}/$")
    def thanks(self, request):
        from participation import views

        return views.thanks(self, request)


class CallForProposalsPage(ParticipationPage):
    """The call for session proposals: its text, dates and the public form."""

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("data_notice")],
            _("Call for proposals"),
            help_text=_("Its dates are in Settings › Summit calendar."),
        ),
    ]

    class Meta:
        verbose_name = _("call for proposals page")
        verbose_name_plural = _("call for proposals pages")

    def alternatives(self, request):
        links = []
        programme = self.sibling_of_type("programme", "programmepage")
        if programme is not None:
            links.append((_("See the programme"), programme.get_url(request)))
        agenda = self.sibling_of_type("participation", "agendapage")
        if agenda is not None:
            links.append(
                (_("See the Open Government Week agenda"), agenda.get_url(request))
            )
        return links

    @path("")
    def form(self, request):
        from participation import views

        return views.proposal_form(self, request)

    def serve_preview(self, request, mode_name):
        return self.form(request)


class AgendaPage(ParticipationPage):
    """The Open Government Week: the agenda of accepted events and the form
    to register one."""

    window = ("week_registration_opens_at", "week_registration_closes_at")

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("data_notice")],
            _("Event registration"),
            help_text=_("Its dates are in Settings › Summit calendar."),
        ),
    ]

    @property
    def week_start(self):
        return calendar.summit_calendar().week_start

    @property
    def week_end(self):
        return calendar.summit_calendar().week_end

    class Meta:
        verbose_name = _("Open Government Week agenda page")
        verbose_name_plural = _("Open Government Week agenda pages")

    def alternatives(self, request):
        links = [(_("See the agenda of events"), self.get_url(request))]
        programme = self.sibling_of_type("programme", "programmepage")
        if programme is not None:
            links.append((_("See the programme"), programme.get_url(request)))
        return links

    @property
    def register_segment(self):
        return self.segment("register")

    def week_days(self):
        days, day = [], self.week_start
        while day <= self.week_end:
            days.append(day)
            day += datetime.timedelta(days=1)
        return days

    @path("")
    def agenda(self, request):
        from participation import views

        return views.agenda(self, request)

    @word_route(r"^{register}/$")
    def register(self, request):
        from participation import views

        return views.event_form(self, request)

    @re_path(r"^(?P<fmt>ics|json|csv)/$")
    def export(self, request, fmt):
        from participation import views

        return views.export(self, request, fmt)

    def serve_preview(self, request, mode_name):
        return self.agenda(request)
