"""The programme's building blocks, managed as translatable snippets."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from site_config import languages

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A thematic track of the summit; sessions belong to one."""

    COLOURS = [
        ("blue", _("Blue")),
        ("green", _("Green")),
        ("orange", _("Orange")),
        ("purple", _("Purple")),
        ("red", _("Red")),
    ]

    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("short description"), blank=True)
    colour = models.CharField(
        _("colour"), max_length=10, choices=COLOURS, default="blue"
    )

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("colour")]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("colour", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Venue(TranslatableMixin, index.Indexed, models.Model):
    """A room or place where sessions happen."""

    name = models.CharField(_("name"), max_length=160)
    address = models.TextField(_("address"), blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    accessibility = models.TextField(
        _("accessibility information"),
        blank=True,
        help_text=_("Step-free access, hearing loop, interpretation…"),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("capacity"),
        FieldPanel("accessibility"),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        SynchronizedField("capacity", overridable=False),
        TranslatableField("accessibility"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Speaker(TranslatableMixin, index.Indexed, models.Model):
    """A person who speaks at one or more sessions."""

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(
        _("slug"), max_length=80, blank=True, help_text=_("Filled from the name.")
    )
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=100, blank=True)
    bio = models.TextField(_("short biography"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("photo description"),
        max_length=250,
        blank=True,
        help_text=_(
            "Required with a photo: what it shows, for people who cannot see it."
        ),
    )
    is_demo = models.BooleanField(_("demo content"), default=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("organisation")]),
        FieldPanel("country"),
        FieldPanel("bio"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], _("Photo")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("organisation"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        SynchronizedField("name", overridable=False),
        SynchronizedField("slug", overridable=False),
        TranslatableField("role"),
        TranslatableField("organisation"),
        TranslatableField("country"),
        TranslatableField("bio"),
        SynchronizedField("photo", overridable=False),
        TranslatableField("photo_alt"),
        SynchronizedField("is_demo", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"],
                name="unique_speaker_slug",
                violation_error_message=_("Another speaker already has this slug."),
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:80] or "speaker"
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError(
                {"photo_alt": _("Describe the photo for people who cannot see it.")}
            )


class Session(TranslatableMixin, index.Indexed, ClusterableModel):
    """One session of the programme. Only scheduled and cancelled ones are public."""

    CONFERENCE, WORKSHOP, PITCH, EXTERNAL = (
        "conference",
        "workshop",
        "pitch",
        "external",
    )
    FORMATS = [
        (CONFERENCE, _("Conference")),
        (WORKSHOP, _("Workshop")),
        (PITCH, _("Pitch")),
        (EXTERNAL, _("External event")),
    ]
    GOVERNMENT, CIVIL_SOCIETY, BOTH = "government", "civil_society", "both"
    ORGANISER_TYPES = [
        (GOVERNMENT, _("Government")),
        (CIVIL_SOCIETY, _("Civil society")),
        (BOTH, _("Government and civil society")),
    ]
    DRAFT, SCHEDULED, CANCELLED = "draft", "scheduled", "cancelled"
    STATUSES = [
        (DRAFT, _("Draft (not public)")),
        (SCHEDULED, _("Scheduled")),
        (CANCELLED, _("Cancelled")),
    ]
    PUBLIC_STATUSES = (SCHEDULED, CANCELLED)
    # The languages a session is held in: code, field, display name.
    SPOKEN = (
        ("fr", "in_french", _("French")),
        ("en", "in_english", _("English")),
        ("other", "in_other_language", _("Other language")),
    )

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        blank=True,
        help_text=_("Last part of the session's address; filled from the title."),
    )
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    format = models.CharField(_("format"), max_length=20, choices=FORMATS)
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
    )
    in_french = models.BooleanField(_("in French"), default=True)
    in_english = models.BooleanField(_("in English"), default=False)
    in_other_language = models.BooleanField(_("in another language"), default=False)
    other_language = models.CharField(_("other language"), max_length=100, blank=True)
    organisers = models.CharField(_("organisers"), max_length=255, blank=True)
    organiser_type = models.CharField(
        _("organised by"), max_length=20, choices=ORGANISER_TYPES, default=BOTH
    )
    external_link = models.URLField(
        _("external link"), blank=True, help_text=_("For external events.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=STATUSES, default=DRAFT, db_index=True
    )
    is_demo = models.BooleanField(_("demo content"), default=False)
    # iCalendar SEQUENCE: bumped on every save so subscribed calendars update.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("format"), FieldPanel("theme")]),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], _("When (Paris time)")),
        FieldPanel("venue"),
        FieldPanel("description"),
        InlinePanel("session_speakers", label=_("Speakers")),
        InlinePanel(
            "session_commitments",
            label=_("Related commitments"),
            help_text=_(
                "Commitments of the national action plan this session is about."
            ),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("in_french"),
                        FieldPanel("in_english"),
                        FieldPanel("in_other_language"),
                    ]
                ),
                FieldPanel("other_language"),
            ],
            _("Languages spoken"),
        ),
        FieldRowPanel([FieldPanel("organisers"), FieldPanel("organiser_type")]),
        FieldPanel("external_link"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
        index.FilterField("status"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("description"),
        SynchronizedField("format", overridable=False),
        TranslatableField("theme"),
        SynchronizedField("start", overridable=False),
        SynchronizedField("end", overridable=False),
        TranslatableField("venue"),
        SynchronizedField("in_french", overridable=False),
        SynchronizedField("in_english", overridable=False),
        SynchronizedField("in_other_language", overridable=False),
        TranslatableField("other_language"),
        TranslatableField("organisers"),
        SynchronizedField("organiser_type", overridable=False),
        SynchronizedField("external_link", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("is_demo", overridable=False),
        TranslatableField("session_speakers"),
        TranslatableField("session_commitments"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["start", "title"]
        indexes = [models.Index(fields=["locale", "status", "start"])]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"],
                name="unique_session_slug",
                violation_error_message=_(
                    "Another session already has this slug in this language."
                ),
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:80] or "session"
        if self.pk:
            self.sequence += 1
        super().save(*args, **kwargs)

    @property
    def is_public(self):
        return self.status in self.PUBLIC_STATUSES

    @property
    def is_cancelled(self):
        return self.status == self.CANCELLED

    @property
    def local_start(self):
        return self.start.astimezone(PARIS)

    @property
    def local_end(self):
        return self.end.astimezone(PARIS)

    def spoken(self):
        """Codes of the languages spoken, in `SPOKEN` order: "fr", "en", "other"."""
        return [code for code, field, _name in self.SPOKEN if getattr(self, field)]

    @classmethod
    def spoken_flags(cls, codes):
        """The language fields for a set of codes (any code but "fr" and "en"
        counts as another language)."""
        codes = set(codes)
        known = {code for code, _field, _name in cls.SPOKEN if code != "other"}
        return {
            field: (bool(codes - known) if code == "other" else code in codes)
            for code, field, _name in cls.SPOKEN
        }

    def languages(self):
        """Display names of the languages spoken, in the visitor's language."""
        names = {code: name for code, _field, name in self.SPOKEN}
        return [
            (self.other_language or names[code]) if code == "other" else names[code]
            for code in self.spoken()
        ]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The session must end after it starts.")})
        if self.slug in languages.reserved_slugs():
            raise ValidationError(
                {"slug": _("This address is reserved: choose another slug.")}
            )
        # Checked here too (not only by the constraint) so the message sits on
        # the slug field, also in the translation editor.
        if (
            self.slug
            and Session.objects.filter(locale_id=self.locale_id, slug=self.slug)
            .exclude(pk=self.pk)
            .exists()
        ):
            raise ValidationError(
                {"slug": _("Another session already has this slug in this language.")}
            )
        if not self.spoken():
            raise ValidationError(
                {"in_french": _("Choose at least one language spoken.")}
            )


class SessionSpeaker(TranslatableMixin, Orderable):
    """A speaker of a session, in speaking order."""

    session = ParentalKey(Session, related_name="session_speakers")
    speaker = models.ForeignKey(
        Speaker,
        verbose_name=_("speaker"),
        on_delete=models.CASCADE,
        related_name="session_links",
    )

    panels = [FieldPanel("speaker")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("session speaker")
        verbose_name_plural = _("session speakers")


class SessionCommitment(TranslatableMixin, Orderable):
    """A commitment of the national action plan a session relates to."""

    session = ParentalKey(Session, related_name="session_commitments")
    commitment = models.ForeignKey(
        "presentation.Commitment",
        verbose_name=_("commitment"),
        on_delete=models.CASCADE,
        related_name="session_links",
    )

    panels = [FieldPanel("commitment")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("related commitment")
        verbose_name_plural = _("related commitments")

    def clean(self):
        super().clean()
        # The chooser lists both languages; a French session links to French
        # commitments (their translations follow through translations.facts).
        session = getattr(self, "session", None)  # unset: AttributeError
        if (
            session is not None
            and session.locale_id
            and self.commitment_id
            and self.commitment.locale_id != session.locale_id
        ):
            raise ValidationError(
                {"commitment": _("Choose the commitment in the session's language.")}
            )
