from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from access.roles import COMMUNICATION, TRANSLATORS

# Development only: known passwords, printed on the console.
DEMO_ACCOUNTS = [
    ("admin", "admin-demo-2016", None, True),
    ("communication", "communication-demo-2016", COMMUNICATION, False),
    ("translator", "translator-demo-2016", TRANSLATORS, False),
]


class Command(BaseCommand):
    help = "Create one demo account per role (development only) and print logins."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are only created in development.")
        User = get_user_model()
        self.stdout.write("Demo accounts (development only), at /admin/:")
        for username, password, group_name, is_superuser in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "is_staff": True,
                    "is_superuser": is_superuser,
                    "email": f"{username}@example.org",
                },
            )
            if created:
                user.set_password(password)
                user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            role = group_name or "administrator"
            self.stdout.write(f"  {role:<15} {username} / {password}")
