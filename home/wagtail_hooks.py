from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from access.permissions import SourceLocalePermissionPolicy

from .models import LegalInformation

# Before the viewset, so Wagtail does not create its default policy first.
register_permission_policy(
    LegalInformation, SourceLocalePermissionPolicy(LegalInformation)
)


class LegalInformationViewSet(SnippetViewSet):
    model = LegalInformation
    icon = "doc-full"
    menu_label = _("Legal information")
    add_to_admin_menu = True
    list_filter = ["locale"]


register_snippet(LegalInformationViewSet)
