"""The news feeds in every page's head; the latest articles on the home page."""

from django import template
from django.contrib.contenttypes.models import ContentType

from home.navigation import home_children, home_for

from ..models import NewsIndexPage, live_articles

register = template.Library()

LATEST = 3


def current_index(context):
    """The news index among the home page's children in the active language:
    the menu has already read them, so this costs no query."""
    request = context.get("request")
    home = home_for(request, page=context.get("page"))
    if home is None:
        return None
    content_type = ContentType.objects.get_for_model(NewsIndexPage)
    return next(
        (
            page
            for page in home_children(request, home)
            if page.content_type_id == content_type.pk
        ),
        None,
    )


@register.inclusion_tag("news/includes/feed_links.html", takes_context=True)
def news_feed_links(context):
    index = current_index(context)
    if index is None:
        return {}
    return {"index_url": index.get_url(context.get("request")), "title": index.title}


@register.inclusion_tag("news/includes/latest_news.html", takes_context=True)
def latest_news(context, count=LATEST):
    """The newest live, public articles of the active language."""
    index = current_index(context)
    if index is None:
        return {}
    return {
        "articles": list(live_articles(index)[:count]),
        "index_url": index.get_url(context.get("request")),
    }
