"""Facts follow the French source at once; text waits for translators.

Localize copies synchronised fields only when someone presses "Sync" (and
leaves them on a draft unless "Publish immediately" is ticked). Here, when a
French page is published or a French snippet saved, every synchronised field
(those the model declares ``SynchronizedField``), every link to another
translatable object (pointing to its English version) and every child
relation made only of such links (a session's speakers and their order) is
copied onto each existing translation, live, in the same request. Translated
text is never touched: English keeps its English until a translator changes
it.

Visibility follows too: a French page unpublished or made private makes its
translations so, and a French session's status is a synchronised field.

The Localize source (``TranslationSource``) is refreshed at the same time, so
the translator's editor shows the changed segments and its "Publish" copies
the same facts, without anyone pressing "Sync".
"""

import logging

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from . import previous

logger = logging.getLogger(__name__)

# Fields of a child row that are bookkeeping, not facts.
CHILD_BOOKKEEPING = {"id", "locale", "translation_key"}


def synchronised_fields(model):
    """Concrete fields copied as they are: the model's SynchronizedFields."""
    names = []
    for translatable in get_translatable_fields(model):
        if translatable.is_translated(None):
            continue
        field = translatable.get_field(model)
        if field.concrete:
            names.append(field.attname)
    return names


def related_fields(model):
    """Foreign keys to translatable objects (a session's theme, venue)."""
    fields = []
    for translatable in get_translatable_fields(model):
        field = translatable.get_field(model)
        if (
            translatable.is_translated(None)
            and isinstance(field, models.ForeignKey)
            and issubclass(field.related_model, TranslatableMixin)
        ):
            fields.append(field)
    return fields


def link_relations(model):
    """Child relations whose rows hold only links to translatable objects and
    an order (a session's speakers): their content is a fact."""
    relations = []
    for translatable in get_translatable_fields(model):
        field = translatable.get_field(model)
        if not (
            isinstance(field, models.ManyToOneRel)
            and isinstance(field.remote_field, ParentalKey)
        ):
            continue
        child = field.related_model
        links, only_links = [], True
        for child_field in child._meta.concrete_fields:
            if (
                child_field.name in CHILD_BOOKKEEPING
                or child_field == field.remote_field
            ):
                continue
            if child_field.name == "sort_order":
                continue
            if isinstance(child_field, models.ForeignKey) and issubclass(
                child_field.related_model, TranslatableMixin
            ):
                links.append(child_field)
            else:
                only_links = False
        if only_links and links:
            relations.append((field, links))
    return relations


def translation_in(obj, locale, user=None):
    """`obj`'s translation in `locale`, created through Localize if missing
    (its text then waits for a translator, like any new object)."""
    if obj is None:
        return None
    translated = obj.get_translation_or_none(locale)
    if translated is None:
        TranslationCreator(user, [locale]).create_translations(
            obj, include_related_objects=False
        )
        translated = obj.get_translation_or_none(locale)
    return translated


def translations_of(source):
    model = type(source)
    objects = model._default_manager.filter(
        translation_key=source.translation_key
    ).exclude(locale_id=source.locale_id)
    if isinstance(source, Page):
        # An alias shows its source's content already.
        objects = objects.filter(alias_of__isnull=True).specific()
    return list(objects.select_related("locale"))


def refresh_source(source):
    """Let the translator's editor show what changed: update the Localize
    source of `source` when one exists. New segments appear, the previous
    translation of a changed one is offered as a suggestion to review
    (translations.previous), and a translation left complete (an image or
    link changed in a body, a paragraph removed or moved, a text changed
    back) is applied at once: it is all English."""
    stored = TranslationSource.objects.filter(
        object_id=source.translation_key, locale_id=source.locale_id
    ).first()
    if stored is None:
        return
    before = previous.segments_by_context(stored)
    content_before = stored.content_json
    stored, _created = TranslationSource.update_or_create_from_instance(source)
    if isinstance(source, Page) and source.last_published_at:
        # The source as of this publication (the report compares the two).
        stored.last_updated_at = source.last_published_at
        TranslationSource.objects.filter(pk=stored.pk).update(
            last_updated_at=stored.last_updated_at
        )
    previous.suggest_previous(stored, before)
    if stored.content_json != content_before:
        # Images, documents and links inside a body, blocks moved or removed:
        # a complete translation takes them at once, in English.
        apply_complete_translations(stored)


def apply_complete_translations(stored):
    """Write the translations whose every segment is translated by a person."""
    for translation in Translation.objects.filter(source=stored, enabled=True):
        total, done = previous.reviewed_progress(translation)
        if done < total:
            continue
        try:
            target = translation.get_target_instance()
        except models.ObjectDoesNotExist:
            continue
        if getattr(target, "has_unpublished_changes", False):
            continue  # a draft in progress: the translator publishes it
        live = getattr(target, "live", True)
        try:
            translation.save_target(publish=live)
        except ValidationError as error:
            logger.warning("Translation %s not applied: %s", translation.pk, error)


def apply_facts(source, target, user=None):
    """Copy the facts of `source` onto `target` (in memory); True if any differ.
    Child link rows are compared here and rewritten by `save_links`."""
    changed = False
    model = type(source)
    for name in synchronised_fields(model):
        value = getattr(source, name)
        if getattr(target, name) != value:
            setattr(target, name, value)
            changed = True
    for field in related_fields(model):
        related = getattr(source, field.name)
        translated = translation_in(related, target.locale, user)
        if getattr(target, field.attname) != (translated and translated.pk):
            setattr(target, field.name, translated)
            changed = True
    return changed


def wanted_links(source, target, relation, links, user):
    """[(translation key, sort order, {field: translated pk})] for `target`."""
    rows = []
    for row in getattr(source, relation.get_accessor_name()).all():
        values = {}
        for field in links:
            translated = translation_in(getattr(row, field.name), target.locale, user)
            values[field.attname] = translated and translated.pk
        rows.append((row.translation_key, getattr(row, "sort_order", None), values))
    return rows


def sync_links(source, target, user=None):
    """Make `target`'s link rows (speakers, in order) match `source`'s."""
    changed = False
    for relation, links in link_relations(type(source)):
        wanted = wanted_links(source, target, relation, links, user)
        manager = getattr(target, relation.get_accessor_name())
        current = [
            (
                getattr(row, "sort_order", None),
                {f.attname: getattr(row, f.attname) for f in links},
            )
            for row in manager.all()
        ]
        if current == [(order, values) for _key, order, values in wanted]:
            continue
        child = relation.related_model
        child._default_manager.filter(
            **{relation.remote_field.attname: target.pk}
        ).delete()
        for key, order, values in wanted:
            row = child(
                **{relation.remote_field.attname: target.pk},
                locale_id=target.locale_id,
                translation_key=key,
                **values,
            )
            if order is not None:
                row.sort_order = order
            row.save()
        changed = True
    return changed


# Snippets -----------------------------------------------------------------


def sync_snippet(source, user=None):
    """Copy `source`'s facts onto its translations and save those that differ."""
    refresh_source(source)
    for target in translations_of(source):
        if apply_facts(source, target, user):
            target.save()
        sync_links(source, target, user)


def withdraw_translations(source):
    """The French object is gone: its translations stop being public."""
    for target in translations_of(source):
        status = getattr(type(target), "DRAFT", None)
        if status is not None and getattr(target, "status", status) != status:
            target.status = status
            target.save()


# Pages --------------------------------------------------------------------


def sync_page(source, user=None):
    """After a French page is published: facts onto each live translation,
    as a published revision, keeping any English draft in progress."""
    refresh_source(source)
    for target in translations_of(source):
        sync_page_target(source, target, user)


def sync_page_target(source, target, user=None):
    mirror_restrictions(source, target)
    if not target.live:
        # Nothing public; Localize's "Publish" copies the facts from the
        # refreshed source.
        return
    draft = None
    if target.has_unpublished_changes and target.latest_revision_id:
        draft = target.latest_revision.as_object()
    if not apply_facts(source, target, user):
        return
    revision = target.save_revision(user=user, clean=False, log_action=False)
    revision.publish(user=user, skip_permission_checks=True)
    if draft is not None:
        # The translator's work in progress stays the latest revision.
        apply_facts(source, draft, user)
        draft.save_revision(user=draft.latest_revision.user, clean=False)


def unpublish_translations(source, user=None):
    for target in translations_of(source):
        if target.live:
            target.unpublish(user=user)


def source_of(obj):
    """The object in the source locale, or None (or `obj` itself)."""
    return obj.get_translation_or_none(_source_locale())


def guard_translation(page):
    """A translation just published: never more visible than its source, and
    with its facts, whoever published it and from whichever editor."""
    source = source_of(page)
    if source is None or source.pk == page.pk:
        return
    source = source.specific
    if not source.live:
        page.unpublish()
        return
    sync_page_target(source, page.specific)


def guard_snippet(obj):
    """A translation saved: its facts are the source's again."""
    source = source_of(obj)
    if source is not None and source.pk != obj.pk:
        sync_snippet(source)


def mirror_restrictions(source, target):
    """Give `target` the same view restrictions as `source` (type, password,
    groups); privacy inherited from an ancestor is mirrored on that ancestor."""
    wanted = [
        (r.restriction_type, r.password, sorted(r.groups.values_list("pk", flat=True)))
        for r in PageViewRestriction.objects.filter(page=source).order_by("pk")
    ]
    existing = list(PageViewRestriction.objects.filter(page=target).order_by("pk"))
    current = [
        (r.restriction_type, r.password, sorted(r.groups.values_list("pk", flat=True)))
        for r in existing
    ]
    if current == wanted:
        return False
    for restriction in existing:
        restriction.delete()
    for restriction_type, password, groups in wanted:
        restriction = PageViewRestriction.objects.create(
            page=target, restriction_type=restriction_type, password=password
        )
        if groups:
            restriction.groups.set(groups)
    return True


def sync_restrictions(source):
    for target in translations_of(source):
        mirror_restrictions(source, target)


def _source_locale():
    from wagtail.models import Locale

    return Locale.get_default()
