"""Which DSFR form component draws a Django widget: the group's class
(fr-input-group, fr-select-group, fr-checkbox-group, fr-radio-group) and the
control's own class (fr-input, fr-select). Shared by the public forms
(participation) and the listings' filters (programme, agenda)."""

from django import forms

# The first that matches: CheckboxSelectMultiple is a RadioSelect in Django.
KINDS = [
    (forms.CheckboxSelectMultiple, "checkbox"),
    (forms.RadioSelect, "radio"),
    (forms.CheckboxInput, "checkbox"),
    (forms.Select, "select"),
]
CONTROL = {"input": "fr-input", "select": "fr-select"}


def dsfr_kind(widget):
    for widget_class, kind in KINDS:
        if isinstance(widget, widget_class):
            return kind
    return "input"


def dsfr_control(widget):
    """The control's class, or None for checkboxes and radios (the DSFR
    styles them through their group)."""
    return CONTROL.get(dsfr_kind(widget))


def add_dsfr_classes(form, skip=()):
    for name, field in form.fields.items():
        control = dsfr_control(field.widget)
        if control and name not in skip and not field.widget.is_hidden:
            field.widget.attrs["class"] = control
