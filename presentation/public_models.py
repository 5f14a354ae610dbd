"""The presentation app's public models (see site_config.public_models)."""

from access.roles import COMMUNICATION, TRANSLATORS
from site_config.public_models import PublicModel

PUBLIC_MODELS = [
    PublicModel(
        "presentation.Commitment",
        translation_report=True,
        roles={COMMUNICATION: ("add", "change", "delete"), TRANSLATORS: ("change",)},
    ),
]
