from django.db import migrations

from home.roles import create_roles


class Migration(migrations.Migration):
    """Give the roles their permissions on the programme snippets."""

    dependencies = [
        ("home", "0002_locales_and_roles"),
        ("programme", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
