from django.db import migrations


class Migration(migrations.Migration):
    """Gave the roles the glossary's permissions; roles are now synchronised
    after every migrate (access.roles.sync_roles). Kept empty so databases
    that applied it keep a consistent history."""

    dependencies = [("glossary", "0001_initial")]

    operations = []
