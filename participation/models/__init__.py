from .pages import AgendaPage, CallForProposalsPage
from .submissions import Event, Proposal, Submission

__all__ = ["AgendaPage", "CallForProposalsPage", "Event", "Proposal", "Submission"]
