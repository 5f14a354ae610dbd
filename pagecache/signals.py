"""What starts a new generation: anything visitors can see changing.

Pages: published, unpublished (also on expiry), moved or deleted — a
translation published in Localize is a page published. Snippets shown on
pages and in exports: saved or deleted (Localize's translations included).
Public submissions waiting for moderation change nothing public, so they do
not empty the cache; a decision on an event does.

The bump runs after the transaction commits: bumping earlier would let a
request cache the old content under the new generation."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

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


def on_submission_change(sender, instance, **kwargs):
    if instance.status != instance.SUBMITTED:
        invalidate()


def public_snippet_models():
    from wagtail.images import get_image_model

    from home.models import SummitCalendar
    from presentation.models import Commitment
    from programme.models import Session, SessionSpeaker, Speaker, Theme, Venue

    return [
        SummitCalendar,  # the dates every dated part of a page follows
        Commitment,
        Session,
        SessionSpeaker,
        Speaker,
        Theme,
        Venue,
        get_image_model(),
    ]


def connect():
    from participation.models import Event

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(on_page_change, dispatch_uid=f"pagecache-{signal}")
    post_delete.connect(on_page_change, sender=Page, dispatch_uid="pagecache-delete")
    for model in public_snippet_models():
        for signal in (post_save, post_delete):
            signal.connect(
                on_snippet_change,
                sender=model,
                dispatch_uid=f"pagecache-{model.__name__}-{id(signal)}",
            )
    for signal in (post_save, post_delete):
        signal.connect(
            on_submission_change,
            sender=Event,
            dispatch_uid=f"pagecache-event-{id(signal)}",
        )
