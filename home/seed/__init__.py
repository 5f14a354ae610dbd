"""The seed pages in French and their English translations (load_content)."""


def load_seed(stdout=None):
    """Called by `manage.py load_content`; says what it created."""
    from .loader import ContentLoader

    return f"{len(ContentLoader(stdout=stdout).run())} page(s)"
