from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from access.permissions import SourceLocalePermissionPolicy

from .models import Term

# Before the viewset, so Wagtail does not create its default policy first.
register_permission_policy(Term, SourceLocalePermissionPolicy(Term))


class TermViewSet(SnippetViewSet):
    model = Term
    icon = "doc-full"
    menu_label = _("Glossary")
    add_to_admin_menu = True
    list_display = ["term", "definition"]
    list_filter = ["locale"]
    ordering = ["term"]
    search_fields = ["term", "definition"]
    search_backend_name = None


register_snippet(TermViewSet)
