"""Choosers that check who may see what they list.

Wagtail's snippet choosers check no permission: any admin user could list
and search pending submissions (by email too) through them. Submissions'
choosers answer only to those who may moderate them."""

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views.chooser import SnippetChooserViewSet


def may_moderate(user, model):
    return user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")


class ModeratorsOnly:
    def dispatch(self, request, *args, **kwargs):
        if not may_moderate(request.user, self.model_class):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def moderators_only(view_class):
    return type(view_class.__name__, (ModeratorsOnly, view_class), {})


class SubmissionChooserViewSet(SnippetChooserViewSet):
    choose_view_class = moderators_only(SnippetChooserViewSet.choose_view_class)
    choose_results_view_class = moderators_only(
        SnippetChooserViewSet.choose_results_view_class
    )
    chosen_view_class = moderators_only(SnippetChooserViewSet.chosen_view_class)
    chosen_multiple_view_class = moderators_only(
        SnippetChooserViewSet.chosen_multiple_view_class
    )
    create_view_class = moderators_only(SnippetChooserViewSet.create_view_class)
