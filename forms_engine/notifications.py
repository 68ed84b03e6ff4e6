"""Email in the background: queue a notification row and a task in the caller's transaction; send with retries.

With a persistent task backend (django-tasks-db) the task row is written in the same transaction as the
notification, so both exist or neither does. Sending takes three steps, and no database transaction is open
while the mail server is talked to:

1. claim: one conditional UPDATE turns a queued or failed row (or one left "sending" by a worker that died,
   past the lease) into "sending" with `claimed_at`; a worker that claims nothing has nothing to send;
2. send, bounded by EMAIL_TIMEOUT;
3. mark the row sent, or failed with a retry scheduled after a growing delay (visible in the inbox), both only
   if the row still carries this worker's claim.

Every email goes out at least once, and twice only if the worker dies between the mail server accepting it and
the row being marked sent: the row then stays "sending" until the lease runs out and is sent again. (The same
window opens when the connection breaks after the server took the message but before its reply arrived: the send
counts as failed and is retried. SMTP itself cannot close it.)
`recover_unsent` (run by the worker on start and every minute) gives every unsent email a task again when the
worker that had it died.
"""

import datetime
import logging
import time
from contextlib import suppress

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import DatabaseError, InterfaceError, OperationalError, connection, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task, task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from forms_engine.models import Notification, NotificationStatus

logger = logging.getLogger(__name__)

RETRY_DELAYS = [60, 5 * 60, 15 * 60, 60 * 60, 3 * 60 * 60, 12 * 60 * 60]
# A row "sending" for longer than this was left by a worker that died; it is sent again. Far above EMAIL_TIMEOUT.
SEND_LEASE_SECONDS = 10 * 60
# Used when EMAIL_TIMEOUT is not set, so that a mail server that stops answering never holds a worker for ever.
DEFAULT_EMAIL_TIMEOUT = 30
# How long marking a row sent or failed waits for a database that is restarting, before the lease takes over.
MARK_RETRY_SECONDS = 60

DATABASE_ERRORS = (OperationalError, InterfaceError)


def retry_delays():
    return getattr(settings, "FORMS_EMAIL_RETRY_DELAYS", RETRY_DELAYS)


def send_lease():
    return datetime.timedelta(seconds=getattr(settings, "FORMS_EMAIL_SEND_LEASE_SECONDS", SEND_LEASE_SECONDS))


def email_timeout():
    return getattr(settings, "EMAIL_TIMEOUT", None) or DEFAULT_EMAIL_TIMEOUT


def being_sent(now):
    """Rows a live worker is sending now: "sending" with a claim younger than the lease."""
    return Q(status=NotificationStatus.SENDING, claimed_at__gte=now - send_lease())


def abandoned(now):
    """Rows left "sending" by a worker that died (or from before claims were recorded)."""
    return Q(status=NotificationStatus.SENDING) & (Q(claimed_at__lt=now - send_lease()) | Q(claimed_at__isnull=True))


def queue_email(recipients, template, context, language, submission=None, subscription=None, headers=None):
    """Render an email in `language` and queue it. Call inside the transaction that caused it.

    `template` names `forms_engine/email/<template>.txt` and `<template>_subject.txt`; a name with a slash is a
    path of its own (another app's emails: "participation/email/alert"). `headers` are extra message headers
    (List-Unsubscribe and the like), kept with the row and sent with every attempt.
    """
    recipients = [address for address in recipients if address]
    if not recipients:
        return None
    path = template if "/" in template else f"forms_engine/email/{template}"
    with translation.override(language):
        subject = render_to_string(f"{path}_subject.txt", context).strip()
        body = render_to_string(f"{path}.txt", context)
    notification = Notification.objects.create(
        submission=submission,
        subscription=subscription,
        recipients=", ".join(recipients),
        subject=" ".join(subject.split()),
        body=body,
        headers=dict(headers or {}),
    )
    schedule(notification.pk)
    return notification


def schedule(notification_id, delay=None):
    backend = task_backends[send_notification.backend]
    if backend.supports_defer:
        # A persistent backend: the task row is part of the current transaction.
        run_after = None if delay is None else timezone.now() + datetime.timedelta(seconds=delay)
        send_notification.using(run_after=run_after).enqueue(notification_id)
    elif delay is None:
        # An immediate backend (the tests): send now. Retries need a persistent backend.
        send_notification.enqueue(notification_id)


# Ahead of Wagtail's own background work (search and reference indexing), so a resident's receipt never waits
# behind a bulk import.
@task(priority=50)
def send_notification(notification_id):
    return deliver(notification_id)


def deliver(notification_id):
    """Send one notification if it still needs sending. Returns its status, or "nothing to send"."""
    claimed_at = timezone.now()
    # 1. Claim: one statement, its own short transaction.
    claimed = (
        Notification.objects.filter(pk=notification_id)
        .filter(Q(status__in=[NotificationStatus.QUEUED, NotificationStatus.FAILED]) | abandoned(claimed_at))
        .update(status=NotificationStatus.SENDING, claimed_at=claimed_at, attempts=F("attempts") + 1)
    )
    if not claimed:
        return "nothing to send"
    notification = Notification.objects.get(pk=notification_id)
    # 2. Send, outside any transaction of ours.
    try:
        message = EmailMessage(
            notification.subject, notification.body, to=notification.recipient_list, headers=notification.headers
        )
        message.connection = get_connection(timeout=email_timeout())
        message.send()
    except Exception as error:  # noqa: BLE001 - any failure of the mail server is retried
        logger.warning("Sending notification %s failed: %s", notification.pk, error)
        return _mark_failed(notification, claimed_at, error)
    # 3. Mark, only if the row still carries this claim.
    return _mark_sent(notification, claimed_at)


def _still_claimed(notification, claimed_at):
    return Notification.objects.filter(pk=notification.pk, status=NotificationStatus.SENDING, claimed_at=claimed_at)


def _mark_sent(notification, claimed_at):
    def mark():
        return _still_claimed(notification, claimed_at).update(
            status=NotificationStatus.SENT, sent_at=timezone.now(), last_error=""
        )

    if not _patiently(mark):
        logger.warning("Notification %s was sent after its lease ran out and may go out twice.", notification.pk)
    return NotificationStatus.SENT


def _mark_failed(notification, claimed_at, error):
    delays = retry_delays()
    status = NotificationStatus.FAILED if notification.attempts <= len(delays) else NotificationStatus.GAVE_UP

    def mark():
        with transaction.atomic():
            marked = _still_claimed(notification, claimed_at).update(
                status=status, last_error=f"{type(error).__name__}: {error}"[:1000]
            )
            if marked and status == NotificationStatus.FAILED:
                schedule(notification.pk, delay=delays[notification.attempts - 1])
            return marked

    _patiently(mark)
    return status


def _patiently(operation):
    """Run a database operation, waiting out a database restart for a while (not inside a caller's transaction)."""
    deadline = time.monotonic() + MARK_RETRY_SECONDS
    delay = 0.5
    while True:
        try:
            return operation()
        except DATABASE_ERRORS as error:
            if connection.in_atomic_block or time.monotonic() + delay > deadline:
                raise
            logger.warning("Database unavailable while recording an email (%s); trying again in %s s", error, delay)
            with suppress(DatabaseError):
                connection.close()
            time.sleep(delay)
            delay = min(delay * 2, 8)


def retry_unsent(notifications=None):
    """Queue again every notification not sent yet (also after its retries ran out), leaving alone those sent and
    those a worker is sending right now. Returns how many were queued."""
    notifications = Notification.objects.all() if notifications is None else notifications
    now = timezone.now()
    unsent = ~Q(status=NotificationStatus.SENT) & ~being_sent(now)
    with transaction.atomic():
        # The rows stay locked (PostgreSQL) until the tasks are written, so a worker cannot mark one sent between.
        pending = list(notifications.filter(unsent).select_for_update().values_list("pk", flat=True))
        Notification.objects.filter(pk__in=pending).filter(unsent).update(
            status=NotificationStatus.QUEUED, attempts=0, claimed_at=None
        )
        for notification_id in pending:
            schedule(notification_id)
    return len(pending)


def recover_unsent():
    """Give every unsent email a task again when the worker that had it died. Returns how many were queued.

    Rows left "sending" past the lease go back to "queued"; a queued or failed row with no task waiting or running
    for it (its task was failed by the task lease, or the database went away in the middle) gets a new task.
    """
    backend = task_backends[send_notification.backend]
    if not isinstance(backend, DatabaseBackend):
        return 0
    now = timezone.now()
    returned = Notification.objects.filter(abandoned(now)).update(status=NotificationStatus.QUEUED)
    if returned:
        logger.warning("%s emails were left being sent by a worker that stopped; sending them again.", returned)
    # Rows first, then tasks: a row failed and its retry task are committed together, so the task is seen.
    waiting = set(
        Notification.objects.filter(status__in=[NotificationStatus.QUEUED, NotificationStatus.FAILED]).values_list(
            "pk", flat=True
        )
    )
    if not waiting:
        return 0
    tasks = DBTaskResult.objects.filter(
        backend_name=backend.alias,
        task_path=send_notification.module_path,
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
    )
    orphans = sorted(waiting - {_notification_id(args) for args in tasks.values_list("args_kwargs", flat=True)})
    with transaction.atomic():
        for notification_id in orphans:
            schedule(notification_id)
    if orphans:
        logger.warning("%s unsent emails had no task (a worker stopped); queued them again.", len(orphans))
    return len(orphans)


def _notification_id(args_kwargs):
    args, kwargs = args_kwargs.get("args") or [], args_kwargs.get("kwargs") or {}
    return args[0] if args else kwargs.get("notification_id")
