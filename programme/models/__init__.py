from .pages import ProgrammePage
from .snippets import (
    PARIS,
    Session,
    SessionCommitment,
    SessionSpeaker,
    Speaker,
    Theme,
    Venue,
)

__all__ = [
    "PARIS",
    "ProgrammePage",
    "Session",
    "SessionCommitment",
    "SessionSpeaker",
    "Speaker",
    "Theme",
    "Venue",
]
