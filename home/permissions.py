"""Keep translators off the French source of snippets.

Snippet permissions are per model, not per language: a translator who may
change English sessions could otherwise change French ones too. Pages need no
such rule: translators' page permissions cover only the English tree.
"""

from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from .request_memo import kept_on
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
