"""Staff decisions on submissions. An accepted proposal becomes a draft
programme session carrying its data; the submitter hears of the decision."""

import datetime
from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape, linebreaks
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale

from programme.models import PARIS, Session
from site_config.languages import reserved_slugs

from . import emails
from .models import Proposal

# Organisation types of proposals, as the programme's organiser types.
ORGANISER_TYPE = {
    Proposal.PUBLIC_BODY: Session.GOVERNMENT,
    Proposal.INTERNATIONAL: Session.BOTH,
}


def placeholder_time():
    """Accepted sessions start unscheduled: staff set the real time."""
    start = datetime.datetime(2016, 12, 7, 9, 0, tzinfo=PARIS)
    return start, start + datetime.timedelta(hours=1)


def unique_slug(title, locale):
    base = slugify(title)[:70] or "session"
    if base in reserved_slugs():
        base = f"{base}-session"
    slug, number = base, 2
    while Session.objects.filter(locale=locale, slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def session_description(proposal):
    # Wagtail's rich text format closes line breaks: its editor refuses
    # Django's <br> with a server error. Typed text is escaped, so every
    # <br> here is one linebreaks() wrote.
    text = linebreaks(proposal.description, autoescape=True)
    parts = [text.replace("<br>", "<br/>")]
    if proposal.co_organisers:
        parts.append(
            f"<p><b>{escape(_('Co-organisers'))}:</b> "
            f"{escape(proposal.co_organisers)}</p>"
        )
    if proposal.speakers:
        parts.append(
            f"<p><b>{escape(_('Intended speakers'))}:</b> "
            f"{escape(proposal.speakers)}</p>"
        )
    return "".join(parts)


def session_from(proposal):
    """A draft session in the source language, made from the proposal."""
    locale = Locale.get_default()
    theme = proposal.theme.get_translation_or_none(locale) if proposal.theme else None
    start, end = placeholder_time()
    organisers = ", ".join(
        part for part in (proposal.organisation, proposal.co_organisers) if part
    )
    return Session.objects.create(
        locale=locale,
        title=proposal.title,
        slug=unique_slug(proposal.title, locale),
        description=session_description(proposal),
        format=proposal.format,
        theme=theme,
        start=start,
        end=end,
        **Session.spoken_flags(proposal.languages),
        organisers=organisers[:255],
        organiser_type=ORGANISER_TYPE.get(
            proposal.organisation_type, Session.CIVIL_SOCIETY
        ),
        status=Session.DRAFT,
    )


def decide(submission, status, user=None):
    """Accept or reject; a decision already taken is not taken again, so the
    submitter gets one email and a proposal one session."""
    if submission.status == status:
        return False
    with transaction.atomic():
        submission.status = status
        submission.decided_at = timezone.now()
        submission.decided_by = user
        if (
            status == submission.ACCEPTED
            and isinstance(submission, Proposal)
            and submission.session_id is None
        ):
            submission.session = session_from(submission)
        submission.save()
        transaction.on_commit(partial(emails.announce_decision, submission))
    return True


def accept(submission, user=None):
    return decide(submission, submission.ACCEPTED, user)


def reject(submission, user=None):
    return decide(submission, submission.REJECTED, user)
