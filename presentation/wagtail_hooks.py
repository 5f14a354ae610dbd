from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from access.permissions import SourceLocalePermissionPolicy
from home.listing import LanguageSnippetViewSet

from .models import Commitment

# Before the viewset, so Wagtail does not create its default policy first.
register_permission_policy(Commitment, SourceLocalePermissionPolicy(Commitment))


class CommitmentViewSet(LanguageSnippetViewSet):
    model = Commitment
    icon = "list-ol"
    menu_label = _("Commitments")
    add_to_admin_menu = True
    list_display = ["number", "title", "axis", "title_to_check"]
    list_filter = ["axis", "title_to_check"]
    ordering = ["number"]
    search_fields = ["title", "summary"]


register_snippet(CommitmentViewSet)
