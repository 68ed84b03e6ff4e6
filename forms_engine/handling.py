"""What coordinators and residents do to a submission after it is sent. Every change is recorded."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail import hooks

from forms_engine.models import EventKind, Place, Submission, SubmissionStatus
from forms_engine.notifications import queue_email

# The app that owns follow-up pages registers a function `create(submission, user)` under this Wagtail hook that
# creates a draft follow-up page for the submission and returns it, or None when it cannot (participation does,
# in participation/wagtail_hooks.py).
FOLLOW_UP_HOOK = "create_follow_up_from_submission"


def public_status_url(request, submission):
    with translation.override(submission.language):
        return request.build_absolute_uri(reverse("forms_engine:status", args=[submission.token]))


def change_status(submission, status, user):
    if status == submission.status or status not in SubmissionStatus.values:
        return
    with transaction.atomic():
        old = submission.get_status_display()
        submission.status = status
        submission.save(update_fields=["status"])
        submission.record(EventKind.STATUS, user, f"{old} → {submission.get_status_display()}")


def assign(submission, assignee, user):
    with transaction.atomic():
        submission.assigned_to = assignee
        submission.save(update_fields=["assigned_to"])
        submission.record(
            EventKind.ASSIGNED, user, assignee.get_full_name() or assignee.get_username() if assignee else ""
        )


def add_note(submission, text, user):
    submission.record(EventKind.NOTE, user, text)


def answer(submission, text, user, request):
    """Save the public answer, mark the submission answered and email the resident if they gave an address."""
    with transaction.atomic():
        submission.answer = text
        # The first answer's time is what "time to answer" in the statistics measures; later edits keep it.
        submission.answered_at = submission.answered_at or timezone.now()
        previous = submission.status
        submission.status = SubmissionStatus.ANSWERED
        submission.save(update_fields=["answer", "answered_at", "status"])
        submission.record(EventKind.ANSWERED, user, text)
        if previous != SubmissionStatus.ANSWERED:
            submission.record(
                EventKind.STATUS, user, f"{SubmissionStatus(previous).label} → {SubmissionStatus.ANSWERED.label}"
            )
        context = {
            "submission": submission,
            "page": submission.page,
            "status_url": public_status_url(request, submission),
        }
        queue_email([submission.email], "answer", context, submission.language, submission=submission)


def create_follow_up(submission, user):
    """A draft follow-up page for the submission, made by the first `FOLLOW_UP_HOOK` function that can, linked to
    the submission and recorded in one transaction. Returns the page, or None when none could make one."""
    for create in hooks.get_hooks(FOLLOW_UP_HOOK):
        with transaction.atomic():
            follow_up = create(submission, user)
            if follow_up is None:
                continue
            submission.follow_up = follow_up
            submission.save(update_fields=["follow_up"])
            submission.record(EventKind.FOLLOW_UP, user, follow_up.title)
        return follow_up
    return None


def cancel_place(submission, request):
    """The resident cancels a registration; the first on the waiting list gets the place and is told.

    Returns whether there was a registration to cancel.
    """
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission.pk)
        if submission.place not in (Place.CONFIRMED, Place.WAITING):
            return False
        had_place = submission.place == Place.CONFIRMED
        submission.place = Place.CANCELLED
        submission.status = SubmissionStatus.CLOSED
        submission.save(update_fields=["place", "status"])
        submission.record(EventKind.PLACE, None, _("Cancelled by the resident"))
        if had_place:
            promote_from_waiting_list(submission.page, request)
    return True


def promote_from_waiting_list(page, request):
    waiting = (
        Submission.objects.select_for_update()
        .filter(page__translation_key=page.translation_key, place=Place.WAITING)
        .order_by("submit_time", "pk")
        .first()
    )
    if waiting is None:
        return None
    waiting.place = Place.CONFIRMED
    waiting.save(update_fields=["place"])
    waiting.record(EventKind.PLACE, None, _("Moved from the waiting list to a confirmed place"))
    context = {"submission": waiting, "page": waiting.page.specific, "status_url": public_status_url(request, waiting)}
    queue_email([waiting.email], "promoted", context, waiting.language, submission=waiting)
    return waiting
