from django.db import migrations


class Migration(migrations.Migration):
    """Gave the roles their permissions on the programme snippets; roles are
    now synchronised after every migrate (access.roles.sync_roles). Kept
    empty so databases that applied it keep a consistent history."""

    dependencies = [("home", "0002_locales_and_roles")]

    operations = []
