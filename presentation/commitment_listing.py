"""The action plan page's listing: axes in order, each with its commitments,
their anchors and the sessions that relate to them."""

from dataclasses import dataclass, field

from home.locales import code_of

from .anchors import axis_anchor, commitment_anchor
from .models import Commitment, localized_commitments
from .related_sessions import sessions_by_commitment


@dataclass
class Axis:
    number: int
    title: str
    anchor: str
    commitments: list = field(default_factory=list)


def axes_of(page, request=None):
    language = code_of(page.locale_id)
    commitments = localized_commitments(page.locale)
    sessions = sessions_by_commitment(commitments, page.locale, request)
    axes = {
        number: Axis(number, title, axis_anchor(number, language))
        for number, title in Commitment.AXES
    }
    for commitment in commitments:
        commitment.anchor = commitment_anchor(commitment.number, language)
        commitment.sessions = sessions.get(commitment.translation_key, [])
        axes[commitment.axis].commitments.append(commitment)
    return [axis for axis in axes.values() if axis.commitments]
