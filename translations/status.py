"""How far the translation of every page and snippet is, per target locale.

wagtail-localize keeps no "out of date" flag (see docs/decisions.md), so the
state is derived:

- a page is out of date when the source was published after its
  ``TranslationSource`` was last synced;
- a snippet has no revisions: it is out of date when its translated or
  synchronised fields differ from those stored in its ``TranslationSource``,
  both serialised the way Localize serialises them (nothing is written);
- either is out of date when a segment is untranslated or only has the
  previous translation as a suggestion to review (translations.previous);
  the source is refreshed on every French publish or save
  (translations.facts), so new segments show at once;
- a page is also out of date when strings were translated after its English
  version was last published, or when that version is a draft while the
  French page is live.

An object translated outside Localize (no ``TranslationSource``) has nothing to
compare against: it counts as up to date and 100 % translated.

``translation_status()`` computes every row at once with a fixed number of
queries, whatever the number of pages and sessions.
"""

import json
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from django.apps import apps
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Case, Count, Exists, Max, OuterRef, Sum, Value, When
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.models import (
    ClusterableModel,
    get_all_child_relations,
    get_serializable_data_for_fields,
)
from wagtail.models import Locale, ModelLogEntry, Page
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from site_config import public_models

from .glossary_check import attach_glossary_misses
from .previous import reviewed

UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"
NOT_TRANSLATED = "not_translated"

# Most urgent first: the report lists rows in this order.
STATE_LABELS = {
    OUT_OF_DATE: _("Out of date"),
    NOT_TRANSLATED: _("Not translated"),
    UP_TO_DATE: _("Translated"),
}
STATES = list(STATE_LABELS)

PAGES = "pages"


def snippet_labels():
    """The translatable snippets the report follows, as apps declare them
    (site_config.public_models)."""
    return public_models.translation_report_labels()


# Log actions that change a snippet saved in the admin (dates for snippets
# without a modification timestamp of their own).
CHANGE_ACTIONS = ("wagtail.edit", "wagtail.publish", "wagtail.revert")


@dataclass(frozen=True)
class TranslationState:
    state: str
    since: datetime | None = None  # when the source changed, for OUT_OF_DATE


@dataclass
class StatusRow:
    """One object in one target locale."""

    kind: str  # PAGES or a snippet model's label_lower ("programme.session")
    kind_label: str  # page type or snippet model, for people
    object: Any  # the source page (not specific) or snippet
    locale: Locale
    state: str
    since: datetime | None = None
    percent: int = 0  # segments translated, 0 when not translated
    target_pk: Any = None
    source_pk: int | None = None  # the TranslationSource, when Localize has one
    # [(French term, expected English term)] the translation leaves out.
    glossary_misses: list = dataclass_field(default_factory=list)

    @property
    def glossary_display(self):
        return "; ".join(
            f"{source} → {target}" for source, target in self.glossary_misses
        )

    @property
    def is_page(self):
        return self.kind == PAGES

    @property
    def title(self):
        if self.is_page:
            return self.object.get_admin_display_title()
        return str(self.object)

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    @property
    def locale_label(self):
        return self.locale.get_display_name()

    @property
    def percent_display(self):
        return _("%(percent)d%%") % {"percent": self.percent}

    def _edit_url(self, pk):
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[pk])
        viewset = type(self.object).snippet_viewset
        return reverse(viewset.get_url_name("edit"), args=[quote(pk)])

    @property
    def source_edit_url(self):
        return self._edit_url(self.object.pk)

    @property
    def target_edit_url(self):
        """The translation editor (Localize takes over the edit view)."""
        if self.target_pk is None:
            return None
        return self._edit_url(self.target_pk)

    @property
    def translate_url(self):
        """Localize's "Translate" form for the source, this locale preselected."""
        if self.is_page:
            url = reverse(
                "wagtail_localize:submit_page_translation", args=[self.object.pk]
            )
        else:
            meta = self.object._meta
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, quote(self.object.pk)],
            )
        return f"{url}?{urlencode({'select_locale': self.locale.language_code})}"

    @property
    def changes_url(self):
        """Old French, new French and English side by side (views.py)."""
        if self.source_pk is None or self.target_pk is None:
            return None
        return reverse(
            "translations:changes", args=[self.source_pk, self.locale.language_code]
        )


# Kinds --------------------------------------------------------------------


def snippet_models():
    return [apps.get_model(name) for name in snippet_labels()]


def snippet_kind(model):
    return model._meta.label_lower


def kind_choices():
    """[(kind, label)]: pages, then each translatable snippet model."""
    return [(PAGES, _("Pages"))] + [
        (snippet_kind(model), capfirst(model._meta.verbose_name_plural))
        for model in snippet_models()
    ]


def target_locales():
    """Every locale but the source one, which is the default (French)."""
    return list(
        Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code")
    )


# Public API ---------------------------------------------------------------


def translation_status(kinds=None, locales=None):
    """A StatusRow for each source object of `kinds` (default: all) and each
    of `locales` (default: every locale but the default one), in kind order,
    then tree or model order, then locale order."""
    source_locale = Locale.get_default()
    if locales is None:
        locales = target_locales()
    locales = [locale for locale in locales if locale.pk != source_locale.pk]
    if kinds is None:
        kinds = [kind for kind, _label in kind_choices()]
    if not locales:
        return []
    rows = []
    if PAGES in kinds:
        pages = Page.objects.filter(locale=source_locale, depth__gt=1).order_by("path")
        rows += _page_rows(pages, source_locale, locales)
    for model in snippet_models():
        if snippet_kind(model) in kinds:
            objects = model._default_manager.filter(locale=source_locale)
            rows += _snippet_rows(model, objects, source_locale, locales)
    return attach_glossary_misses(rows, source_locale, locales)


def translation_state(obj, locale):
    """The TranslationState of one page or snippet (its own locale as source)."""
    source_locale = obj.locale
    if isinstance(obj, Page):
        rows = _page_rows(Page.objects.filter(pk=obj.pk), source_locale, [locale])
    else:
        model = type(obj)
        objects = model._default_manager.filter(pk=obj.pk)
        rows = _snippet_rows(model, objects, source_locale, [locale])
    return TranslationState(rows[0].state, rows[0].since)


def page_translation_state(source_page, locale):
    return translation_state(source_page, locale)


def count_by_state(rows):
    counts = dict.fromkeys(STATES, 0)
    for row in rows:
        counts[row.state] += 1
    return counts


# Computation --------------------------------------------------------------


def _decide(*, translated, source, changed, changed_at, progress):
    """(state, since, percent). `progress` is (total, done) for the target
    locale, or None when Localize has no segments for it."""
    if not translated:
        return NOT_TRANSLATED, None, 0
    if source is None:
        # Translated by hand, outside Localize: nothing to compare against.
        return UP_TO_DATE, None, 100
    total, done = progress or (0, 0)
    percent = done * 100 // total if total else 100
    if changed:
        return OUT_OF_DATE, changed_at, percent
    if done < total:
        # A sync brought strings nobody has translated yet.
        return OUT_OF_DATE, source.last_updated_at, percent
    return UP_TO_DATE, None, percent


def _sources(content_type, source_locale, with_content):
    """{translation key: TranslationSource} for one translatable model."""
    sources = TranslationSource.objects.filter(
        object__content_type=content_type, locale=source_locale
    )
    if not with_content:
        sources = sources.defer("content_json")
    return {source.object_id: source for source in sources}


def _targets(model, locales):
    """{(translation key, locale id): pk} of the existing translations."""
    objects = model._default_manager.filter(locale__in=locales)
    if issubclass(model, Page):
        # An alias shows the source's content: not a translation.
        objects = objects.filter(alias_of__isnull=True)
    return {
        (key, locale_id): pk
        for key, locale_id, pk in objects.order_by().values_list(
            "translation_key", "locale_id", "pk"
        )
    }


def _progress(content_type, source_locale, locales):
    """{locale id: {source id: (total, done)}}: Translation.get_progress() for
    every source of one model, one query per locale."""
    progress = {}
    for locale in locales:
        translated = Exists(
            StringTranslation.objects.filter(
                reviewed(),
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=locale.pk,
                has_error=False,
            )
        )
        counts = (
            StringSegment.objects.filter(
                source__object__content_type=content_type,
                source__locale=source_locale,
                source__translations__target_locale=locale,
            )
            .order_by()
            .values("source_id")
            .annotate(
                total=Count("pk"),
                done=Sum(Case(When(translated, then=Value(1)), default=Value(0))),
            )
        )
        progress[locale.pk] = {
            row["source_id"]: (row["total"], row["done"]) for row in counts
        }
    return progress


def _rows_for(
    obj, kind, kind_label, source, changed, changed_at, targets, progress, locales
):
    """One row per target locale for a source object."""
    rows = []
    for locale in locales:
        target_pk = targets.get((obj.translation_key, locale.pk))
        state, since, percent = _decide(
            translated=target_pk is not None,
            source=source,
            changed=changed,
            changed_at=changed_at,
            progress=source and progress[locale.pk].get(source.pk),
        )
        rows.append(
            StatusRow(
                kind=kind,
                kind_label=kind_label,
                object=obj,
                locale=locale,
                state=state,
                since=since,
                percent=percent,
                target_pk=target_pk,
                source_pk=source.pk if source else None,
            )
        )
    return rows


def _unpublished_strings(content_type, locales):
    """{(translation key, locale id): time of the last string a person
    translated}, to tell translations saved but not yet published."""
    latest = (
        StringTranslation.objects.filter(
            reviewed(),
            locale__in=locales,
            context__object__content_type=content_type,
        )
        .order_by()
        .values("context__object_id", "locale_id")
        .annotate(last=Max("updated_at"))
    )
    return {
        (row["context__object_id"], row["locale_id"]): row["last"] for row in latest
    }


def _published(locales):
    """{(translation key, locale id): (live, last published)} of translations."""
    return {
        (key, locale_id): (live, published)
        for key, locale_id, live, published in Page.objects.filter(locale__in=locales)
        .order_by()
        .values_list("translation_key", "locale_id", "live", "last_published_at")
    }


def _page_rows(pages, source_locale, locales):
    content_type = ContentType.objects.get_for_model(Page)
    sources = _sources(content_type, source_locale, with_content=False)
    targets = _targets(Page, locales)
    progress = _progress(content_type, source_locale, locales)
    translated_at = _unpublished_strings(content_type, locales)
    published = _published(locales)
    rows = []
    for page in pages:
        source = sources.get(page.translation_key)
        changed_at = page.last_published_at
        changed = bool(source and changed_at and changed_at > source.last_updated_at)
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        kind_label = capfirst((model or Page)._meta.verbose_name)
        page_rows = _rows_for(
            page,
            PAGES,
            kind_label,
            source,
            changed,
            changed_at,
            targets,
            progress,
            locales,
        )
        for row in page_rows:
            if row.state != UP_TO_DATE:
                continue
            key = (page.translation_key, row.locale.pk)
            live, published_at = published.get(key, (True, None))
            last = translated_at.get(key)
            if page.live and not live:
                # A draft translation: visitors read the French fallback.
                row.state, row.since = OUT_OF_DATE, last
            elif last and published_at and last > published_at:
                # Strings translated since the English was last published:
                # visitors do not read them yet.
                row.state, row.since = OUT_OF_DATE, last
        rows += page_rows
    return rows


def serialise(instance):
    """The content Localize stores for `instance` in TranslationSource.content_json
    (see TranslationSource.update_or_create_from_instance), as loaded JSON."""
    if isinstance(instance, ClusterableModel):
        data = instance.serializable_data()
    else:
        data = get_serializable_data_for_fields(instance)
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


def compared_fields(model):
    """The fields a translation depends on: translated and synchronised ones.
    Others (Session.sequence, updated_at...) change on every save and never
    reach the translation."""
    return [field.field_name for field in get_translatable_fields(model)]


def differs(instance, source, fields):
    """Whether `instance` no longer matches the content stored in `source`."""
    stored = json.loads(source.content_json)
    fresh = serialise(instance)
    return any(stored.get(name) != fresh.get(name) for name in fields)


def _modified_field(model):
    """A DateTimeField(auto_now=True), if the model keeps its modification time."""
    for field in model._meta.concrete_fields:
        if isinstance(field, models.DateTimeField) and field.auto_now:
            return field.attname
    return None


def _last_logged_changes(model, since):
    """{str(pk): time of the last admin change after `since`}, one query."""
    entries = (
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            action__in=CHANGE_ACTIONS,
            timestamp__gt=since,
        )
        .order_by()
        .values("object_id")
        .annotate(last=Max("timestamp"))
    )
    return {entry["object_id"]: entry["last"] for entry in entries}


def _snippet_rows(model, objects, source_locale, locales):
    content_type = ContentType.objects.get_for_model(model)
    sources = _sources(content_type, source_locale, with_content=True)
    targets = _targets(model, locales)
    progress = _progress(content_type, source_locale, locales)
    fields = compared_fields(model)
    modified_field = _modified_field(model)
    if issubclass(model, ClusterableModel):
        objects = objects.prefetch_related(
            *[rel.get_accessor_name() for rel in get_all_child_relations(model)]
        )
    kind, kind_label = snippet_kind(model), capfirst(model._meta.verbose_name)

    changes = []  # (instance, source, changed, changed_at)
    for instance in objects:
        source = sources.get(instance.translation_key)
        # Read before serialising: serialising runs pre_save, which sets
        # auto_now fields to the current time on the instance.
        changed_at = getattr(instance, modified_field) if modified_field else None
        changed = bool(source and differs(instance, source, fields))
        changes.append((instance, source, changed, changed_at))

    # Snippets without a timestamp of their own: the last change logged by
    # the admin after the source was synced, if any.
    undated = [
        (instance, source)
        for instance, source, changed, changed_at in changes
        if changed and changed_at is None
    ]
    logged = {}
    if undated:
        earliest = min(source.last_updated_at for _instance, source in undated)
        logged = _last_logged_changes(model, earliest)

    rows = []
    for instance, source, changed, changed_at in changes:
        if changed and changed_at is None:
            last = logged.get(str(instance.pk))
            if last and last > source.last_updated_at:
                changed_at = last
        rows += _rows_for(
            instance,
            kind,
            kind_label,
            source,
            changed,
            changed_at,
            targets,
            progress,
            locales,
        )
    return rows
