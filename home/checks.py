"""Production refuses to go live with a legal notice it cannot fill:
`manage.py check --deploy` fails while the legal information is missing,
incomplete or still the demo values (once the database is migrated)."""

from django.core import checks
from django.db import DatabaseError


@checks.register(checks.Tags.security, deploy=True)
def legal_information_is_real(app_configs=None, **kwargs):
    from wagtail.models import Locale

    from home.models import LegalInformation

    try:
        info = LegalInformation.objects.filter(locale=Locale.get_default()).first()
    except (DatabaseError, Locale.DoesNotExist):
        # Before `migrate` (the release runs this check first) there is no
        # site to serve yet; the check bites once the tables exist.
        return []
    if info is None:
        problem = "no legal information is entered"
    elif info.missing():
        problem = "the legal information lacks " + ", ".join(info.missing())
    elif info.is_demo:
        problem = "the legal information still holds the demo values"
    else:
        return []
    return [
        checks.Error(
            f"The legal notice and personal data pages cannot go live: {problem}.",
            hint="Fill in Snippets › Legal information in the admin (French, then "
            "English) and untick 'demo values'.",
            id="home.E001",
        )
    ]
