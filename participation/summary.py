"""What a submitter sent, as (label, value) rows in the active language: shown
on the confirmation page and in the acknowledgment and staff emails."""

from django.utils.formats import date_format
from django.utils.text import capfirst

from .forms import EventForm, ProposalForm
from .models import Proposal


def shown_fields(form_class):
    """The fields the visitor filled in, in the order the form showed them."""
    return [name for _legend, names in form_class.fieldsets for name in names]


def display_value(submission, name):
    if name == "languages":
        return ", ".join(submission.language_names())
    if name == "theme":
        theme = submission.theme
        return theme.localized.name if theme else ""
    if name in ("start", "end"):
        value = getattr(submission, f"local_{name}")
        return date_format(value, "DATETIME_FORMAT")
    if name == "country":
        return submission.country.name
    display = getattr(submission, f"get_{name}_display", None)
    if display is not None and submission._meta.get_field(name).choices:
        return str(display())
    return getattr(submission, name)


def summary_rows(submission):
    form_class = ProposalForm if isinstance(submission, Proposal) else EventForm
    rows = []
    for name in shown_fields(form_class):
        value = display_value(submission, name)
        if value in ("", None):
            continue
        label = submission._meta.get_field(name).verbose_name
        rows.append((capfirst(label), value))
    return rows
