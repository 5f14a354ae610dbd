"""A select whose options are written in Python.

Django renders every option through a template include: the event form's
250 countries and 419 time zones cost most of its page (about 100 ms a
render, every time a visitor's submission comes back with an error). Same
markup as Django's `select.html` and `select_option.html`.
"""

from django import forms
from django.utils.html import escape
from django.utils.safestring import mark_safe


def attributes(attrs):
    """Django's `attrs.html` in Python: True as a bare name, False left out."""
    out = []
    for name, value in attrs.items():
        if value is False:
            continue
        out.append(f" {name}" if value is True else f' {name}="{escape(value)}"')
    return "".join(out)


def options_html(optgroups):
    out = []
    for group_name, options, _index in optgroups:
        if group_name:
            out.append(f'<optgroup label="{escape(group_name)}">')
        for option in options:
            out.append(
                f'<option value="{escape(option["value"])}"'
                f"{attributes(option['attrs'])}>{escape(option['label'])}</option>"
            )
        if group_name:
            out.append("</optgroup>")
    return mark_safe("".join(out))


class LongSelect(forms.Select):
    template_name = "participation/widgets/long_select.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["options_html"] = options_html(context["widget"]["optgroups"])
        return context
