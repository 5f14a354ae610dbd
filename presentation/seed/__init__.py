"""France's action plan commitments (load_content). This app comes before the
programme in INSTALLED_APPS, so the demo sessions find the commitments they
link to."""


def load_seed(stdout=None):
    """Called by `manage.py load_content`; says what it created."""
    from .loader import CommitmentLoader

    return f"{CommitmentLoader(stdout=stdout).run()} commitment(s)"
