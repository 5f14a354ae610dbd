"""The public forms. Every limit is checked on the server; messages are
translated and tied to their field."""

import datetime
import json
import zoneinfo

from django import forms
from django.core.validators import URLValidator
from django.db import models
from django.forms.boundfield import BoundField
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from home.dsfr_fields import add_dsfr_classes
from programme.models import Theme

from . import timezones
from .guards import sign_timestamp
from .models import Event, Proposal
from .models.submissions import SPOKEN_LANGUAGES
from .widgets import LongSelect

# A field no human sees (hidden by CSS and from assistive technology); robots
# that fill every input give themselves away.
HONEYPOT = "homepage"
WEB_ADDRESS = URLValidator(schemes=["http", "https"])
TIMESTAMP = "shown_at"
DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


def assume_https(model_field, **kwargs):
    """Links typed without a scheme are read as https:// (Django 6's default)."""
    if isinstance(model_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return model_field.formfield(**kwargs)


def choose(field, prompt):
    """A select's empty first option says what to do, not "---------"."""
    field.choices = [("", prompt), *[c for c in field.choices if c[0] != ""]]


TOO_LONG = _(
    "%(limit_value)d characters at most (you typed %(show_value)d): please shorten it."
)


def counts_characters(field):
    """Free text with a limit gets a counter; an email or a link does not
    (the limit is far beyond any real one), but is still checked."""
    return type(field) is forms.CharField and bool(field.max_length)


class PublicBoundField(BoundField):
    """A field drawn as a DSFR form group, whose description also names its
    character counter."""

    template_name = "participation/includes/field.html"

    @property
    def counter_id(self):
        if counts_characters(self.field) and self.auto_id:
            return f"{self.auto_id}_counter"
        return ""

    @property
    def counter_texts(self):
        """The counter's words; the script puts the number for %(count)s."""
        return {
            "limit": _("%(limit)s characters at most.")
            % {"limit": self.field.max_length},
            "left": _("Characters left: %(count)s"),
            "over": _("Characters over the limit: %(count)s"),
        }

    @property
    def aria_describedby(self):
        # Help, then the limit, then the errors: the order they are shown in.
        ids = [f"{self.auto_id}_helptext"] if self.help_text else []
        ids += [self.counter_id] if self.counter_id else []
        ids += [f"{self.auto_id}_error"] if self.errors else []
        return " ".join(ids) if self.auto_id else ""


class PublicForm(forms.ModelForm):
    """Adds the consent box and the anti-robot fields to a model form."""

    bound_field_class = PublicBoundField

    consent = forms.BooleanField(
        label=_("I agree to the processing of my personal data for this purpose."),
        error_messages={
            "required": _("Please agree to the processing of your personal data.")
        },
    )
    homepage = forms.CharField(required=False, label=_("Leave this field empty"))
    shown_at = forms.CharField(required=False, widget=forms.HiddenInput)

    # (legend, field names): how the template groups the fields.
    fieldsets = []

    def __init__(self, *args, page=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.page = page
        self.fields[TIMESTAMP].initial = sign_timestamp()
        self.fields[HONEYPOT].widget.attrs.update(tabindex="-1", autocomplete="off")
        add_dsfr_classes(self, skip=(HONEYPOT, TIMESTAMP))
        for name, field in self.fields.items():
            if getattr(field, "max_length", None):
                # maxlength would cut pasted text without a word: the
                # counter warns and the server refuses instead.
                field.widget.attrs.pop("maxlength", None)
                field.error_messages["max_length"] = TOO_LONG
            if not field.required and name not in (HONEYPOT, TIMESTAMP):
                field.label = _("%(label)s (optional)") % {"label": field.label}

    def grouped_fields(self):
        return [
            (legend, [self[name] for name in names]) for legend, names in self.fieldsets
        ]

    def fields_with_errors(self):
        """Fields in error in the order the visitor meets them."""
        order = [name for _legend, names in self.fieldsets for name in names]
        order += [name for name in self.fields if name not in order]
        return [self[name] for name in order if self[name].errors]


class ProposalForm(PublicForm):
    fieldsets = [
        (
            _("Your session"),
            [
                "title",
                "format",
                "theme",
                "languages",
                "description",
                "co_organisers",
                "speakers",
            ],
        ),
        (
            _("About you"),
            ["name", "email", "organisation", "organisation_type", "country"],
        ),
    ]
    languages = forms.MultipleChoiceField(
        label=_("Language(s) of the session"),
        choices=SPOKEN_LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one language.")},
    )

    class Meta:
        model = Proposal
        fields = [
            "name",
            "email",
            "organisation",
            "organisation_type",
            "country",
            "title",
            "description",
            "format",
            "theme",
            "languages",
            "co_organisers",
            "speakers",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "co_organisers": forms.Textarea(attrs={"rows": 3}),
            "speakers": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "description": _("What the session is about and how it will run."),
            "speakers": _("Names and roles of the people you would like to invite."),
            "co_organisers": _("Other organisations preparing the session with you."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.page.locale if self.page else None
        themes = Theme.objects.all()
        if locale is not None:
            themes = themes.filter(locale=locale)
        self.fields["theme"].queryset = themes
        self.fields["theme"].empty_label = _("No particular theme")
        choose(self.fields["format"], _("Choose a format"))
        choose(self.fields["organisation_type"], _("Choose a type"))
        choose(self.fields["country"], _("Choose a country"))
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"


class EventForm(PublicForm):
    fieldsets = [
        (_("Your event"), ["kind", "title", "description", "language", "website"]),
        (_("When"), ["start", "end", "timezone"]),
        (_("Where"), ["city", "country", "address", "online_url"]),
        (_("Organiser"), ["organiser", "organiser_type", "contact_email"]),
    ]

    class Meta:
        model = Event
        formfield_callback = assume_https
        fields = [
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
        widgets = {
            "kind": forms.RadioSelect,
            "country": LongSelect,
            "description": forms.Textarea(attrs={"rows": 6}),
            "start": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format=DATETIME_FORMAT
            ),
            "end": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format=DATETIME_FORMAT
            ),
        }
        help_texts = {
            "start": _("Local time where the event takes place."),
            "address": _("Leave empty for an online-only event."),
            "online_url": _("Link to follow or join the event online, if any."),
            "contact_email": _("Never published; we write to you about your event."),
        }

    timezone = forms.ChoiceField(
        label=_("Time zone"),
        required=False,
        widget=LongSelect,
        help_text=_(
            "The city whose time applies, if the country has several time zones."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone_field = self.fields["timezone"]
        zone_field.choices = [
            ("", _("Main time zone of the country")),
            *timezones.grouped_choices(),
        ]
        zone_field.widget.attrs["data-country-zones"] = json.dumps(
            {code: names[0] for code, names in timezones.zones_by_country().items()}
        )
        self.fields["kind"].choices = Event.KINDS
        choose(self.fields["organiser_type"], _("Choose a type"))
        choose(self.fields["country"], _("Choose a country"))
        choose(self.fields["language"], _("Choose a language"))
        for name in ("online_url", "website"):
            field = self.fields[name]
            field.validators = [
                v for v in field.validators if not isinstance(v, URLValidator)
            ] + [WEB_ADDRESS]
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"

    def clean(self):
        data = super().clean()
        if not data.get("timezone"):
            # Left to the country: its main zone (Paris until one is chosen).
            country = data.get("country")
            data["timezone"] = timezones.main_zone(country) or "Europe/Paris"
        tz_name = data.get("timezone")
        tz = zoneinfo.ZoneInfo(tz_name) if tz_name else None
        # The form read the times as Paris time: read them again as local
        # time of the event.
        for name in ("start", "end"):
            value = data.get(name)
            if value is not None and tz is not None:
                data[name] = timezone.make_naive(value).replace(tzinfo=tz)
        start, end = data.get("start"), data.get("end")
        if start and end and end <= start:
            self.add_error("end", _("The event must end after it starts."))
        elif start and end and end - start > datetime.timedelta(days=10):
            self.add_error("end", _("An event lasts ten days at most."))
        if start and data.get("kind") == Event.WEEK_EVENT and self.page:
            week_start, week_end = self.page.week_start, self.page.week_end
            if not (week_start <= start.date() <= week_end) or (
                end and not (week_start <= end.date() <= week_end)
            ):
                self.add_error(
                    "start",
                    _(
                        "Open Government Week events take place between "
                        "%(start)s and %(end)s."
                    )
                    % {
                        "start": date_format(week_start, "j F Y"),
                        "end": date_format(week_end, "j F Y"),
                    },
                )
        if start and data.get("kind") == Event.WORKSHOP and self.page:
            year = self.page.week_start.year
            if start.year != year:
                self.add_error(
                    "start",
                    _("Co-construction workshops take place in %(year)s.")
                    % {"year": year},
                )
        return data
