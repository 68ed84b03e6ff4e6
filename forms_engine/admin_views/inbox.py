"""The coordinator inbox in the Wagtail admin: a generic listing with filters, the detail with handling actions.

Routing decides who sees what: every view starts from `Submission.objects.for_user`, so a coordinator sees only
the submissions routed to their groups (superusers see all) and any other submission is a 404.

Other apps offer actions of their own on a submission through the Wagtail hook `SUBMISSION_ACTIONS_HOOK`:
`function(request, submission)` returns a list of `(label, url)` links shown under "Handling" (an empty list when
the user may not take them); the view behind each link checks its own permission again (participation's
"Add to the register" does).
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn, StatusFlagColumn, Table, TitleColumn, UserColumn
from wagtail.admin.views.generic import IndexView, WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton

from forms_engine import handling
from forms_engine.admin_views.filters import InboxFilterSet
from forms_engine.admin_views.intake import may_record
from forms_engine.models import EventKind, NotificationStatus, Submission, SubmissionStatus
from forms_engine.notifications import retry_unsent

# After an action the detail view redirects to itself; the session remembers which submission was acted on so
# that the page shown after the redirect is not recorded as another view.
ACTED_ON_SESSION_KEY = "forms_engine_inbox_acted_on"
SUBMISSION_ACTIONS_HOOK = "register_submission_actions"


class InboxTable(Table):
    def get_row_classname(self, instance):
        return "overdue" if instance.is_overdue else ""


class DueDateColumn(Column):
    cell_template_name = "forms_engine/admin/due_date_cell.html"


class InboxView(IndexView):
    """The submissions the user may see, newest first, filtered by `InboxFilterSet`."""

    model = Submission
    # Coordinators have no model permissions on submissions: routing (`get_base_queryset`) decides what they see.
    any_permission_required = None
    page_title = gettext_lazy("Inbox")
    header_icon = "mail"
    index_url_name = "forms_engine_inbox:index"
    index_results_url_name = "forms_engine_inbox:index_results"
    filterset_class = InboxFilterSet
    results_template_name = "forms_engine/admin/inbox_results.html"
    table_class = InboxTable
    search_fields = ["reference"]
    default_ordering = "-submit_time"
    paginate_by = 50
    context_object_name = "submissions"
    columns = [
        TitleColumn(
            "reference",
            label=gettext_lazy("Reference"),
            url_name="forms_engine_inbox:detail",
            classname="w-whitespace-nowrap",  # a reference is read as one word, never broken at its hyphens
        ),
        Column("page", label=gettext_lazy("Form"), accessor="page.title"),
        DateColumn("submit_time", label=gettext_lazy("Received"), sort_key="submit_time"),
        Column("status", label=gettext_lazy("Status"), accessor="state_label"),
        Column("intake_channel", label=gettext_lazy("Channel of intake"), accessor="get_intake_channel_display"),
        DueDateColumn("due_date", label=gettext_lazy("Due date"), sort_key="due_date"),
        UserColumn("assigned_to", label=gettext_lazy("Assigned to")),
        StatusFlagColumn(
            "failed_emails",
            label=gettext_lazy("Email delivery"),
            accessor=lambda submission: bool(submission.failed_emails),
            true_label=gettext_lazy("Sending failed"),
        ),
    ]

    def get_base_queryset(self):
        return (
            Submission.objects.for_user(self.request.user)
            .select_related("page", "assigned_to__wagtail_userprofile", "recorded_by")
            .annotate(
                failed_emails=Count(
                    "notifications",
                    filter=Q(notifications__status__in=[NotificationStatus.FAILED, NotificationStatus.GAVE_UP]),
                )
            )
        )

    def order_queryset(self, queryset):
        # The primary key breaks ties, so that pages do not repeat or skip submissions sent in the same second.
        ordering = self.ordering or self.default_ordering
        return queryset.order_by(ordering, "-pk" if ordering.startswith("-") else "pk")

    def filter_queryset(self, queryset):
        # Each valid filter applies on its own; an invalid one (a stale link) is shown with its error instead of
        # dropping the others, as Wagtail would.
        if self.filters:
            self.filters.is_valid()
            queryset = self.filters.filter_queryset(queryset)
        return queryset

    def export_url(self, spreadsheet_format):
        query = self.request.GET.copy()
        for name in (self.page_kwarg, "_w_filter_fragment"):
            query.pop(name, None)
        query["format"] = spreadsheet_format
        return f"{reverse('forms_engine_inbox:export')}?{query.urlencode()}"

    @cached_property
    def header_buttons(self):
        buttons = []
        if may_record(self.request.user):
            buttons.append(
                HeaderButton(_("Record a submission"), url=reverse("forms_engine_inbox:record"), icon_name="plus")
            )
        buttons += [
            HeaderButton(_("Export CSV"), url=self.export_url("csv"), icon_name="download"),
            HeaderButton(_("Export XLSX"), url=self.export_url("xlsx"), icon_name="download"),
        ]
        if self.request.user.is_superuser:
            buttons.append(
                HeaderButton(
                    _("Personal data requests"), url=reverse("forms_engine_inbox:personal_data"), icon_name="user"
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = self.filters.form if self.filters else None
        context["filter_errors"] = [
            (form[name].label, " ".join(errors)) for name, errors in (form.errors.items() if form else [])
        ]
        return context


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=gettext_lazy("Answer to the resident"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=gettext_lazy("Emailed to the resident if they gave an address, and shown on their status page."),
    )


class NoteForm(forms.Form):
    note = forms.CharField(label=gettext_lazy("Internal note"), widget=forms.Textarea(attrs={"rows": 3}))


class AssigneeChoiceField(forms.ModelChoiceField):
    def __init__(self, *args, me=None, **kwargs):
        self.me = me
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        name = obj.get_full_name() or obj.get_username()
        return _("Me (%(name)s)") % {"name": name} if obj == self.me else name


class AssignForm(forms.Form):
    """Who handles the submission: a coordinator of its groups or the user themself (a superuser, say). The
    current assignee stays a choice, so the select always shows who it is."""

    def __init__(self, *args, submission, user, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = Q(pk__in=coordinators(submission).values("pk")) | Q(pk=user.pk)
        if submission.assigned_to_id:
            allowed |= Q(pk=submission.assigned_to_id)
        users = get_user_model().objects.filter(allowed).order_by("first_name", "last_name", "username")
        self.fields["assignee"] = AssigneeChoiceField(
            users,
            me=user,
            required=False,
            label=_("Assigned to"),
            empty_label=_("Nobody"),
            initial=submission.assigned_to_id,
            error_messages={"invalid_choice": _("Choose a coordinator of the groups this submission is routed to.")},
        )


def coordinators(submission):
    return (
        get_user_model()
        .objects.filter(groups__in=submission.groups.all(), is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def visible_submission(request, pk):
    """The submission if it is routed to the user's groups; otherwise a 404, as if it did not exist."""
    submissions = Submission.objects.for_user(request.user).select_related(
        "page", "assigned_to", "follow_up", "recorded_by"
    )
    return get_object_or_404(submissions, pk=pk)


class SubmissionView(WagtailAdminTemplateMixin, TemplateView):
    """One submission: its answers, handling actions, emails and history. Each action posts here and redirects
    back; opening the page records "viewed" once per visit, not again after each action."""

    template_name = "forms_engine/admin/detail.html"
    header_icon = "mail"
    http_method_names = ["get", "post"]

    def dispatch(self, request, pk):
        self.submission = visible_submission(request, pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Submission %(reference)s") % {"reference": self.submission.reference}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse_lazy("forms_engine_inbox:index"), "label": _("Inbox")},
            {"url": "", "label": self.submission.reference},
        ]

    def get(self, request, pk):
        if request.session.pop(ACTED_ON_SESSION_KEY, None) != self.submission.pk:
            self.submission.record(EventKind.VIEWED, request.user)
        return super().get(request, pk)

    def post(self, request, pk):
        response = handle_action(request, self.submission)
        if response is not None:
            return response
        request.session[ACTED_ON_SESSION_KEY] = self.submission.pk
        return redirect("forms_engine_inbox:detail", pk=pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.submission
        form_page = submission.page.specific
        labels = dict(form_page.get_data_fields()) if hasattr(form_page, "get_data_fields") else {}
        context.update(
            {
                "submission": submission,
                "answers": [(labels.get(name, name), value) for name, value in submission.form_data.items()],
                "statuses": SubmissionStatus.choices,
                "assign_form": AssignForm(submission=submission, user=self.request.user),
                # Empty: the answer sent is shown above and in the history; a new one replaces it.
                "answer_form": AnswerForm(),
                "note_form": NoteForm(),
                "events": submission.events.select_related("user"),
                "notifications": submission.notifications.all(),
                "groups": submission.groups.all(),
                "attachments": submission.attachments.all(),
                "other_actions": [
                    action
                    for actions_for in hooks.get_hooks(SUBMISSION_ACTIONS_HOOK)
                    for action in actions_for(self.request, submission)
                ],
            }
        )
        return context


def handle_action(request, submission):
    action = request.POST.get("action")
    user = request.user
    if action == "status":
        status = request.POST.get("status")
        if status not in SubmissionStatus.values:
            messages.error(request, _("Choose a status."))
        elif status != submission.status:
            handling.change_status(submission, status, user)
            messages.success(request, _("Status changed."))
    elif action == "assign":
        form = AssignForm(request.POST, submission=submission, user=user)
        if form.is_valid():
            handling.assign(submission, form.cleaned_data["assignee"], user)
            messages.success(request, _("Assignment changed."))
        else:
            messages.error(request, " ".join(form.errors["assignee"]))
    elif action == "note":
        form = NoteForm(request.POST)
        if form.is_valid():
            handling.add_note(submission, form.cleaned_data["note"], user)
            messages.success(request, _("Note saved."))
        else:
            messages.error(request, _("Write a note first."))
    elif action == "answer":
        form = AnswerForm(request.POST)
        if form.is_valid():
            handling.answer(submission, form.cleaned_data["answer"], user, request)
            messages.success(request, _("Answer saved and sent."))
        else:
            messages.error(request, _("Write an answer first."))
    elif action == "follow_up":
        follow_up = submission.follow_up or handling.create_follow_up(submission, user)
        if follow_up is None:
            messages.error(request, _("There is no follow-up section to create the page in."))
        else:
            return redirect("wagtailadmin_pages:edit", follow_up.pk)
    elif action == "retry_email":
        if retry_unsent(submission.notifications.all()):
            messages.success(request, _("Unsent emails queued again."))
        else:
            messages.info(request, _("No email to send again: each one has been sent or is being sent right now."))
    return None
