"""Email through a real SMTP server and the persistent task queue: a submission never waits for or is lost
with the mail server, and each email goes out exactly once."""

import time

import pytest
from django.core.management import call_command
from django.test import override_settings

from forms_engine.models import Notification, NotificationStatus, Submission
from tests.forms_engine.factories import answers
from tests.forms_engine.smtp import SmtpServer

# The worker closes its database connection when it finishes, as a real worker process does: no test transaction.
pytestmark = pytest.mark.django_db(transaction=True)

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker():
    call_command("db_worker", batch=True, queue_name="*", startup_delay=False, reload=False, verbosity=0)


@pytest.fixture
def smtp():
    server = SmtpServer().start()
    yield server
    server.stop()


def subjects(server):
    return sorted(message["Subject"] for message in server.messages)


def test_receipt_and_coordinator_email_arrive_through_smtp(client, desk, smtp):
    with override_settings(TASKS=DATABASE_TASKS, **smtp.settings()):
        response = client.post(desk.call.url, answers(desk.call), follow=True)
        assert smtp.messages == []  # queued, not sent while the resident waits
        run_worker()

    submission = Submission.objects.get()
    assert response.status_code == 200
    recipients = sorted(message["To"] for message in smtp.messages)
    assert recipients == sorted(["aino@example.fi", desk.coordinator.email])
    receipt = next(message for message in smtp.messages if message["To"] == "aino@example.fi")
    assert submission.reference in receipt["Subject"]
    assert submission.token in receipt.get_payload(decode=True).decode()


def test_mail_server_down_keeps_the_submission_and_sends_exactly_once_when_back(client, desk):
    server = SmtpServer()  # not started: nothing listens on its port
    with override_settings(TASKS=DATABASE_TASKS, FORMS_EMAIL_RETRY_DELAYS=[1, 1, 1], **server.settings()):
        response = client.post(desk.call.url, answers(desk.call), follow=True)

        assert response.status_code == 200
        html = response.content.decode()
        assert Submission.objects.get().reference in html
        # The receipt promises the email, and claims no email already sent: it leaves in the background.
        assert "Lähetämme sähköpostiisi kuittauksen" in html
        run_worker()
        assert set(Notification.objects.values_list("status", flat=True)) == {NotificationStatus.FAILED}
        assert all(notification.last_error for notification in Notification.objects.all())

        server.start()
        try:
            time.sleep(1.1)  # the retry's back-off
            run_worker()
            run_worker()
        finally:
            server.stop()

    assert len(server.messages) == 2
    assert sorted(message["To"] for message in server.messages) == sorted(["aino@example.fi", desk.coordinator.email])
    assert set(Notification.objects.values_list("status", flat=True)) == {NotificationStatus.SENT}


def test_failed_email_is_visible_in_the_inbox(client, desk):
    server = SmtpServer()
    with override_settings(TASKS=DATABASE_TASKS, FORMS_EMAIL_RETRY_DELAYS=[60], **server.settings()):
        client.post(desk.call.url, answers(desk.call))
        run_worker()
    client.force_login(desk.coordinator)

    listing = client.get("/admin/inbox/").content.decode()
    detail = client.get(f"/admin/inbox/{Submission.objects.get().pk}/").content.decode()

    assert "Lähetys epäonnistui" in listing
    assert "ConnectionRefusedError" in detail
