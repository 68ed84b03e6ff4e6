"""Personal data: erasing submissions after their retention date, everything about one email address, and one
submission by its reference (for someone who gave no email).

Erasing a submission erases the files sent with it (`forms_engine.models.attachments`), whatever the path; the
daily erasure also removes any file no attachment names (left by a process that stopped between the two).

The erasure runs as a daily background task: `erase_expired_submissions` schedules its next run for the next
night whenever it runs, and `schedule_daily_erasure` (after `migrate`) starts the chain when none is waiting.
With a backend that cannot defer tasks, run `manage.py erase_expired_submissions` daily from cron instead.

Other apps keep personal data of their own (participation's alert subscriptions); they take part in a data-subject
request through two Wagtail hooks, so that this module need not know them:
- `PERSONAL_DATA_FIND_HOOK`: `function(email)` returns a list of plain-data dicts of the subscriptions stored
  about `email` (shown and exported with the follow-up subscriptions); a dict with a `kind` (and a `summary`) is
  listed by them in the tool, so that the administrator sees what was found;
- `PERSONAL_DATA_ERASE_HOOK`: `function(email)` erases them and returns how many; it runs inside the erasure's
  transaction, so everything is erased or nothing.
Their own retention joins the same nightly run through a third:
- `RETENTION_ERASE_HOOK`: `function(today)` erases what is kept until before `today` and returns how many; it runs
  inside the nightly erasure's transaction.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from wagtail import hooks

from forms_engine.models import Notification, Submission, Subscription
from forms_engine.models.attachments import erase_orphaned_files
from forms_engine.nightly import schedule_nightly

PERSONAL_DATA_FIND_HOOK = "find_personal_data_of_email"
PERSONAL_DATA_ERASE_HOOK = "erase_personal_data_of_email"
RETENTION_ERASE_HOOK = "erase_expired_personal_data"


def erase_expired(today=None):
    """Erase submissions whose retention date has passed, with their events and emails, the emails of no
    submission or subscription (password resets) once their links have expired, and what other apps keep past its
    retention date (`RETENTION_ERASE_HOOK`). Returns how many submissions."""
    today = today or timezone.localdate()
    with transaction.atomic():
        expired = Submission.objects.filter(retain_until__lt=today)
        count = expired.count()
        expired.delete()
        standalone_emails_expired().delete()
        for erase in hooks.get_hooks(RETENTION_ERASE_HOOK):
            erase(today)
    erase_orphaned_files()
    return count


def standalone_emails_expired(now=None):
    """Emails that belong to no submission or subscription, older than a password reset link lives: a stored link
    is a way into an account, so it is kept no longer than it works."""
    cutoff = (now or timezone.now()) - datetime.timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)
    return Notification.objects.filter(submission=None, subscription=None, created_at__lt=cutoff)


@task(priority=10)
def erase_expired_submissions():
    try:
        return erase_expired()
    finally:  # tomorrow's run is queued even if tonight's failed: erasure must not stop silently
        schedule_daily_erasure(force=True)


def schedule_daily_erasure(force=False):
    """Queue the next erasure for tonight, unless one is already waiting."""
    return schedule_nightly(erase_expired_submissions, force=force)


def notifications_to(email):
    """The emails sent to exactly this address (not to addresses that merely contain it)."""
    email = email.strip().casefold()
    candidates = Notification.objects.filter(recipients__icontains=email)
    return [n for n in candidates if email in (address.casefold() for address in n.recipient_list)]


def submission_data(submission):
    """One submission as plain data for an export."""
    return {
        "reference": submission.reference,
        "form": submission.page.title,
        "submitted": submission.submit_time,
        "status": submission.status,
        "answers": submission.form_data,
        "consent": submission.consent_text,
        "consent_at": submission.consent_at,
        "answer": submission.answer,
        "kept_until": submission.retain_until,
        "channel_of_intake": submission.intake_channel,
        # The files themselves are given from the inbox, where each can be opened.
        "attachments": [
            {"field": file.field_name, "file_name": file.original_name, "kind": file.kind, "size": file.size}
            for file in submission.attachments.all()
        ],
    }


def personal_data(email):
    """Everything stored about `email`, as plain data for an export."""
    submissions = Submission.objects.with_email(email).select_related("page").prefetch_related("attachments")
    return {
        "email": email,
        "submissions": [submission_data(submission) for submission in submissions],
        "subscriptions": [
            {
                "page": subscription.page.title,
                "confirmed_at": subscription.confirmed_at,
                "created_at": subscription.created_at,
            }
            for subscription in Subscription.objects.filter(email__iexact=email).select_related("page")
        ]
        + [found for find in hooks.get_hooks(PERSONAL_DATA_FIND_HOOK) for found in find(email)],
        "emails": [
            {"subject": notification.subject, "created_at": notification.created_at, "status": notification.status}
            for notification in notifications_to(email)
        ],
    }


def personal_data_by_reference(reference):
    """The submission with `reference` (for someone who gave no email: by phone, on paper, a child's anonymous
    answer) and the emails about it, as plain data for an export; its "submissions" is empty if there is none."""
    submissions = Submission.objects.filter(reference=reference).select_related("page").prefetch_related("attachments")
    return {
        "reference": reference,
        "submissions": [submission_data(submission) for submission in submissions],
        "subscriptions": [],
        "emails": [
            {"subject": notification.subject, "created_at": notification.created_at, "status": notification.status}
            for notification in Notification.objects.filter(submission__reference=reference)
        ],
    }


def erase_reference(reference):
    """Erase the submission with `reference`, with its files, history and emails (they go with it)."""
    with transaction.atomic():
        submissions = Submission.objects.filter(reference=reference)
        submission_count = submissions.count()
        submissions.delete()
    return {"submissions": submission_count, "subscriptions": 0}


def erase_email(email):
    """Erase every submission, subscription and email stored about `email`."""
    with transaction.atomic():
        submissions = Submission.objects.with_email(email)
        submission_count = submissions.count()
        submissions.delete()
        subscriptions = Subscription.objects.filter(email__iexact=email)
        subscription_count = subscriptions.count()
        subscriptions.delete()
        subscription_count += sum(erase(email) for erase in hooks.get_hooks(PERSONAL_DATA_ERASE_HOOK))
        Notification.objects.filter(pk__in=[notification.pk for notification in notifications_to(email)]).delete()
    return {"submissions": submission_count, "subscriptions": subscription_count}
