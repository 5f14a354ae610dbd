from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.permissions import SourceLocalePermissionPolicy

from .models import Session, Speaker, Theme, Venue

# Before the viewsets, so Wagtail does not create its default policies first.
for _model in (Session, Speaker, Theme, Venue):
    register_permission_policy(_model, SourceLocalePermissionPolicy(_model))


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    list_display = ["title", "start", "format", "theme", "venue", "status"]
    list_filter = ["status", "format", "theme", "organiser_type", "locale"]
    list_per_page = 50
    ordering = ["start", "title"]
    search_fields = ["title", "description", "organisers"]
    # Searched in the database: the search index (the public search's) has no
    # organisers, and asking the backend for them was a server error.
    search_backend_name = None


class SpeakerViewSet(SnippetViewSet):
    model = Speaker
    icon = "user"
    menu_label = _("Speakers")
    list_display = ["name", "organisation", "country"]
    list_filter = ["locale"]
    ordering = ["name"]
    search_fields = ["name", "organisation"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "colour"]
    list_filter = ["locale"]
    ordering = ["name"]
    search_fields = ["name"]


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "capacity"]
    list_filter = ["locale"]
    ordering = ["name"]
    search_fields = ["name"]


class ProgrammeGroup(SnippetViewSetGroup):
    menu_label = _("Programme")
    menu_icon = "calendar"
    menu_order = 200
    items = (SessionViewSet, SpeakerViewSet, ThemeViewSet, VenueViewSet)


register_snippet(ProgrammeGroup)
