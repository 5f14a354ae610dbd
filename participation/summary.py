"""What a submitter sent, as (label, value) rows in the active language: shown
on the confirmation page and in the acknowledgment and staff emails."""

from django.utils.formats import date_format

from .models import Proposal

PROPOSAL_FIELDS = [
    "title",
    "format",
    "theme",
    "languages",
    "description",
    "co_organisers",
    "speakers",
    "name",
    "email",
    "organisation",
    "organisation_type",
    "country",
]
EVENT_FIELDS = [
    "kind",
    "title",
    "description",
    "organiser",
    "organiser_type",
    "start",
    "end",
    "timezone",
    "city",
    "country",
    "address",
    "online_url",
    "website",
    "language",
    "contact_email",
]


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
    names = PROPOSAL_FIELDS if isinstance(submission, Proposal) else EVENT_FIELDS
    rows = []
    for name in names:
        value = display_value(submission, name)
        if value in ("", None):
            continue
        label = submission._meta.get_field(name).verbose_name
        rows.append((str(label)[:1].upper() + str(label)[1:], value))
    return rows
