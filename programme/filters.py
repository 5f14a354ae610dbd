"""Programme filters: plain GET parameters, so every view is a shareable URL."""

import datetime
import uuid

from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from home.dsfr_fields import add_dsfr_classes

from .models import PARIS, Session, SessionSpeaker, Theme

LANGUAGES = [(code, name) for code, _field, name in Session.SPOKEN]
LANGUAGE_FIELDS = {code: field for code, field, _name in Session.SPOKEN}
# The whole programme on one page (to print it); without `day` the programme
# shows one day.
ALL_DAYS = "all"


class ProgrammeFilterForm(forms.Form):
    day = forms.CharField(label=_("Day"), required=False, widget=forms.Select)
    format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[("", _("All formats")), *Session.FORMATS],
    )
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        required=False,
        queryset=Theme.objects.none(),
        empty_label=_("All themes"),
    )
    language = forms.ChoiceField(
        label=_("Language spoken"),
        required=False,
        choices=[("", _("All languages")), *LANGUAGES],
    )
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    ids = forms.CharField(required=False, widget=forms.HiddenInput, max_length=4000)

    def __init__(self, data, *, locale, days):
        super().__init__(data)
        self.fields["theme"].queryset = Theme.objects.filter(locale=locale)
        self.fields["day"].widget.choices = [
            (day.isoformat(), date_format(day, "l j F")) for day in days
        ] + [(ALL_DAYS, _("All days"))]
        self.days = days
        add_dsfr_classes(self)

    def clean_day(self):
        """A summit day, ALL_DAYS, or nothing (the programme picks the day)."""
        value = self.cleaned_data["day"]
        if value in ("", ALL_DAYS):
            return value
        try:
            day = datetime.date.fromisoformat(value)
        except ValueError:
            raise forms.ValidationError("not a date") from None
        if day not in self.days:
            raise forms.ValidationError("unknown day")
        return day

    def clean_ids(self):
        keys = []
        for value in self.cleaned_data["ids"].split(","):
            try:
                keys.append(uuid.UUID(value.strip()))
            except ValueError:
                continue
        return keys

    def active(self):
        """The valid filters; invalid values are ignored rather than reported."""
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "", [])}


def apply_filters(sessions, filters):
    if (day := filters.get("day")) and day != ALL_DAYS:
        start = datetime.datetime.combine(day, datetime.time(), tzinfo=PARIS)
        sessions = sessions.filter(
            start__gte=start, start__lt=start + datetime.timedelta(days=1)
        )
    if fmt := filters.get("format"):
        sessions = sessions.filter(format=fmt)
    if theme := filters.get("theme"):
        sessions = sessions.filter(theme__translation_key=theme.translation_key)
    if language := filters.get("language"):
        sessions = sessions.filter(**{LANGUAGE_FIELDS[language]: True})
    if q := filters.get("q"):
        speaker_match = SessionSpeaker.objects.filter(
            session=OuterRef("pk"), speaker__name__icontains=q
        )
        sessions = sessions.filter(
            Q(title__icontains=q)
            | Q(description__icontains=q)
            | Q(organisers__icontains=q)
            | Exists(speaker_match)
        )
    if keys := filters.get("ids"):
        sessions = sessions.filter(translation_key__in=keys)
    return sessions
