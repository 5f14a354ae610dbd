from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    name = "programme"
    verbose_name = _("Programme")

    def ready(self):
        # The action plan page lists each commitment's sessions; presentation
        # sits below programme and learns how to find them from here.
        from presentation import related_sessions

        from .commitments import sessions_for_commitments

        related_sessions.register(sessions_for_commitments)
