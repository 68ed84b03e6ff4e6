"""CSV and XLSX export of the inbox, with the same filters and permissions as the list (`InboxView`)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from forms_engine.admin_views.inbox import InboxView
from forms_engine.models import EventKind, SubmissionEvent
from portal.spreadsheets import spreadsheet_response


def rows(submissions):
    submissions = list(submissions)
    answer_names = []
    for submission in submissions:
        for name in submission.form_data:
            if name not in answer_names:
                answer_names.append(name)
    yield [
        _("Reference"),
        _("Form"),
        _("Submitted"),
        _("Status"),
        _("Due date"),
        _("Assigned to"),
        _("Email"),
        _("Channel of intake"),
        _("Recorded by"),
    ] + answer_names
    for submission in submissions:
        answers = [submission.form_data.get(name, "") for name in answer_names]
        yield [
            submission.reference,
            submission.page.title,
            timezone.localtime(submission.submit_time).strftime("%Y-%m-%d %H:%M"),
            submission.state_label(),
            "" if submission.is_sign_up or not submission.needs_reply else submission.due_date.isoformat(),
            submission.assigned_to.get_username() if submission.assigned_to else "",
            submission.email,
            submission.get_intake_channel_display(),
            submission.recorded_by.get_username() if submission.recorded_by else "",
        ] + [", ".join(map(str, value)) if isinstance(value, list) else str(value) for value in answers]


class InboxExportView(InboxView):
    """The inbox's listing as a file: the same submissions, filters and order, every page of them."""

    paginate_by = None

    def get(self, request, *args, **kwargs):
        return export(request, self.get_queryset())


def export(request, submissions):
    submissions = list(submissions)
    SubmissionEvent.objects.bulk_create(
        [
            SubmissionEvent(submission=submission, user=request.user, kind=EventKind.EXPORTED)
            for submission in submissions
        ]
    )
    return spreadsheet_response(rows(submissions), "submissions", request.GET.get("format"))
