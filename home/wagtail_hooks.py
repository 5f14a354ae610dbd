from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.models import Locale
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .bulk_actions import GuardedDeleteBulkAction
from .models import LegalInformation
from .permissions import SourceLocalePermissionPolicy, is_translator_only

# After Wagtail's own (order 0): replaces its snippet delete action everywhere.
hooks.register("register_bulk_action", GuardedDeleteBulkAction, order=10)


@hooks.register("before_edit_snippet")
@hooks.register("before_delete_snippet")
def keep_translators_off_the_source(request, instance):
    """Snippet edit views check model permissions only; refuse French objects
    to translators here (the listing hides the buttons through the policy)."""
    instances = instance if isinstance(instance, list | tuple) else [instance]
    source = Locale.get_default().pk
    if is_translator_only(request.user) and any(
        getattr(obj, "locale_id", None) == source for obj in instances
    ):
        return permission_denied(request)
    return None


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
