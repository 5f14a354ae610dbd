from django import template

from participation.summary import summary_rows as build_rows

register = template.Library()


@register.filter
def summary_rows(submission):
    return build_rows(submission)
