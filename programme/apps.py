from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    name = "programme"
    verbose_name = _("Programme")

    def ready(self):
        # The action plan page lists each commitment's sessions; presentation
        # sits below programme and learns how to find them from here.
        from presentation import related_sessions
        from search.kinds import register

        from . import sitemap  # noqa: F401 - registers the programme's entries
        from .commitments import sessions_for_commitments
        from .models import Session, Speaker
        from .search_results import SESSIONS, SPEAKERS

        related_sessions.register(sessions_for_commitments)
        register(SESSIONS, searched_models=[Session])
        register(SPEAKERS, searched_models=[Speaker])
