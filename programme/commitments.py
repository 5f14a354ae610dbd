"""Sessions and commitments of the national action plan, both ways: the
sessions listed under each commitment, the commitments on a session's page.
A constant number of queries whatever the number of sessions."""

from collections import defaultdict

from home.locales import code_of
from presentation.anchors import commitment_anchor
from presentation.models import ActionPlanPage, localized_commitments

from .models import ProgrammePage, SessionCommitment
from .queries import localized_public_sessions


def sessions_for_commitments(commitments, locale, request=None):
    """{commitment translation key: [public session, …]} in `locale` (French
    when a session is not translated yet), each with its `url`."""
    programme = ProgrammePage.objects.live().filter(locale=locale).first()
    if programme is None:
        return {}
    base = programme.get_url(request)
    keys = [c.translation_key for c in commitments]
    sessions = {
        s.pk: s
        for s in localized_public_sessions(locale)
        .filter(session_commitments__commitment__translation_key__in=keys)
        .only("title", "slug", "start", "locale_id", "status")
        .distinct()
    }
    links = (
        SessionCommitment.objects.filter(session__in=list(sessions))
        .order_by("session__start", "session__title")
        .values_list("session_id", "commitment__translation_key")
    )
    by_commitment = defaultdict(list)
    for session_id, key in links:
        session = sessions[session_id]
        session.url = f"{base}{session.slug}/"
        # Not translated yet: shown in French, marked so for screen readers.
        if session.locale_id != locale.pk:
            session.fallback_language = code_of(session.locale_id)
        if session not in by_commitment[key]:
            by_commitment[key].append(session)
    return by_commitment


def commitments_of_session(session, locale, request=None):
    """The commitments a session relates to, in `locale` with French fallback,
    each with `url` pointing at its anchor on the action plan page."""
    links = session.session_commitments.all()
    keys = [link.commitment.translation_key for link in links]
    if not keys:
        return []
    plan = ActionPlanPage.objects.live().filter(locale=locale).first()
    commitments = localized_commitments(locale, translation_keys=keys)
    if plan is None:
        return []
    base = plan.get_url(request)
    for commitment in commitments:
        anchor = commitment_anchor(commitment.number, locale.language_code)
        commitment.url = f"{base}#{anchor}"
    return commitments
