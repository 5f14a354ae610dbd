from django.db import migrations


class Migration(migrations.Migration):
    """Let the Communication role moderate public submissions; roles are now
    synchronised after every migrate (access.roles.sync_roles). Kept empty
    so databases that applied it keep a consistent history."""

    dependencies = [("home", "0003_programme_permissions")]

    operations = []
