"""Admin guards that apply across apps. This app is listed first in
INSTALLED_APPS, so its admin URLs answer before Localize's."""

from django.core.exceptions import PermissionDenied
from django.urls import re_path
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


def not_for_submissions(request, *args, **kwargs):
    raise PermissionDenied


@hooks.register("register_admin_urls")
def keep_submissions_out_of_localize_api():
    """Localize's snippet API lists any snippet to any admin user; public
    submissions are not translatable, so nobody needs them there."""
    return [
        re_path(
            r"^localize/api/snippets/participation/",
            not_for_submissions,
            name="submissions_localize_api_refused",
        )
    ]
