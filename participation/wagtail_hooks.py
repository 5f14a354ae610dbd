"""Moderation of public submissions in the Wagtail admin: listings with
filters, accept/reject in bulk or from the edit view (after editing), and a
dashboard panel with what is pending."""

from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.action_menu import ActionMenuItem
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from access.bulk_actions import ListingPermissionRequired
from access.choosers import SubmissionChooserViewSet

from . import moderation
from .models import Event, Proposal

MODERATED = (Proposal, Event)


class ProposalViewSet(SnippetViewSet):
    model = Proposal
    chooser_viewset_class = SubmissionChooserViewSet
    icon = "form"
    menu_label = _("Session proposals")
    list_display = [
        "title",
        "name",
        "organisation_type",
        "country",
        "status",
        "submitted_at",
    ]
    list_filter = ["status", "format", "theme", "organisation_type", "reply_language"]
    list_per_page = 50
    ordering = ["-submitted_at"]
    # Searched in the database, not the search index: personal data stays out
    # of the index, and an erased submission leaves nothing behind.
    search_fields = ["title", "name", "organisation", "email"]
    search_backend_name = None


class EventViewSet(SnippetViewSet):
    model = Event
    chooser_viewset_class = SubmissionChooserViewSet
    icon = "date"
    menu_label = _("Week events")
    list_display = ["title", "organiser", "country", "start", "status", "submitted_at"]
    list_filter = ["status", "kind", "organiser_type", "country", "reply_language"]
    list_per_page = 50
    ordering = ["-submitted_at"]
    search_fields = ["title", "organiser", "city", "contact_email"]
    search_backend_name = None


class ParticipationGroup(SnippetViewSetGroup):
    menu_label = _("Participation")
    menu_icon = "group"
    menu_order = 210
    items = (ProposalViewSet, EventViewSet)


register_snippet(ParticipationGroup)


# Decisions -------------------------------------------------------------------


class DecisionMenuItem(ActionMenuItem):
    """ "Save and accept" / "Save and reject" in the edit view: staff may
    correct a submission, then decide in one step."""

    def is_shown(self, context):
        instance = context.get("instance")
        return (
            context.get("view") == "edit"
            and isinstance(instance, MODERATED)
            and instance.status != self.status
            and super().is_shown(context)
        )


class AcceptMenuItem(DecisionMenuItem):
    name = "action-accept"
    label = _("Save and accept")
    icon_name = "check"
    status = "accepted"
    order = 10


class RejectMenuItem(DecisionMenuItem):
    name = "action-reject"
    label = _("Save and reject")
    icon_name = "cross"
    status = "rejected"
    order = 20


@hooks.register("register_snippet_action_menu_item")
def accept_menu_item(model):
    return AcceptMenuItem() if model in MODERATED else None


@hooks.register("register_snippet_action_menu_item")
def reject_menu_item(model):
    return RejectMenuItem() if model in MODERATED else None


def announce_acceptance(request, submission):
    """Say what accepting did, with a link to the draft session it created."""
    session = getattr(submission, "session", None)
    if session is None:
        messages.success(request, _("Accepted: the submitter is told by email."))
        return
    url = reverse(session.snippet_viewset.get_url_name("edit"), args=[session.pk])
    messages.success(
        request,
        format_html(
            '{} <a href="{}">{}</a>',
            _(
                "Proposal accepted: the submitter is told by email and the draft "
                "session “%(title)s” was created. Give it its time and room, then "
                "set it to Scheduled to publish it."
            )
            % {"title": session.title},
            url,
            _("Open the draft session"),
        ),
    )


@hooks.register("after_edit_snippet")
def decide_after_edit(request, instance):
    if not isinstance(instance, MODERATED):
        return None
    if "action-accept" in request.POST:
        if moderation.accept(instance, request.user):
            announce_acceptance(request, instance)
    elif "action-reject" in request.POST:
        moderation.reject(instance, request.user)
    return None


class DecisionBulkAction(ListingPermissionRequired, SnippetBulkAction):
    models = list(MODERATED)
    template_name = "participation/admin/confirm_bulk_decision.html"

    def check_perm(self, snippet):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", snippet
        )

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        changed = sum(
            moderation.decide(submission, cls.status, user) for submission in objects
        )
        return changed, 0

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "decision": self.display_name}


@hooks.register("register_bulk_action")
class AcceptBulkAction(DecisionBulkAction):
    display_name = _("Accept")
    aria_label = _("Accept the selected submissions")
    action_type = "accept"
    status = "accepted"
    action_priority = 10

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d submission accepted.",
            "%(count)d submissions accepted.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


@hooks.register("register_bulk_action")
class RejectBulkAction(DecisionBulkAction):
    display_name = _("Reject")
    aria_label = _("Reject the selected submissions")
    action_type = "reject"
    status = "rejected"
    action_priority = 20

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d submission rejected.",
            "%(count)d submissions rejected.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


# Dashboard -------------------------------------------------------------------


class PendingSubmissionsPanel(Component):
    name = "pending_submissions"
    template_name = "participation/admin/pending_panel.html"
    order = 90

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        rows = []
        for viewset in (ProposalViewSet, EventViewSet):
            model = viewset.model
            rows.append(
                {
                    "label": model._meta.verbose_name_plural,
                    "icon": viewset.icon,
                    "pending": model.objects.filter(status=model.SUBMITTED).count(),
                    "url": model.snippet_viewset.get_url_name("list"),
                }
            )
        return {"rows": rows}


@hooks.register("construct_homepage_panels")
def add_pending_panel(request, panels):
    user = request.user
    if any(
        user.has_perm(f"participation.change_{m._meta.model_name}") for m in MODERATED
    ):
        panels.append(PendingSubmissionsPanel(user))
