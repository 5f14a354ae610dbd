from django.db import migrations

from home.roles import create_roles


class Migration(migrations.Migration):
    """Communication keeps the glossary; translators translate its terms."""

    dependencies = [
        ("glossary", "0001_initial"),
        ("home", "0004_participation_permissions"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
