"""The news feeds in every page's head; the latest articles on the home page."""

from django import template
from django.utils import translation

from home.request_memo import remember

from ..models import news_index

register = template.Library()

LATEST = 3


def current_index(request):
    """The news index of the active language, once per request."""
    code = translation.get_language()

    return remember(f"news_index:{code}", lambda: news_index(code))


@register.inclusion_tag("news/includes/feed_links.html", takes_context=True)
def news_feed_links(context):
    request = context.get("request")
    index = current_index(request)
    if index is None:
        return {}
    return {"index_url": index.get_url(request), "title": index.title}


@register.inclusion_tag("news/includes/latest_news.html", takes_context=True)
def latest_news(context, count=LATEST):
    """The newest live, public articles of the active language."""
    request = context.get("request")
    index = current_index(request)
    if index is None:
        return {}
    return {
        "articles": list(index.articles()[:count]),
        "index_url": index.get_url(request),
    }
