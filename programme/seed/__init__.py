"""The labelled demo programme (load_content)."""


def load_seed(stdout=None):
    """Called by `manage.py load_content`; says what it created."""
    from .loader import DemoProgrammeLoader

    return f"{DemoProgrammeLoader(stdout=stdout).run()} programme object(s)"
