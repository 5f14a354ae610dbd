"""Keep translators off the French source of snippets.

Snippet permissions are per model, not per language: a translator who may
change English sessions could otherwise change French ones too. Pages need no
such rule: translators' page permissions cover only the English tree.
"""

from wagtail.models import Locale, PagePermissionTester
from wagtail.permission_policies import ModelPermissionPolicy

from site_config.request_memo import kept_on

from .roles import COMMUNICATION, TRANSLATORS


def is_translator_only(user):
    """A member of Translators without a role that may edit the source."""
    if not user.is_active or user.is_superuser:
        return False

    def compute():
        groups = set(user.groups.values_list("name", flat=True))
        return TRANSLATORS in groups and COMMUNICATION not in groups

    return kept_on(user, "translator_only", compute)


class SourceLocalePermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that translators cannot act on source objects."""

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return not (
            is_translator_only(user) and instance.locale_id == Locale.get_default().pk
        )


class TranslatorPagePermissionTester(PagePermissionTester):
    """Translators translate and publish English pages; deleting, unpublishing,
    moving, copying and privacy belong to Communication, whose changes to the
    French page reach the English one (translations.facts)."""

    def _refused(self):
        return is_translator_only(self.user)

    def can_delete(self, ignore_bulk=False):
        return not self._refused() and super().can_delete(ignore_bulk)

    def can_unpublish(self):
        return not self._refused() and super().can_unpublish()

    def can_set_view_restrictions(self):
        return not self._refused() and super().can_set_view_restrictions()

    def can_move(self):
        return not self._refused() and super().can_move()

    def can_move_to(self, destination):
        return not self._refused() and super().can_move_to(destination)

    def can_copy(self):
        return not self._refused() and super().can_copy()

    def can_copy_to(self, destination, recursive=False):
        return not self._refused() and super().can_copy_to(destination, recursive)

    def can_reorder_children(self):
        return not self._refused() and super().can_reorder_children()


class GuardedPageMixin:
    """Page types whose admin actions follow the roles above."""

    def permissions_for_user(self, user):
        return TranslatorPagePermissionTester(user, self)
