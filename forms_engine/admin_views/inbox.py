"""The coordinator inbox in the Wagtail admin: list, detail with handling actions, export."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from forms_engine import handling
from forms_engine.admin_views.filters import filtered_submissions
from forms_engine.models import EventKind, Submission, SubmissionStatus
from forms_engine.notifications import retry_unsent

PER_PAGE = 50


def index(request):
    form, submissions = filtered_submissions(request)
    page = Paginator(submissions, PER_PAGE).get_page(request.GET.get("p"))
    context = {
        "page_title": _("Inbox"),
        "header_icon": "mail",
        "filter_form": form,
        "submissions": page,
        "query": request.GET.urlencode(),
    }
    return TemplateResponse(request, "forms_engine/admin/inbox.html", context)


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=gettext_lazy("Answer to the resident"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=gettext_lazy("Emailed to the resident if they gave an address, and shown on their status page."),
    )


class NoteForm(forms.Form):
    note = forms.CharField(label=gettext_lazy("Internal note"), widget=forms.Textarea(attrs={"rows": 3}))


def coordinators(submission):
    return (
        get_user_model()
        .objects.filter(groups__in=submission.groups.all(), is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def visible_submission(request, pk):
    """The submission if it is routed to the user's groups; otherwise a 404, as if it did not exist."""
    submissions = Submission.objects.for_user(request.user).select_related("page", "assigned_to", "follow_up")
    return get_object_or_404(submissions, pk=pk)


@require_http_methods(["GET", "POST"])
def detail(request, pk):
    submission = visible_submission(request, pk)
    if request.method == "POST":
        response = handle_action(request, submission)
        if response is not None:
            return response
        return redirect("forms_engine_inbox:detail", pk=pk)
    submission.record(EventKind.VIEWED, request.user)
    form_page = submission.page.specific
    labels = dict(form_page.get_data_fields()) if hasattr(form_page, "get_data_fields") else {}
    context = {
        "page_title": submission.reference,
        "header_icon": "mail",
        "submission": submission,
        "answers": [(labels.get(name, name), value) for name, value in submission.form_data.items()],
        "statuses": SubmissionStatus.choices,
        "coordinators": coordinators(submission),
        "answer_form": AnswerForm(initial={"answer": submission.answer}),
        "note_form": NoteForm(),
        "events": submission.events.select_related("user"),
        "notifications": submission.notifications.all(),
        "groups": submission.groups.all(),
    }
    return TemplateResponse(request, "forms_engine/admin/detail.html", context)


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
        assignee_id = request.POST.get("assignee", "")
        assignee = None
        if assignee_id.isdecimal():
            assignee = coordinators(submission).filter(pk=assignee_id).first()
            if assignee is None and str(user.pk) == assignee_id:
                assignee = user
        if assignee_id and assignee is None:
            messages.error(request, _("Choose a coordinator of the groups this submission is routed to."))
        else:
            handling.assign(submission, assignee, user)
            messages.success(request, _("Assignment changed."))
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
