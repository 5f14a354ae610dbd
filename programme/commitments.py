"""Sessions and commitments of the national action plan, both ways: the
sessions listed under each commitment, the commitments on a session's page.
A constant number of queries whatever the number of sessions."""

from collections import defaultdict

from home.locales import code_of
from presentation.anchors import commitment_anchor
from presentation.models import ActionPlanPage, Commitment, localized_commitments

from .models import ProgrammePage, Session, SessionCommitment
from .queries import ROW_FIELDS, in_languages, visible_ids


def sessions_for_commitments(commitments, locale, request=None):
    """{commitment translation key: [public session, …]} in `locale` (French
    when a session is not translated yet), each with its `url`."""
    programme = ProgrammePage.objects.live().filter(locale=locale).first()
    if programme is None:
        return {}
    base = programme.get_url(request)
    # In steps bounded by ids (see queries.theme_neighbours): saving a session
    # linked to no commitment leaves the action plan page cached.
    plan_keys = [c.translation_key for c in commitments]

    def read(locale_id):
        """One row per link: the session's ROW_FIELDS and its commitment."""
        plan = dict(
            Commitment.objects.filter(
                translation_key__in=plan_keys, locale_id=locale_id
            )
            .values_list("id", "translation_key")
            .order_by()
        )
        links = list(
            SessionCommitment.objects.filter(commitment_id__in=list(plan))
            .values_list("session_id", "commitment_id")
            .order_by()
        )
        rows = {
            row["id"]: row
            for row in Session.objects.filter(id__in={s for s, _ in links})
            .values(*ROW_FIELDS)
            .order_by()
        }
        return [
            {**rows[session_id], "commitment": plan[commitment_id]}
            for session_id, commitment_id in links
            if session_id in rows
        ]

    rows = in_languages(read, locale)
    sessions = {
        s.pk: s
        for s in Session.objects.filter(id__in=visible_ids(rows, locale)).only(
            "title", "slug", "start", "locale_id", "status"
        )
    }
    links = sorted(
        (
            (sessions[row["id"]], row["commitment"])
            for row in rows
            if row["id"] in sessions
        ),
        key=lambda link: (link[0].start is None, link[0].start, link[0].title),
    )
    by_commitment = defaultdict(list)
    for session, key in links:
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
