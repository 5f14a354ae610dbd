"""Public submissions (see site_config.public_models). Moderated by
Communication; translators never see them."""

from access.roles import COMMUNICATION
from site_config.public_models import PublicModel


def decided(submission):
    """Submissions waiting for moderation change nothing public."""
    return submission.status != submission.SUBMITTED


PUBLIC_MODELS = [
    PublicModel(
        "participation.Proposal",
        empties_cache=False,  # proposals are never shown; accepting makes a session
        roles={COMMUNICATION: ("change", "delete")},
        backup_summary="proposals",
    ),
    PublicModel(
        "participation.Event",
        empties_cache=decided,  # the agenda shows accepted events
        roles={COMMUNICATION: ("change", "delete")},
        backup_summary="events",
    ),
]
