"""The event form's long lists (countries, time zones) are written in Python
but say exactly what Django's own select would: same options, labels, groups
and selection, same attributes on the select."""

import pytest
from bs4 import BeautifulSoup
from django import forms
from django.utils import translation

from participation.forms import EventForm
from participation.widgets import LongSelect


def described(html):
    page = BeautifulSoup(html, "html.parser")
    select = page.find("select")
    return dict(select.attrs), [
        (
            option.parent.get("label") if option.parent.name == "optgroup" else None,
            option["value"],
            option.get_text(),
            option.has_attr("selected"),
        )
        for option in select.find_all("option")
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", ["country", "timezone"])
def test_the_event_form_lists_say_what_django_would(lang, name):
    data = {"country": "MX", "timezone": "America/Mexico_City"}
    with translation.override(lang):
        bound = EventForm(data=data)[name]
        ours = str(bound)
        widget = bound.field.widget
        assert isinstance(widget, LongSelect)
        # The same bound field, rendered by Django's own select.
        bound.field.widget = forms.Select(attrs=widget.attrs, choices=widget.choices)
        theirs = str(bound)
    attrs, options = described(ours)
    assert described(theirs) == (attrs, options)
    assert len(options) > 200
    assert [o for o in options if o[3]] == [o for o in options if o[1] == data[name]]


def test_hostile_labels_and_attributes_are_escaped():
    widget = LongSelect(
        attrs={"data-x": '"><script>', "required": True, "disabled": False},
        choices=[("<v>", "<b>label</b> & co"), ("Group <g>", [("a", "A")])],
    )
    html = widget.render("n", "<v>")
    assert "<script>" not in html and "<b>" not in html and "disabled" not in html
    attrs, options = described(html)
    assert attrs["data-x"] == '"><script>' and "required" in attrs
    assert options == [
        (None, "<v>", "<b>label</b> & co", True),
        ("Group <g>", "a", "A", False),
    ]
