"""The glossary's public models (see site_config.public_models)."""

from access.roles import COMMUNICATION, TRANSLATORS
from site_config.public_models import PublicModel

PUBLIC_MODELS = [
    # Its terms feed the site search; the search is never cached, but a term
    # shown anywhere else must not go stale.
    PublicModel(
        "glossary.Term",
        roles={COMMUNICATION: ("add", "change", "delete"), TRANSLATORS: ("change",)},
    ),
]
