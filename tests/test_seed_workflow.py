"""The seed leaves no moderation workflow that the demo accounts cannot run
to the end (Wagtail's default "Moderators approval" has no approver here)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Page, Workflow

from access.roles import COMMUNICATION
from home.seed.loader import ContentLoader
from home.seed.workflows import retire_unapprovable_workflows
from presentation.models import ContentPage
from tests.factories import make_member

pytestmark = pytest.mark.django_db


def test_no_page_is_under_a_workflow_nobody_can_approve():
    for page in Page.objects.filter(depth__gt=1):
        assert page.get_workflow() is None, page


def test_communication_publishes_without_getting_stuck(client):
    page = ContentPage.objects.get(slug="le-partenariat")
    client.force_login(make_member(COMMUNICATION, "comms-workflow"))
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="action-submit"' not in editor  # no "Submit for moderation"
    assert 'name="action-publish"' in editor


def test_the_default_workflow_is_retired_again_and_a_staffed_one_kept():
    moderators = Group.objects.get(name="Moderators")
    default = Workflow.objects.get(name="Moderators approval")
    default.active = True
    default.save()
    default.workflow_pages.create(page=Page.objects.get(depth=1))
    staffed = Workflow.objects.create(name="Relecture")
    task = GroupApprovalTask.objects.create(name="Relecture Communication")
    task.groups.add(Group.objects.get(name=COMMUNICATION))
    staffed.workflow_tasks.create(task=task, sort_order=0)
    make_member(COMMUNICATION, "reviewer")

    ContentLoader().run()  # what `make run` does every time

    default.refresh_from_db()
    staffed.refresh_from_db()
    assert not default.active and not default.workflow_pages.exists()
    assert staffed.active
    assert retire_unapprovable_workflows() == []
    assert not moderators.user_set.exists()
