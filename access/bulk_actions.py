"""Snippet bulk actions show no more than the snippet listing does.

Wagtail's bulk-action confirmation lists every selected object, with those
the user may not act on under "You don't have permission…", before any check
on the model: any admin user could read the titles of snippets they cannot
even list (pending submissions, for one) by guessing ids in the URL. The
rule here: a snippet bulk action answers 403 to whoever lacks every
permission the snippet listing accepts (add, change, delete, view) on its
model — before any object is looked up, for GET and POST alike.

Every snippet bulk action must include `ListingPermissionRequired`;
Wagtail's own delete action is replaced for every snippet model below, and
tests/test_access_matrix.py checks that no registered snippet bulk action
escapes the rule.
"""

from django.core.exceptions import PermissionDenied
from wagtail.admin.views.generic.models import IndexView
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction


class ListingPermissionRequired:
    """For a SnippetBulkAction (or any bulk action with a permission_policy)."""

    any_permission_required = IndexView.any_permission_required

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_any_permission(
            request.user, self.any_permission_required
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class GuardedDeleteBulkAction(ListingPermissionRequired, DeleteBulkAction):
    """Wagtail's snippet delete action, under the rule (same action type: it
    takes the place of Wagtail's for every snippet model)."""
