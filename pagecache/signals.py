"""What purges the caches: anything visitors can see changing.

Pages: published, unpublished (also on expiry), moved or deleted — a
translation published in Localize is a page published. The project's models
shown on pages and in exports, as each app declares them
(site_config.public_models), and Wagtail's images, documents and settings:
saved or deleted (Localize's translations included; a queryset's delete sends
post_delete per object as soon as a receiver is connected). Public
submissions waiting for moderation change nothing public, so they purge
nothing; a decision on an event does.

Most changes purge only the responses that showed the changed row or listed
its table (pagecache/keys.py). Changes whose reach keys cannot compute start
a new generation and ban everything in Varnish (`invalidate_all`): view
restrictions of pages and collections and their groups (they decide what is
public, before any page renders), redirects and sites (resolved before or
around the page), the summit calendar (it moves what "now" means on every
dated page, and the menus), pages moved or deleted (URLs of whole subtrees
change). `PAGE_CACHE_PURGE = "global"` sends every change there (the
behaviour before keys, kept for comparison).

Purges run after the transaction commits: earlier, a request could cache the
old content after the purge."""

import threading

from django.conf import settings
from django.db import transaction
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_init,
    post_save,
)
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from site_config import public_models as registry

from . import generation, keys, varnish


def purge_everything():
    return getattr(settings, "PAGE_CACHE_PURGE", "keys") == "global"


def invalidate_all():
    transaction.on_commit(_invalidate_all_now)


def _invalidate_all_now():
    generation.bump()
    varnish.ban_everything()


def invalidate(instance):
    """Purge what shows this row or lists its table, after the commit."""
    if purge_everything():
        invalidate_all()
        return
    purge = _Purge(keys.instance_keys(instance))
    _queue.items.append(purge)
    transaction.on_commit(purge)


class _Queue(threading.local):
    def __init__(self):
        self.items = []


# One purge per transaction: a session saved in the admin with its speakers
# and commitments changes several rows, and each purge may fetch its pages
# again (pagecache/refresh.py). Each change registers its own callback (so a
# rolled-back change takes its keys with it); the first to run at the commit
# purges its keys and those of the callbacks registered after it, which then
# find nothing left to do. In autocommit each runs at once, alone.
_queue = _Queue()


class _Purge:
    def __init__(self, shown):
        self.shown = set(shown)
        self.done = False

    def __call__(self):
        if self.done:
            return
        items = _queue.items
        batch = items[items.index(self) :] if self in items else [self]
        shown = set()
        for purge in batch:
            if not purge.done:
                shown |= purge.shown
                purge.done = True
        # Earlier ones ran already or were rolled back: forget them all.
        items.clear()
        _purge_now(shown)


def _purge_now(shown):
    generation.bump_keys(shown)
    varnish.purge_keys(shown)


def on_page_change(sender, instance, **kwargs):
    invalidate(instance)


def on_page_restructure(sender, **kwargs):
    invalidate_all()


def on_snippet_change(sender, instance, **kwargs):
    invalidate(instance)


def when(shown):
    """A receiver that purges only for rows `shown(instance)`."""

    def on_change(sender, instance, **kwargs):
        if shown(instance):
            invalidate(instance)

    return on_change


_tracked = ()


def on_load(sender, instance, **kwargs):
    # Pages arrive as their own classes: no sender filter, an isinstance test.
    if isinstance(instance, _tracked):
        keys.remember_loaded(instance)


def on_global_change(sender, **kwargs):
    invalidate_all()


def on_m2m_change(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        invalidate_all()


def global_models():
    """Changes whose reach keys cannot compute (see the module's docstring)."""
    from django.apps import apps
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import CollectionViewRestriction, PageViewRestriction, Site

    return [
        apps.get_model("home.SummitCalendar"),  # by label: home imports us
        PageViewRestriction,
        CollectionViewRestriction,
        Redirect,
        Site,
    ]


def wagtail_models():
    """Wagtail's models whose changes visitors see; the project's own are
    declared by each app (site_config.public_models)."""
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    return [get_image_model(), get_document_model(), *settings_registry]


def public_models():
    """[(model, receiver)]: what purges by key, and how (global ones apart)."""
    everything = global_models()
    declared = [
        (model, on_snippet_change if shown is None else when(shown))
        for model, shown in registry.cache_emptying()
    ]
    found = declared + [(model, on_snippet_change) for model in wagtail_models()]
    return [(model, receiver) for model, receiver in found if model not in everything]


def restriction_group_links():
    from wagtail.models import CollectionViewRestriction, PageViewRestriction

    return [
        PageViewRestriction.groups.through,
        CollectionViewRestriction.groups.through,
    ]


def connect():
    global _tracked
    keyed = public_models()
    _tracked = (*(model for model, _receiver in keyed), Page)
    keys.connect()
    post_init.connect(on_load, dispatch_uid="pagecache-load")
    for signal in (page_published, page_unpublished):
        signal.connect(on_page_change, dispatch_uid=f"pagecache-{signal}")
    post_page_move.connect(on_page_restructure, dispatch_uid="pagecache-move")
    post_delete.connect(
        on_page_restructure, sender=Page, dispatch_uid="pagecache-delete"
    )
    for model, receiver in keyed:
        for signal in (post_save, post_delete):
            # weak=False: `when()` builds its receiver here.
            signal.connect(
                receiver,
                sender=model,
                weak=False,
                dispatch_uid=f"pagecache-{model._meta.label}-{id(signal)}",
            )
    for model in global_models():
        for signal in (post_save, post_delete):
            signal.connect(
                on_global_change,
                sender=model,
                dispatch_uid=f"pagecache-global-{model._meta.label}-{id(signal)}",
            )
    for through in restriction_group_links():
        m2m_changed.connect(
            on_m2m_change,
            sender=through,
            dispatch_uid=f"pagecache-{through.__name__}-m2m",
        )
