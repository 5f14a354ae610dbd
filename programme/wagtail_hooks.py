from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from access.permissions import SourceLocalePermissionPolicy
from home.listing import LanguageSnippetViewSet

from .models import Session, Speaker, Theme, Venue

# Before the viewsets, so Wagtail does not create its default policies first.
for _model in (Session, Speaker, Theme, Venue):
    register_permission_policy(_model, SourceLocalePermissionPolicy(_model))


class SessionViewSet(LanguageSnippetViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    list_display = ["title", "start", "format", "theme", "venue", "status"]
    list_filter = ["status", "format", "theme", "organiser_type"]
    list_per_page = 50
    ordering = ["start", "title"]
    search_fields = ["title", "description", "organisers"]
    # Searched in the database: the search index (the public search's) has no
    # organisers, and asking the backend for them was a server error.
    search_backend_name = None


class SpeakerViewSet(LanguageSnippetViewSet):
    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    list_display = ["name", "organisation", "country"]
    ordering = ["name"]
    search_fields = ["name", "organisation"]


class ThemeViewSet(LanguageSnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "colour"]
    ordering = ["name"]
    search_fields = ["name"]


class VenueViewSet(LanguageSnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "capacity"]
    ordering = ["name"]
    search_fields = ["name"]


class ProgrammeGroup(SnippetViewSetGroup):
    menu_label = _("Programme")
    menu_icon = "calendar"
    menu_order = 200
    items = (SessionViewSet, SpeakerViewSet, ThemeViewSet, VenueViewSet)


register_snippet(ProgrammeGroup)
