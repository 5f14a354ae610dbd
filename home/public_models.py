"""The home app's public models (see site_config.public_models)."""

from access.roles import COMMUNICATION, TRANSLATORS
from site_config.public_models import PublicModel

PUBLIC_MODELS = [
    # The dates every dated part of a page follows.
    PublicModel("home.SummitCalendar", roles={COMMUNICATION: ("change",)}),
    # What the legal pages render.
    PublicModel(
        "home.LegalInformation",
        roles={COMMUNICATION: ("add", "change"), TRANSLATORS: ("change",)},
    ),
]
