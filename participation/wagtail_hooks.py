from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from forms_engine.admin_views.inbox import SUBMISSION_ACTIONS_HOOK
from forms_engine.handling import FOLLOW_UP_HOOK
from forms_engine.models.attachments import PRIVATE_FILES_HOOK
from forms_engine.retention import PERSONAL_DATA_ERASE_HOOK, PERSONAL_DATA_FIND_HOOK, RETENTION_ERASE_HOOK
from participation.alerts import personal_data as alert_personal_data
from participation.follow_ups import create_from_submission
from participation.models import Agreement, Area, Assignment, RegisterProfile, TargetGroup
from participation.register import agreements, claims_views
from participation.register import assignments as register_assignments
from participation.register import claims as register_claims
from participation.register import personal_data as register_personal_data
from participation.register.assignment_views import AssignmentViewSet
from participation.register.assignment_views import submission_actions as assignment_actions
from participation.register.permissions import RegisterPermissionPolicy, may_use_register
from participation.register.views import LIST_ACTION, VIEW_ACTION, RegisterViewSet, submission_actions
from participation.statistics.views import StatisticsReportView, user_can_view_statistics


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]


class AreaViewSet(SnippetViewSet):
    model = Area
    icon = "site"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TargetGroupViewSet, AreaViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomies")
    menu_name = "taxonomies"


register_snippet(TaxonomyViewSetGroup)

# The inbox's "Create a follow-up" makes a draft follow-up page here.
hooks.register(FOLLOW_UP_HOOK, create_from_submission)

# The personal-data tool finds, exports and erases alert subscriptions too.
hooks.register(PERSONAL_DATA_FIND_HOOK, alert_personal_data.find)
hooks.register(PERSONAL_DATA_ERASE_HOOK, alert_personal_data.erase)

# The register of experts by experience: only for users with its permission, never for other coordinators.
register_permission_policy(RegisterProfile, RegisterPermissionPolicy(RegisterProfile), exact_class=True)
# An application in the inbox can be added to the register; the personal-data tool and the nightly erasure take in
# its profiles.
hooks.register(SUBMISSION_ACTIONS_HOOK, submission_actions)
hooks.register(PERSONAL_DATA_FIND_HOOK, register_personal_data.find)
hooks.register(PERSONAL_DATA_ERASE_HOOK, register_personal_data.erase)
hooks.register(RETENTION_ERASE_HOOK, register_personal_data.erase_expired)
# Assignments made from orders (or by hand) are the register's too: the same permission, the same access log.
register_permission_policy(Assignment, RegisterPermissionPolicy(Assignment), exact_class=True)
hooks.register(SUBMISSION_ACTIONS_HOOK, assignment_actions)


# Agreements with the people of the register (participation.register.agreements): templates, sending, the
# coordinators' view, the person's access log and the personal-data export.
register_snippet(agreements.AgreementTemplateViewSet)
register_permission_policy(Agreement, agreements.AgreementPermissionPolicy(Agreement), exact_class=True)
hooks.register("register_snippet_listing_buttons", agreements.register_listing_buttons)

REGISTER_MENU_HOOK = "register_register_menu_item"


class RegisterViewSetGroup(SnippetViewSetGroup):
    """The register in one admin menu: its people, assignments, agreements and fee and travel claims (the claims'
    item through `REGISTER_MENU_HOOK`), each shown only to the register's users."""

    items = (RegisterViewSet, AssignmentViewSet, agreements.AgreementViewSet)
    menu_label = pgettext_lazy("register menu", "Register")
    menu_name = "register-group"
    menu_icon = "group"
    menu_order = 160  # after the inbox
    submenu_hook = REGISTER_MENU_HOOK


register_snippet(RegisterViewSetGroup)
hooks.register("register_log_actions", agreements.register_agreement_log_actions)
hooks.register(PERSONAL_DATA_FIND_HOOK, agreements.find)


@hooks.register("register_log_actions")
def register_register_log_actions(actions):
    actions.register_action(VIEW_ACTION, _("View"), _("Viewed"))
    actions.register_action(LIST_ACTION, _("Shown in a list"), _("Shown in the register's list"))
    for action, label, message in register_assignments.LOG_ACTIONS:
        actions.register_action(action, label, message)


@hooks.register("load_demo_content")
def load_demo_content(loader):
    # Imported here so that the demo texts are read only when the demo site is built.
    from participation.demo_content import load_participation_content
    from participation.demo_forms import load_forms_content

    load_participation_content(loader)
    load_forms_content(loader)


@hooks.register("load_demo_content")
def load_surveys_demo_content(loader):
    from participation.demo_surveys import load_surveys_content

    load_surveys_content(loader)


@hooks.register("load_demo_content")
def load_agreements_demo_content(loader):
    from participation.demo_agreements import load_agreement_templates

    load_agreement_templates(loader)


@hooks.register("load_demo_content")
def load_register_demo_content(loader):
    # After the taxonomy, the coordinators and the agreement templates, which the register's people use.
    from participation.demo_register import load_register_content

    load_register_content(loader)


@hooks.register("load_demo_content")
def load_statistics_demo_content(loader):
    from participation.demo_statistics import load_statistics_page

    load_statistics_page(loader)


class StatisticsReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_view_statistics(request.user)


@hooks.register("register_admin_urls")
def register_statistics_report_url():
    return [path("reports/participation-in-figures/", StatisticsReportView.as_view(), name="participation_statistics")]


@hooks.register("register_reports_menu_item")
def register_statistics_report_menu_item():
    return StatisticsReportMenuItem(
        _("Participation in figures"),
        reverse("participation_statistics"),
        name="participation-in-figures",
        icon_name="table",
        order=650,
    )


@hooks.register("register_permissions")
def register_statistics_permission():
    return Permission.objects.filter(content_type__app_label="participation", codename="view_participation_statistics")


# Fee and travel claims (participation/register/claims_views.py): the register's users approve and export them.
@hooks.register("register_admin_urls")
def register_claims_urls():
    return [path("claims/", include(claims_views.admin_urlpatterns))]


class ClaimsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_use_register(request.user)


@hooks.register(REGISTER_MENU_HOOK)
def register_claims_menu_item():
    return ClaimsMenuItem(
        _("Fee and travel claims"), reverse("register_claims:index"), name="claims", icon_name="tasks", order=4
    )


hooks.register(PERSONAL_DATA_FIND_HOOK, register_claims.find)
# The claims' tickets share the attachments' private storage: the nightly sweep of orphaned files keeps them.
hooks.register(PRIVATE_FILES_HOOK, register_claims.files_in_use)


@hooks.register("register_log_actions")
def register_claim_log_actions(actions):
    actions.register_action(claims_views.CLAIM_VIEW_ACTION, _("View claim"), _("Claim viewed"))
    actions.register_action(claims_views.CLAIM_FILE_ACTION, _("Open ticket"), _("Ticket opened"))
    actions.register_action(claims_views.CLAIM_APPROVE_ACTION, _("Approve claim"), _("Claim approved"))
    actions.register_action(claims_views.CLAIM_RETURN_ACTION, _("Return claim"), _("Claim returned"))
    actions.register_action(claims_views.CLAIM_EXPORT_ACTION, _("Export claim"), _("Claim sent to payroll"))
