from django import template

from access.permissions import is_translator_only

register = template.Library()


@register.filter
def translator_only(user):
    return is_translator_only(user)


@register.simple_tag
def what_changed_url(translation):
    """The "What changed" view of a translation with segments to translate or
    review, or an empty string."""
    from django.urls import reverse

    from translations.previous import reviewed_progress

    total, done = reviewed_progress(translation)
    if done >= total:
        return ""
    return reverse(
        "translations:changes",
        args=[translation.source_id, translation.target_locale.language_code],
    )
