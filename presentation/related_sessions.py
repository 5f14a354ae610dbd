"""Which programme sessions relate to which commitments.

The programme app links its sessions to commitments and registers the finder
here from its AppConfig.ready(), so this lower app never imports it."""

_finder = None


def register(finder):
    """`finder(commitments, locale, request)` returns {commitment.translation_key:
    [session, …]} with `url` set on each session."""
    global _finder
    _finder = finder


def sessions_by_commitment(commitments, locale, request=None):
    if _finder is None or not commitments:
        return {}
    return _finder(commitments, locale, request)
