from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.models import Locale

from .bulk_actions import GuardedDeleteBulkAction
from .permissions import is_translator_only

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
