"""Email in the background: queue a notification row and a task in the caller's transaction; send with retries.

With a persistent task backend (django-tasks-db) the task row is written in the same transaction as the
notification, so both exist or neither does. A failed send is recorded on the notification (visible in the
inbox) and retried later with growing delays; a notification is sent at most once.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task, task_backends

from forms_engine.models import Notification, NotificationStatus

logger = logging.getLogger(__name__)

RETRY_DELAYS = [60, 5 * 60, 15 * 60, 60 * 60, 3 * 60 * 60, 12 * 60 * 60]


def retry_delays():
    return getattr(settings, "FORMS_EMAIL_RETRY_DELAYS", RETRY_DELAYS)


def queue_email(recipients, template, context, language, submission=None, subscription=None):
    """Render an email in `language` and queue it. Call inside the transaction that caused it."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return None
    with translation.override(language):
        subject = render_to_string(f"forms_engine/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"forms_engine/email/{template}.txt", context)
    notification = Notification.objects.create(
        submission=submission,
        subscription=subscription,
        recipients=", ".join(recipients),
        subject=" ".join(subject.split()),
        body=body,
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
    """Send one queued notification. Returns its status."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .filter(pk=notification_id, status__in=[NotificationStatus.QUEUED, NotificationStatus.FAILED])
            .first()
        )
        if notification is None:
            return "nothing to send"
        notification.attempts += 1
        try:
            EmailMessage(notification.subject, notification.body, to=notification.recipient_list).send()
        except Exception as error:  # noqa: BLE001 - any failure of the mail server is retried
            logger.warning("Sending notification %s failed: %s", notification.pk, error)
            notification.last_error = f"{type(error).__name__}: {error}"[:1000]
            delays = retry_delays()
            if notification.attempts <= len(delays):
                notification.status = NotificationStatus.FAILED
                schedule(notification.pk, delay=delays[notification.attempts - 1])
            else:
                notification.status = NotificationStatus.GAVE_UP
        else:
            notification.status = NotificationStatus.SENT
            notification.sent_at = timezone.now()
            notification.last_error = ""
        notification.save()
        return notification.status


def retry_unsent(notifications=None):
    """Queue again every notification that has not been sent, e.g. after its retries ran out. Returns how many."""
    notifications = Notification.objects.all() if notifications is None else notifications
    pending = list(notifications.exclude(status=NotificationStatus.SENT).values_list("pk", flat=True))
    with transaction.atomic():
        Notification.objects.filter(pk__in=pending).update(status=NotificationStatus.QUEUED, attempts=0)
        for notification_id in pending:
            schedule(notification_id)
    return len(pending)
