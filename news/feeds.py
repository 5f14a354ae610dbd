"""RSS 2.0 and Atom feeds of one language's news index (Django's syndication
framework). Links are absolute, built from the request's host."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class RssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.index

    def title(self, index):
        return f"{index.title} | {_('OGP Global Summit 2016')}"

    def link(self, index):
        return index.get_url(self.request)

    def feed_url(self, index):
        return self.request.path

    def description(self, index):
        return index.intro or index.search_description or index.title

    def items(self, index):
        return index.articles()[:FEED_LENGTH]

    def item_title(self, item):
        if item.is_demo:
            return f"[{_('Demo content')}] {item.title}"
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.get_kind_display()]


class AtomFeed(RssFeed):
    feed_type = Atom1Feed
    subtitle = RssFeed.description
