"""What the public submits: session proposals and Open Government Week events.

Submissions are not translated: each is kept in the language it was written
in, and holds personal data that never appears on public pages.
"""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from programme.models import Session

SUBMISSION_LANGUAGES = [("fr", _("French")), ("en", _("English"))]


# Languages a session or event may be held in.
class LanguagesPanel(FieldPanel):
    """Shows a list of language codes as their names, not as `['fr', 'en']`."""

    def format_value_for_display(self, value):
        names = dict(SPOKEN_LANGUAGES)
        return ", ".join(str(names.get(code, code)) for code in value or [])


SPOKEN_LANGUAGES = [
    ("fr", _("French")),
    ("en", _("English")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
    ("pt", _("Portuguese")),
    ("other", _("Other language")),
]


def event_zone(name):
    """The event's time zone; Paris if the stored name is unknown."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("Europe/Paris")


TIMEZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})


class Submission(models.Model):
    """What every public submission shares: its moderation state and consent."""

    SUBMITTED, ACCEPTED, REJECTED = "submitted", "accepted", "rejected"
    STATUSES = [
        (SUBMITTED, _("Submitted (pending)")),
        (ACCEPTED, _("Accepted")),
        (REJECTED, _("Rejected")),
    ]

    status = models.CharField(
        _("status"), max_length=20, choices=STATUSES, default=SUBMITTED, db_index=True
    )
    reply_language = models.CharField(
        _("language of the submitter"),
        max_length=5,
        choices=SUBMISSION_LANGUAGES,
        default="fr",
        help_text=_("Emails to the submitter are written in this language."),
    )
    consent = models.BooleanField(_("consent to data processing"), default=False)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    anonymised_at = models.DateTimeField(_("personal data erased at"), null=True)
    is_demo = models.BooleanField(_("demo content"), default=False)

    class Meta:
        abstract = True
        ordering = ["-submitted_at"]


class Proposal(Submission):
    """A session proposed by the public during the call for proposals."""

    CITIZEN, CIVIL_SOCIETY, COMPANY, PUBLIC_BODY, INTERNATIONAL = (
        "citizen",
        "civil_society",
        "company",
        "public_body",
        "international",
    )
    ORGANISATION_TYPES = [
        (CITIZEN, _("Citizen")),
        (CIVIL_SOCIETY, _("Civil-society organisation")),
        (COMPANY, _("Company")),
        (PUBLIC_BODY, _("Public body")),
        (INTERNATIONAL, _("International organisation")),
    ]
    FORMATS = list(Session.FORMATS)

    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation_type = models.CharField(
        _("type of organisation"), max_length=20, choices=ORGANISATION_TYPES
    )
    country = CountryField(_("country"))
    title = models.CharField(_("title of the session"), max_length=200)
    description = models.TextField(_("description"), max_length=4000)
    format = models.CharField(_("format"), max_length=20, choices=FORMATS)
    theme = models.ForeignKey(
        "programme.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    languages = models.JSONField(_("languages of the session"), default=list)
    co_organisers = models.TextField(_("co-organisers"), max_length=1000, blank=True)
    speakers = models.TextField(_("intended speakers"), max_length=1000, blank=True)
    session = models.ForeignKey(
        "programme.Session",
        verbose_name=_("programme session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The draft session created when the proposal was accepted."),
    )

    panels = [
        FieldPanel("status", read_only=True),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("format"), FieldPanel("theme")]),
        FieldPanel("description"),
        LanguagesPanel("languages", read_only=True),
        FieldPanel("co_organisers"),
        FieldPanel("speakers"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("name"), FieldPanel("email")]),
                FieldRowPanel(
                    [FieldPanel("organisation"), FieldPanel("organisation_type")]
                ),
                FieldPanel("country"),
                FieldPanel("reply_language"),
            ],
            _("Proposer (personal data, never public)"),
        ),
        FieldPanel("session", read_only=True),
    ]

    class Meta(Submission.Meta):
        verbose_name = _("session proposal")
        verbose_name_plural = _("session proposals")

    def __str__(self):
        return self.title

    def language_names(self):
        names = dict(SPOKEN_LANGUAGES)
        return [str(names.get(code, code)) for code in self.languages]


class Event(index.Indexed, Submission):
    """An event of the Open Government Week, or a co-construction workshop,
    registered by its organiser. Public once accepted."""

    WEEK_EVENT, WORKSHOP = "week", "workshop"
    KINDS = [
        (WEEK_EVENT, _("Open Government Week event")),
        (WORKSHOP, _("Co-construction workshop")),
    ]
    GOVERNMENT, LOCAL, CIVIL_SOCIETY, OTHER = (
        "government",
        "local",
        "civil_society",
        "other",
    )
    ORGANISER_TYPES = [
        (GOVERNMENT, _("Government")),
        (LOCAL, _("Local administration")),
        (CIVIL_SOCIETY, _("Civil society")),
        (OTHER, _("Other")),
    ]

    kind = models.CharField(_("kind of event"), max_length=10, choices=KINDS)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=4000)
    organiser = models.CharField(_("organiser"), max_length=200)
    organiser_type = models.CharField(
        _("type of organiser"), max_length=20, choices=ORGANISER_TYPES
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    timezone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=[(name, name) for name in TIMEZONES],
        default="Europe/Paris",
    )
    city = models.CharField(_("city"), max_length=100)
    country = CountryField(_("country"))
    address = models.CharField(_("address"), max_length=255, blank=True)
    online_url = models.URLField(_("online link"), max_length=500, blank=True)
    website = models.URLField(_("website"), max_length=500, blank=True)
    language = models.CharField(
        _("language of the event"), max_length=10, choices=SPOKEN_LANGUAGES
    )
    contact_email = models.EmailField(_("contact email"), max_length=254)
    updated_at = models.DateTimeField(auto_now=True)
    # iCalendar SEQUENCE, bumped on every save so subscribed calendars update.
    sequence = models.PositiveIntegerField(default=0, editable=False)

    panels = [
        FieldPanel("status", read_only=True),
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("organiser"), FieldPanel("organiser_type")]),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("timezone")]),
        FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
        FieldPanel("address"),
        FieldPanel("online_url"),
        FieldPanel("website"),
        FieldPanel("language"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("reply_language")],
            _("Contact (personal data, never public)"),
        ),
    ]
    # Only public fields are indexed: the index must hold no personal data.
    search_fields = [
        index.SearchField("title"),
        index.SearchField("description"),
        index.SearchField("organiser"),
        index.SearchField("city"),
        index.FilterField("status"),
    ]

    class Meta(Submission.Meta):
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["start", "title"]
        indexes = [models.Index(fields=["status", "start"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.pk:
            self.sequence += 1
        super().save(*args, **kwargs)

    @property
    def tz(self):
        return event_zone(self.timezone)

    @property
    def local_start(self):
        return self.start.astimezone(self.tz)

    @property
    def local_end(self):
        return self.end.astimezone(self.tz)

    @property
    def html_lang(self):
        """The event's language as an HTML lang value, when it is known."""
        return "" if self.language == "other" else self.language

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The event must end after it starts.")})
        if not (self.address or self.online_url):
            # About both fields: either one answers it.
            message = _("Give an address, an online link, or both.")
            raise ValidationError({"address": message, "online_url": message})
