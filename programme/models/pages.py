"""The programme page: the filterable programme, session and speaker pages,
calendars and open-data exports, all under one translated URL."""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import TranslatableField

from access.permissions import GuardedPageMixin
from home.locales import url_word
from home.models import PAGE_TRANSLATABLE_FIELDS
from home.tree import SharedAncestorsMixin
from site_config.languages import word_route


class ProgrammePage(GuardedPageMixin, SharedAncestorsMixin, RoutablePageMixin, Page):
    """The summit programme. Sessions, speakers, themes and rooms are snippets."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme page")
        verbose_name_plural = _("programme pages")

    def segment(self, name):
        """A URL word of this page's sub-pages, in the page's language."""
        return url_word(self, name)

    @property
    def speakers_segment(self):
        return self.segment("speakers")

    @property
    def open_data_segment(self):
        return self.segment("open_data")

    def sessions_now_and_next(self, request, at, count):
        """Public sessions on at `at`, and the next `count` within a day, in
        this page's language, each with its `public_url` (the home page's
        panel asks the page, so home imports nothing from the programme)."""
        from ..queries import localized_public_sessions

        sessions = localized_public_sessions(self.locale).defer("description")
        on_now = list(
            sessions.filter(start__lte=at, end__gt=at).order_by("start", "pk")
        )
        upcoming = list(
            sessions.filter(
                start__gt=at, start__lt=at + datetime.timedelta(days=1)
            ).order_by("start", "pk")[:count]
        )
        base = self.get_url(request)
        for session in on_now + upcoming:
            session.public_url = f"{base}{session.slug}/"
        return on_now, upcoming

    @path("")
    def programme(self, request):
        from programme import views

        return views.programme(self, request)

    @re_path(r"^(?P<fmt>ics|json|csv)/$")
    def export(self, request, fmt):
        from programme import views

        return views.export(self, request, fmt)

    @word_route(r"^{speakers}/$")
    def speakers(self, request):
        from programme import views

        return views.speakers(self, request)

    @word_route(r"^{speakers}/(?P<slug>[-\w]+)/$")
    def speaker(self, request, slug):
        from programme import views

        return views.speaker(self, request, slug)

    @word_route(r"^{open_data}/$")
    def open_data(self, request):
        from programme import views

        return views.open_data(self, request)

    @re_path(r"^(?P<slug>[-\w]+)/ics/$")
    def session_calendar(self, request, slug):
        from programme import views

        return views.session_calendar(self, request, slug)

    @re_path(r"^(?P<slug>[-\w]+)/$")
    def session(self, request, slug):
        from programme import views

        return views.session(self, request, slug)

    def serve_preview(self, request, mode_name):
        return self.programme(request)
