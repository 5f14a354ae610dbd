from .pages import ProgrammePage
from .snippets import PARIS, Session, SessionSpeaker, Speaker, Theme, Venue

__all__ = [
    "PARIS",
    "ProgrammePage",
    "Session",
    "SessionSpeaker",
    "Speaker",
    "Theme",
    "Venue",
]
