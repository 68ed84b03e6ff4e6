"""The dashboard's inbox panel: how many submissions routed to the coordinator wait for an answer, and how many
of them are overdue, each linking to the inbox filtered that way."""

from django.apps import apps
from django.urls import reverse
from wagtail.admin.ui.components import Component

from forms_engine.models import FormPageBase, RoutingRule, Submission


def is_coordinator(user):
    """Whether one of the user's groups receives submissions: named by a form page or a routing rule, or
    routed to before. Editors' groups are not coordinator groups."""
    in_group = {"group__user": user}
    if Submission.groups.through.objects.filter(**in_group).exists():
        return True
    if RoutingRule.objects.filter(**in_group).exists():
        return True
    form_page_models = [model for model in apps.get_models() if issubclass(model, FormPageBase)]
    return any(model.coordinator_groups.through.objects.filter(**in_group).exists() for model in form_page_models)


class InboxPanel(Component):
    name = "inbox"
    template_name = "forms_engine/admin/inbox_panel.html"
    order = 50  # above Wagtail's own panels: answering residents comes first

    def __init__(self, user):
        self.user = user

    @staticmethod
    def is_shown_to(user):
        """Coordinators and superusers; nobody else has submissions to answer."""
        return user.is_superuser or is_coordinator(user)

    def get_context_data(self, parent_context):
        submissions = Submission.objects.for_user(self.user)
        inbox = reverse("forms_engine_inbox:index")
        return {
            "waiting": submissions.waiting().count(),
            "overdue": submissions.overdue().count(),
            "waiting_url": f"{inbox}?waiting=on",
            "overdue_url": f"{inbox}?overdue=on",
        }
