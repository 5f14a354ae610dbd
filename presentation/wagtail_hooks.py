from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Commitment


class CommitmentViewSet(SnippetViewSet):
    model = Commitment
    icon = "list-ol"
    menu_label = _("Commitments")
    add_to_admin_menu = True
    list_display = ["number", "title", "responsible_body"]
    list_filter = ["locale"]
    ordering = ["number"]
    search_fields = ["title", "summary"]


register_snippet(CommitmentViewSet)
