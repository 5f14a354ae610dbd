"""News for communication staff: an index per language and its articles
(announcements, press releases, session summaries), with RSS and Atom feeds."""

import datetime

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from access.permissions import GuardedPageMixin
from home import calendar
from home.blocks import ContentStreamBlock
from home.models import PAGE_TRANSLATABLE_FIELDS
from home.tree import SharedAncestorsMixin
from home.visibility import public

ARTICLES_PER_PAGE = 10


class NewsIndexPage(RoutablePageMixin, GuardedPageMixin, SharedAncestorsMixin, Page):
    """The news of one language, newest first, with its RSS and Atom feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = [*PAGE_TRANSLATABLE_FIELDS, TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def articles(self):
        return live_articles(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles()
        kinds = dict(NewsPage.KINDS)
        kind = request.GET.get("kind", "")
        if kind in kinds:
            articles = articles.filter(kind=kind)
        else:
            kind = ""
        context["articles"] = Paginator(articles, ARTICLES_PER_PAGE).get_page(
            request.GET.get("page")
        )
        context["kinds"] = NewsPage.KINDS
        context["kind"] = kind
        context["kind_label"] = kinds.get(kind, "")
        return context

    @path("")
    def index_view(self, request):
        return self.render(request)

    @path("rss/", name="rss")
    def rss(self, request):
        from .feeds import RssFeed

        return RssFeed(self)(request)

    @path("atom/", name="atom")
    def atom(self, request):
        from .feeds import AtomFeed

        return AtomFeed(self)(request)


class NewsPage(GuardedPageMixin, SharedAncestorsMixin, Page):
    """One article: an announcement, a press release or a session summary."""

    ANNOUNCEMENT = "announcement"
    PRESS_RELEASE = "press_release"
    SESSION_SUMMARY = "session_summary"
    KINDS = [
        (ANNOUNCEMENT, _("Announcement")),
        (PRESS_RELEASE, _("Press release")),
        (SESSION_SUMMARY, _("Session summary")),
    ]

    date = models.DateField(_("date"), default=datetime.date.today)
    kind = models.CharField(
        _("kind"), max_length=20, choices=KINDS, default=ANNOUNCEMENT
    )
    intro = models.TextField(
        _("introduction"),
        help_text=_("Lead paragraph, shown in the news list, the feeds and on shares."),
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))
    is_demo = models.BooleanField(
        _("demo content"),
        default=False,
        help_text=_("Ticked for demonstration articles: visitors see it said."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("is_demo"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("kind"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("date", overridable=False),
        SynchronizedField("kind", overridable=False),
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("is_demo", overridable=False),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    @property
    def published_at(self):
        """The article's date as an aware datetime (feeds, Open Graph)."""
        return timezone.make_aware(
            datetime.datetime.combine(self.date, datetime.time(9, 0))
        )


def live_articles(index):
    """Live, public articles of a news index (any Page instance), newest first.

    In an editor's "as of" preview, articles dated after the preview date are
    left out: they had not been written yet. Visitors see every live article
    (staff schedule articles with Wagtail's go-live date, not with this date).
    """
    articles = NewsPage.objects.child_of(index).live()
    preview_at = calendar.as_of()
    if preview_at is not None:
        articles = articles.filter(date__lte=timezone.localtime(preview_at).date())
    return public(articles.order_by("-date", "-pk"))
