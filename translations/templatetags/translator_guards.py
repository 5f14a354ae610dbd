from django import template

from home.permissions import is_translator_only

register = template.Library()


@register.filter
def translator_only(user):
    return is_translator_only(user)
