"""The search page's address for the site header."""

from django import template

from search.addresses import search_url as _search_url

register = template.Library()


@register.simple_tag
def search_url():
    return _search_url()


@register.filter
def highlight(text, words):
    """The result's text, escaped, with the searched words marked."""
    from search.highlight import highlight as mark

    return mark(text, words or ())
