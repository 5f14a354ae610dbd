"""No moderation workflow that nobody can finish.

Wagtail's migrations install "Moderators approval" on the root page (so on
every page of both languages), approved by the "Moderators" group. Nobody is
in that group here: a page submitted to it stayed locked for Communication
and only a superuser could approve it. The content loader retires every
active workflow with an approval step whose groups have no active member;
a workflow staff set up with real approvers is left alone.
"""

from django.contrib.auth.models import User
from wagtail.models import GroupApprovalTask, Workflow


def approvable(task):
    if not isinstance(task, GroupApprovalTask):
        return True
    return User.objects.filter(is_active=True, groups__in=task.groups.all()).exists()


def retire_unapprovable_workflows():
    """Deactivate them (in-progress moderation is cancelled, pages unlocked);
    returns their names."""
    retired = []
    for workflow in Workflow.objects.filter(active=True):
        tasks = [task.specific for task in workflow.tasks.filter(active=True)]
        if not all(approvable(task) for task in tasks):
            workflow.deactivate()
            retired.append(workflow.name)
    return retired
