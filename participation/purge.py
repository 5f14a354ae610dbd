"""Erasing submitters' personal data after the retention period.

Pending and rejected submissions are deleted. Accepted ones keep what is
public (an event in the agenda, the session made from a proposal) and lose
every personal detail, copies included: the session drafted from a proposal
carried its co-organisers and intended speakers (moderation.session_from), in
its description, its organisers, its translations and Localize's copies of
its text."""

import datetime
import html
import re

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Event, Proposal

ERASED_EMAIL = "erased@invalid"


def cutoff(now=None, days=None):
    days = settings.PARTICIPATION_RETENTION_DAYS if days is None else days
    return (now or timezone.now()) - datetime.timedelta(days=days)


@transaction.atomic
def purge(now=None, days=None, dry_run=False):
    """Returns {"deleted": n, "anonymised": n}."""
    before = cutoff(now, days)
    counts = {"deleted": 0, "anonymised": 0}
    for model in (Proposal, Event):
        old = model.objects.filter(submitted_at__lt=before)
        to_delete = old.exclude(status=model.ACCEPTED)
        to_anonymise = old.filter(status=model.ACCEPTED, anonymised_at__isnull=True)
        counts["deleted"] += to_delete.count()
        counts["anonymised"] += to_anonymise.count()
        if dry_run:
            continue
        to_delete.delete()
        stamp = now or timezone.now()
        if model is Proposal:
            for proposal in to_anonymise.select_related("session"):
                erase_copies(proposal)
            to_anonymise.update(
                name="",
                email=ERASED_EMAIL,
                organisation="",
                co_organisers="",
                speakers="",
                decided_by=None,
                anonymised_at=stamp,
            )
        else:
            to_anonymise.update(
                contact_email=ERASED_EMAIL, decided_by=None, anonymised_at=stamp
            )
    return counts


def _forms(value):
    """The ways a typed value can be written in stored HTML or text."""
    value = value.strip()
    return {
        value,
        html.escape(value),  # as moderation wrote it (&#x27; for ')
        html.escape(value, quote=False),
        html.escape(value).replace("&#x27;", "&#39;"),
    }


def _scrub(text, values):
    """`text` without the paragraphs holding any value, nor the values."""
    for value in values:
        for form in sorted(_forms(value), key=len, reverse=True):
            paragraph = re.compile(
                r"<p\b[^>]*>(?:(?!</p>).)*?" + re.escape(form) + r".*?</p>", re.S
            )
            text = paragraph.sub("", text)
            text = text.replace(form, "")
    return text


def _organisers(text, values):
    for value in values:
        text = text.replace(value.strip(), "")
    parts = [part.strip() for part in text.split(",")]
    return ", ".join(part for part in parts if part)


def erase_copies(proposal):
    """The proposal's personal details out of the session made from it, in
    every language, and out of Localize's copies (sources and strings)."""
    from wagtail_localize.models import String, TranslationSource

    from programme.models import Session

    values = [v for v in (proposal.co_organisers, proposal.speakers) if v.strip()]
    if proposal.session_id is None or not values:
        return
    versions = Session.objects.filter(translation_key=proposal.session.translation_key)
    for version in versions:
        version.description = _scrub(version.description, values)
        version.organisers = _organisers(version.organisers, values)
        version.save(update_fields=["description", "organisers"])
    for source in TranslationSource.objects.filter(
        object_id=proposal.session.translation_key
    ):
        source.update_from_db()
    for value in values:
        for form in _forms(value):
            String.objects.filter(data__contains=form).delete()
