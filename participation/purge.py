"""Erasing submitters' personal data after the retention period.

Pending and rejected submissions are deleted. Accepted ones keep what is
public (an event in the agenda, the session made from a proposal) and lose
every personal detail."""

import datetime

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
