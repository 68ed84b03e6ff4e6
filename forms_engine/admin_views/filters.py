"""The inbox's filters: form page, status, overdue, assigned to me. Shared by the list and the export."""

from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from forms_engine.models import NotificationStatus, Submission, SubmissionStatus


class InboxFilterForm(forms.Form):
    page = forms.ModelChoiceField(queryset=Page.objects.none(), required=False, label=_("Form"))
    status = forms.ChoiceField(required=False, label=_("Status"))
    overdue = forms.BooleanField(required=False, label=_("Overdue only"))
    mine = forms.BooleanField(required=False, label=_("Assigned to me"))

    def __init__(self, *args, visible=None, **kwargs):
        super().__init__(*args, **kwargs)
        page_ids = visible.values("page_id") if visible is not None else []
        self.fields["page"].queryset = Page.objects.filter(pk__in=page_ids).order_by("title")
        self.fields["status"].choices = [("", _("All"))] + list(SubmissionStatus.choices)


def filtered_submissions(request):
    """The submissions the user may see, filtered by the request's GET parameters, and the bound filter form."""
    visible = Submission.objects.for_user(request.user)
    form = InboxFilterForm(request.GET or None, visible=visible)
    submissions = visible
    # Each valid filter applies on its own; an invalid one (a stale link) is shown with its error, not dropped with
    # the others.
    form.is_valid()
    data = getattr(form, "cleaned_data", {})  # unbound: no filters
    if data.get("page"):
        submissions = submissions.filter(page=data["page"])
    if data.get("status"):
        submissions = submissions.filter(status=data["status"])
    if data.get("overdue"):
        submissions = submissions.overdue()
    if data.get("mine"):
        submissions = submissions.filter(assigned_to=request.user)
    submissions = (
        submissions.select_related("page", "assigned_to")
        .annotate(
            failed_emails=Count(
                "notifications",
                filter=Q(notifications__status__in=[NotificationStatus.FAILED, NotificationStatus.GAVE_UP]),
            )
        )
        .order_by("-submit_time", "-pk")
    )
    return form, submissions
