"""The programme's public models (see site_config.public_models)."""

from access.roles import COMMUNICATION, TRANSLATORS
from site_config.public_models import PublicModel

SNIPPET_ROLES = {COMMUNICATION: ("add", "change", "delete"), TRANSLATORS: ("change",)}

PUBLIC_MODELS = [
    PublicModel(f"programme.{name}", translation_report=True, roles=SNIPPET_ROLES)
    for name in ("Theme", "Venue", "Speaker", "Session")
] + [
    # Who speaks in which session: shown on session and speaker pages.
    PublicModel("programme.SessionSpeaker"),
    # A session's links to the plan's commitments.
    PublicModel("programme.SessionCommitment"),
]
