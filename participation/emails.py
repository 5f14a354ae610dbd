"""Emails about submissions: acknowledgment and decision to the submitter, in
the language they used, and a notice of each new submission to staff.

Sending never raises: the submission is already saved, and a mail server that
is down must not show the visitor an error. Failures are logged.
"""

import logging
from email.headerregistry import Address
from email.utils import parseaddr

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from access.roles import COMMUNICATION
from site_config.typography import typeset_mail

logger = logging.getLogger(__name__)


def kind_of(submission):
    return submission._meta.model_name  # "proposal" or "event"


def recipient_of(submission):
    return getattr(submission, "email", None) or submission.contact_email


def admin_url(submission):
    path = reverse(
        f"wagtailsnippets_participation_{kind_of(submission)}:edit",
        args=[submission.pk],
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def sender(language):
    """The site's address (DEFAULT_FROM_EMAIL) under the summit's name in the
    mail's language: "OGP Global Summit 2016" or "Sommet mondial du PGO 2016"."""
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    with translation.override(language):
        name = gettext("OGP Global Summit 2016")
    # Not encoded here: Django encodes the header when it sends the mail.
    return str(Address(display_name=name, addr_spec=address))


def render_message(template, context, language, to):
    with translation.override(language):
        subject = render_to_string(
            f"participation/emails/{template}_subject.txt", context
        )
        body = render_to_string(f"participation/emails/{template}_body.txt", context)
    subject, body = typeset_mail(" ".join(subject.split()), body, language)
    return EmailMessage(subject, body, sender(language), to=to)


def send_safely(message):
    try:
        message.send()
    except Exception:  # any backend failure: the submission is kept anyway
        logger.exception("Could not send email %r", message.subject)
        return False
    return True


def staff_recipients():
    if settings.PARTICIPATION_NOTIFY_EMAILS:
        return list(settings.PARTICIPATION_NOTIFY_EMAILS)
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=COMMUNICATION)
        .exclude(email="")
    )
    return sorted({user.email for user in users})


def acknowledge(submission):
    """Sent to an address nobody has confirmed: nothing the visitor wrote goes
    in it (title, description, names), or the form would relay their text to
    anyone. The visitor saw their answers on the confirmation page."""
    context = {"kind": kind_of(submission)}
    message = render_message(
        "acknowledgement",
        context,
        submission.reply_language,
        [recipient_of(submission)],
    )
    return send_safely(message)


def notify_staff(submission):
    recipients = staff_recipients()
    if not recipients:
        return False
    context = {
        "submission": submission,
        "kind": kind_of(submission),
        "admin_url": admin_url(submission),
    }
    message = render_message(
        "staff_notification", context, settings.LANGUAGE_CODE, recipients
    )
    return send_safely(message)


def announce_decision(submission):
    context = {"submission": submission, "kind": kind_of(submission)}
    message = render_message(
        "decision", context, submission.reply_language, [recipient_of(submission)]
    )
    return send_safely(message)
