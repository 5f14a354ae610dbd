"""When French changes, its translations follow (see facts.py).

Snippet work waits for the end of the transaction: a session's speakers are
saved after the session itself, and a restriction's groups after the
restriction.
"""

import threading

from django.apps import apps
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from . import facts


def _is_source(instance):
    return instance.locale_id == Locale.get_default().pk


_state = threading.local()


def _later(key, work):
    """Run `work` when the current transaction commits (at once outside one).
    Saving a session with its speakers asks several times: only the last
    request for a key does the work, when its transaction commits."""
    token = object()
    latest = _state.__dict__.setdefault("latest", {})
    latest[key] = token

    def run():
        if latest.get(key) is token:
            del latest[key]
            work()

    transaction.on_commit(run)


def _syncing():
    """True while facts are being copied: those saves need no guard."""
    return getattr(_state, "syncing", 0) > 0


def _as_sync(work):
    def run():
        _state.syncing = getattr(_state, "syncing", 0) + 1
        try:
            work()
        finally:
            _state.syncing -= 1

    return run


def snippet_saved(sender, instance, raw=False, **kwargs):
    """A French snippet saved: its facts go to its translations. A translation
    saved (whatever the editor): its facts are the source's again."""
    if not raw:
        _schedule(type(instance), instance.pk, instance.locale_id)


def child_saved(sender, instance, raw=False, **kwargs):
    """A link row (a session's speaker) changed: sync its parent."""
    if raw:
        return
    for field in type(instance)._meta.concrete_fields:
        if isinstance(field, ParentalKey):
            parent_pk = getattr(instance, field.attname)
            if parent_pk is not None:
                _schedule(field.related_model, parent_pk, instance.locale_id)


def _schedule(model, pk, locale_id):
    is_source = locale_id == Locale.get_default().pk
    if _syncing() and not is_source:
        return  # written by the sync itself

    def work():
        obj = model._default_manager.filter(pk=pk).first()
        if obj is None:
            return
        if _is_source(obj):
            facts.sync_snippet(obj)
        else:
            facts.guard_snippet(obj)

    _later((model._meta.label, pk), _as_sync(work))


def snippet_deleted(sender, instance, **kwargs):
    if _is_source(instance):
        facts.withdraw_translations(instance)


def page_was_published(sender, instance, **kwargs):
    if _is_source(instance):
        _as_sync(lambda: facts.sync_page(instance))()
    elif not _syncing():
        facts.guard_translation(instance)


def page_was_unpublished(sender, instance, **kwargs):
    if _is_source(instance):
        facts.unpublish_translations(instance)


def restriction_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    page_id = instance.page_id

    def work():
        page = Page.objects.filter(pk=page_id).first()
        if page is not None and _is_source(page):
            facts.sync_restrictions(page.specific)

    _later(("restriction", page_id), work)


def restriction_groups_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, PageViewRestriction):
        restriction_changed(PageViewRestriction, instance)


def connect():
    from .status import snippet_labels

    for label in snippet_labels():
        model = apps.get_model(label)
        post_save.connect(snippet_saved, sender=model, dispatch_uid=f"facts-{label}")
        post_delete.connect(
            snippet_deleted, sender=model, dispatch_uid=f"facts-del-{label}"
        )
        for relation, _links in facts.link_relations(model):
            child = relation.related_model
            for signal in (post_save, post_delete):
                signal.connect(
                    child_saved,
                    sender=child,
                    dispatch_uid=f"facts-child-{signal}-{child._meta.label}",
                )
    page_published.connect(page_was_published, dispatch_uid="facts-published")
    page_unpublished.connect(page_was_unpublished, dispatch_uid="facts-unpublished")
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"facts-restriction-{id(signal)}",
        )
    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="facts-restriction-groups",
    )
