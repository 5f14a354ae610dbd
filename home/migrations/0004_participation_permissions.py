from django.db import migrations

from home.roles import create_roles


class Migration(migrations.Migration):
    """Let the Communication role moderate public submissions."""

    dependencies = [
        ("home", "0003_programme_permissions"),
        ("participation", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
