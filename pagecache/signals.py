"""What starts a new generation: anything visitors can see changing.

Pages: published, unpublished (also on expiry), moved or deleted — a
translation published in Localize is a page published. The project's models
shown on pages and in exports, as each app declares them
(site_config.public_models): saved or deleted (Localize's translations
included). Public submissions waiting for moderation change nothing public,
so they do not empty the cache; a decision on an event does.

What changes visitors see without publishing anything: page and collection
privacy (restrictions and their groups), redirects, sites, site settings,
images and documents, and their deletion in bulk (a queryset's delete sends
post_delete per object as soon as a receiver is connected).

The bump runs after the transaction commits: bumping earlier would let a
request cache the old content under the new generation."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from site_config import public_models as registry

from . import generation, varnish


def invalidate():
    transaction.on_commit(_invalidate_now)


def _invalidate_now():
    generation.bump()
    varnish.ban_everything()


def on_page_change(sender, **kwargs):
    invalidate()


def on_snippet_change(sender, instance, **kwargs):
    invalidate()


def when(shown):
    """A receiver that empties the cache only for rows `shown(instance)`."""

    def on_change(sender, instance, **kwargs):
        if shown(instance):
            invalidate()

    return on_change


def on_m2m_change(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        invalidate()


def wagtail_models():
    """Wagtail's models whose changes visitors see; the project's own are
    declared by each app (site_config.public_models)."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import (
        CollectionViewRestriction,
        PageViewRestriction,
        Site,
    )

    return [
        get_image_model(),
        get_document_model(),
        PageViewRestriction,
        CollectionViewRestriction,
        Redirect,
        Site,
        *settings_registry,
    ]


def public_models():
    """[(model, receiver)]: what empties the cache, and how."""
    declared = [
        (model, on_snippet_change if shown is None else when(shown))
        for model, shown in registry.cache_emptying()
    ]
    return declared + [(model, on_snippet_change) for model in wagtail_models()]


def restriction_group_links():
    from wagtail.models import CollectionViewRestriction, PageViewRestriction

    return [
        PageViewRestriction.groups.through,
        CollectionViewRestriction.groups.through,
    ]


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(on_page_change, dispatch_uid=f"pagecache-{signal}")
    post_delete.connect(on_page_change, sender=Page, dispatch_uid="pagecache-delete")
    for model, receiver in public_models():
        for signal in (post_save, post_delete):
            # weak=False: `when()` builds its receiver here.
            signal.connect(
                receiver,
                sender=model,
                weak=False,
                dispatch_uid=f"pagecache-{model._meta.label}-{id(signal)}",
            )
    for through in restriction_group_links():
        m2m_changed.connect(
            on_m2m_change,
            sender=through,
            dispatch_uid=f"pagecache-{through.__name__}-m2m",
        )
