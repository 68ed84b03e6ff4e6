from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page

from forms_engine.admin_views import attachments, export, inbox, intake, personal_data
from forms_engine.admin_views.panels import InboxPanel
from forms_engine.models import FormPageBase, Submission

inbox_urls = (
    [
        path("", inbox.InboxView.as_view(), name="index"),
        path("results/", inbox.InboxView.as_view(results_only=True), name="index_results"),
        path("<int:pk>/", inbox.SubmissionView.as_view(), name="detail"),
        path("<int:pk>/files/<str:key>/", attachments.attachment_view, name="attachment"),
        path("export/", export.InboxExportView.as_view(), name="export"),
        path("personal-data/", personal_data.personal_data_view, name="personal_data"),
        path("record/", intake.ChooseFormView.as_view(), name="record"),
        path("record/<int:page_id>/", intake.RecordView.as_view(), name="record_form"),
        path("record/done/<int:pk>/", intake.RecordedView.as_view(), name="record_done"),
    ],
    "forms_engine_inbox",
)


@hooks.register("register_admin_urls")
def register_inbox_urls():
    return [path("inbox/", include(inbox_urls))]


class InboxMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or request.user.groups.exists()


@hooks.register("register_admin_menu_item")
def register_inbox_menu_item():
    return InboxMenuItem(_("Inbox"), reverse("forms_engine_inbox:index"), name="inbox", icon_name="mail", order=150)


@hooks.register("construct_homepage_panels")
def add_inbox_panel(request, panels):
    if InboxPanel.is_shown_to(request.user):
        panels.append(InboxPanel(request.user))


@hooks.register("filter_form_submissions_for_user")
def hide_routed_forms_from_page_editors(user, form_pages):
    """Submissions of form pages are read in the inbox, where routing decides who sees them; the generic
    Forms listing would show them to anyone who may edit the page."""
    if user.is_superuser:
        return form_pages
    from wagtail.contrib.forms.utils import get_form_types

    routed = [ct for ct in get_form_types() if issubclass(ct.model_class(), FormPageBase)]
    return form_pages.exclude(content_type__in=routed)


def has_submissions(page):
    return Submission.objects.filter(page__in=page.get_descendants(inclusive=True)).exists()


def refuse_deletion(request, page):
    messages.error(
        request,
        gettext(
            "“%(title)s” cannot be deleted: it or a page under it has submissions from residents, which are kept "
            "until their retention period ends. Unpublish the page instead; it can be deleted once the "
            "submissions have been erased."
        )
        % {"title": page.get_admin_display_title()},
    )


@hooks.register("before_delete_page")
def protect_pages_with_submissions(request, page):
    """Submission.page is protected, so tell the editor why the page stays and what to do instead."""
    if has_submissions(page):
        refuse_deletion(request, page)
        return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def protect_pages_with_submissions_in_bulk(request, action_type, objects, action):
    """The explorer's bulk delete does not run `before_delete_page`."""
    if action_type != "delete" or not issubclass(action.model, Page):
        return None
    refused = [page for page in objects if has_submissions(page)]
    if not refused:
        return None
    for page in refused:
        refuse_deletion(request, page)
    # Without `next`, the action would return to its own URL, which needs the selected ids.
    explorer = reverse("wagtailadmin_explore", args=[refused[0].get_parent().pk])
    return redirect(get_valid_next_url_from_request(request) or explorer)
