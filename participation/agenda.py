"""The public agenda of accepted events: filters as GET parameters (invalid
values are ignored), and events grouped by country."""

from itertools import groupby

from django import forms
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from home.dsfr_fields import add_dsfr_classes

from .models import Event
from .models.submissions import event_zone

WORKSHOPS = "workshops"
MODES = [("in_person", _("In person")), ("online", _("Online"))]


def public_events():
    """Only accepted events are ever public."""
    return Event.objects.filter(status=Event.ACCEPTED)


class AgendaFilterForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False)
    day = forms.ChoiceField(label=_("Date"), required=False)
    organiser_type = forms.ChoiceField(
        label=_("Organiser"),
        required=False,
        choices=[("", _("All organisers")), *Event.ORGANISER_TYPES],
    )
    mode = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[("", _("In person and online")), *MODES],
    )

    def __init__(self, data, *, page):
        super().__init__(data)
        codes = set(public_events().values_list("country", flat=True))
        self.fields["country"].choices = [("", _("All countries"))] + [
            (code, name) for code, name in countries if code in codes
        ]
        self.fields["day"].choices = [
            ("", _("All dates")),
            *[(day.isoformat(), date_format(day, "l j F")) for day in page.week_days()],
            (WORKSHOPS, _("Co-construction workshops")),
        ]
        add_dsfr_classes(self)


class AgendaFilters:
    def __init__(self, data, *, page):
        self.page = page
        self.form = AgendaFilterForm(data, page=page)
        self.form.is_valid()
        # Keep what is valid; an invalid value is ignored, not an error.
        self.values = {
            name: self.form.cleaned_data.get(name)
            for name in self.form.fields
            if name not in self.form.errors and self.form.cleaned_data.get(name)
        }

    @property
    def active(self):
        return bool(self.values)

    def _matching(self):
        events = public_events()
        if country := self.values.get("country"):
            events = events.filter(country=country)
        if organiser_type := self.values.get("organiser_type"):
            events = events.filter(organiser_type=organiser_type)
        mode = self.values.get("mode")
        if mode == "online":
            events = events.exclude(online_url="")
        elif mode == "in_person":
            events = events.exclude(address="")
        return events.order_by("start", "title")

    def rows(self):
        """(id, country code, start) of the matching events by start: plain
        tuples, so that thousands of events cost little before paginating."""
        events = self._matching()
        day = self.values.get("day")
        if day == WORKSHOPS:
            events = events.filter(kind=Event.WORKSHOP)
        elif day:
            # The local date where the event happens: its own time zone.
            rows = events.filter(kind=Event.WEEK_EVENT).values_list(
                "pk", "country", "start", "end", "timezone"
            )
            return [row[:3] for row in rows if on_day(row, day)]
        return list(events.values_list("pk", "country", "start"))

    def events(self):
        return load(self.rows())

    def query_string(self):
        return urlencode(self.values)


PER_PAGE = 50


def on_day(row, day):
    """Whether an event row covers the ISO date `day` where it happens."""
    _pk, _country, start, end, zone_name = row
    zone = event_zone(zone_name)
    local_start = start.astimezone(zone).date().isoformat()
    return local_start <= day <= end.astimezone(zone).date().isoformat()


def load(rows):
    """The events of `rows`, in the same order."""
    found = public_events().in_bulk([row[0] for row in rows])
    return [found[row[0]] for row in rows if row[0] in found]


def in_country_order(rows):
    """Rows by country, in the alphabetical order of the visitor's language
    (django-countries lists countries in that order), then by start."""
    position = {code: index for index, code in enumerate(dict(countries))}
    return sorted(rows, key=lambda row: (position.get(row[1], 0), row[2]))


def by_country(events, totals):
    """[(country name, code, count in the whole list, [events])]."""
    names = dict(countries)
    return [
        (names.get(code, code), code, totals[code], list(group))
        for code, group in groupby(events, key=lambda e: e.country.code)
    ]
