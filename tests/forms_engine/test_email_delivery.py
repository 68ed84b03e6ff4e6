"""Email delivery against a real SMTP peer (aiosmtpd) that is down, slow and killed mid-send, and a worker that
outlives its database and the workers before it: every email arrives, and twice only when the connection broke
after the mail server had accepted it."""

import asyncio
import datetime
import io
import logging
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from django.core.management import call_command
from django.db import connection, connections
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from forms_engine import notifications
from forms_engine.models import Notification, NotificationStatus, Submission
from forms_engine.notifications import deliver, retry_unsent, schedule, send_notification
from forms_engine.worker import Worker
from tests.forms_engine.factories import answers
from tests.forms_engine.smtp import Inbox, SmtpServer, free_port

# The worker closes its database connection when it finishes, as a real worker process does: no test transaction.
pytestmark = pytest.mark.django_db(transaction=True)

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
LEASE = 600


class FaultyInbox(Inbox):
    """An SMTP server's handler that can be slow, refuse, or drop the connection during DATA."""

    def __init__(self):
        super().__init__()
        self.rcpt_delay = 0
        self.data_delay = 0
        self.drop = None  # "before accepting" or "after accepting"
        self.during_data = None  # called in a thread while the message is being sent

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        await asyncio.sleep(self.rcpt_delay)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.during_data is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.during_data)
        await asyncio.sleep(self.data_delay)
        if self.drop == "before accepting":
            server.transport.abort()
            return "421 gone"
        reply = await super().handle_DATA(server, session, envelope)
        if self.drop == "after accepting":
            # The server has stored the message and dies before its "250" reaches the sender.
            server.transport.abort()
        return reply


@pytest.fixture
def smtp():
    server = SmtpServer(inbox=FaultyInbox()).start()
    with override_settings(TASKS=DATABASE_TASKS, FORMS_EMAIL_RETRY_DELAYS=[60, 60, 60], **server.settings()):
        yield server
    server.stop()


def run_worker():
    call_command("db_worker", batch=True, queue_name="*", startup_delay=False, reload=False, verbosity=0)


def queue(address="aino@example.fi"):
    notification = Notification.objects.create(recipients=address, subject=f"Kuittaus {address}", body="Kiitos.")
    schedule(notification.pk)
    return notification


def make_retries_due():
    """Time passes: the retries scheduled for later are due now."""
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(run_after=timezone.now())


def status(notification):
    notification.refresh_from_db()
    return notification.status


def delivered_to(server):
    return sorted(message["To"] for message in server.messages)


def test_mail_server_down_schedules_a_retry_that_sends_once_it_is_up(smtp):
    smtp.stop()
    notification = queue()

    run_worker()

    assert status(notification) == NotificationStatus.FAILED
    assert notification.attempts == 1
    assert "ConnectionRefusedError" in notification.last_error
    retry = DBTaskResult.objects.get(status=TaskResultStatus.READY)
    assert retry.run_after > timezone.now() + datetime.timedelta(seconds=50)

    smtp.start()
    run_worker()  # not due yet
    assert smtp.messages == []
    make_retries_due()
    run_worker()
    run_worker()

    assert status(notification) == NotificationStatus.SENT
    assert notification.attempts == 2
    assert delivered_to(smtp) == ["aino@example.fi"]


def test_a_server_slower_than_the_timeout_fails_and_the_retry_sends_once(smtp, monkeypatch):
    # No EMAIL_TIMEOUT in the settings: a default bounds the send all the same.
    monkeypatch.setattr(notifications, "DEFAULT_EMAIL_TIMEOUT", 1)
    smtp.inbox.rcpt_delay = 3
    notification = queue()

    with override_settings(EMAIL_TIMEOUT=None):
        started = time.monotonic()
        run_worker()
        assert time.monotonic() - started < 2.9  # the server waits 3 s

        assert status(notification) == NotificationStatus.FAILED
        assert "timed out" in notification.last_error
        smtp.inbox.rcpt_delay = 0
        make_retries_due()
        run_worker()

    assert status(notification) == NotificationStatus.SENT
    assert delivered_to(smtp) == ["aino@example.fi"]


def test_a_server_slow_within_the_timeout_gets_the_email_once(smtp):
    smtp.inbox.data_delay = 1.5  # the test settings' EMAIL_TIMEOUT is 5
    notification = queue()

    run_worker()
    make_retries_due()
    run_worker()

    assert status(notification) == NotificationStatus.SENT
    assert notification.attempts == 1
    assert delivered_to(smtp) == ["aino@example.fi"]


def test_a_server_that_dies_before_accepting_gets_the_email_once_on_retry(smtp):
    smtp.inbox.drop = "before accepting"
    notification = queue()

    run_worker()
    assert status(notification) == NotificationStatus.FAILED
    assert smtp.messages == []

    smtp.inbox.drop = None
    make_retries_due()
    run_worker()

    assert status(notification) == NotificationStatus.SENT
    assert delivered_to(smtp) == ["aino@example.fi"]


def test_a_server_that_dies_after_accepting_gets_at_most_one_duplicate(smtp):
    smtp.inbox.drop = "after accepting"
    notification = queue()

    run_worker()
    # Accepted, but the sender never heard so: not marked sent, and retried.
    assert status(notification) == NotificationStatus.FAILED
    assert len(smtp.messages) == 1

    smtp.inbox.drop = None
    make_retries_due()
    run_worker()
    make_retries_due()
    run_worker()

    assert status(notification) == NotificationStatus.SENT
    assert delivered_to(smtp) == ["aino@example.fi", "aino@example.fi"]


def test_send_again_pressed_mid_send_sends_nothing_twice(smtp):
    sending = queue("aino@example.fi")
    other = Notification.objects.create(
        recipients="eero@example.fi", subject="Kuittaus", body="Kiitos.", status=NotificationStatus.GAVE_UP
    )
    pressed = []
    smtp.inbox.during_data = lambda: (pressed.append(retry_unsent()), connection.close())

    run_worker()  # sends `sending`; the button, pressed meanwhile, queues `other` only
    run_worker()
    make_retries_due()
    run_worker()

    assert pressed[0] == 1
    assert status(sending) == NotificationStatus.SENT
    assert status(other) == NotificationStatus.SENT
    assert delivered_to(smtp) == ["aino@example.fi", "eero@example.fi"]


def test_send_again_leaves_rows_being_sent_and_sent_alone_and_queues_the_rest(smtp):
    now = timezone.now()
    being_sent = Notification.objects.create(
        recipients="a@example.fi", subject="a", body=".", status=NotificationStatus.SENDING, claimed_at=now
    )
    sent = Notification.objects.create(recipients="b@example.fi", subject="b", body=".", status=NotificationStatus.SENT)
    gave_up = Notification.objects.create(
        recipients="c@example.fi", subject="c", body=".", status=NotificationStatus.GAVE_UP, attempts=7
    )
    abandoned = Notification.objects.create(
        recipients="d@example.fi",
        subject="d",
        body=".",
        status=NotificationStatus.SENDING,
        claimed_at=now - datetime.timedelta(seconds=LEASE + 1),
    )

    output = io.StringIO()
    call_command("send_pending_emails", stdout=output)

    assert "Queued 2 emails." in output.getvalue()
    assert status(being_sent) == NotificationStatus.SENDING
    assert being_sent.claimed_at == now
    assert status(sent) == NotificationStatus.SENT
    assert (status(gave_up), gave_up.attempts) == (NotificationStatus.QUEUED, 0)
    assert status(abandoned) == NotificationStatus.QUEUED
    queued_for = sorted(task.args_kwargs["args"][0] for task in DBTaskResult.objects.all())
    assert queued_for == sorted([gave_up.pk, abandoned.pk])
    assert deliver(being_sent.pk) == "nothing to send"


def test_the_inbox_shows_an_email_being_sent_and_send_again_leaves_it_alone(client, desk, smtp):
    client.post(desk.call.url, answers(desk.call))
    submission = Submission.objects.get()
    receipt, to_coordinator = submission.notifications.order_by("pk")
    claimed_at = timezone.now()
    Notification.objects.filter(pk=receipt.pk).update(status=NotificationStatus.SENDING, claimed_at=claimed_at)
    Notification.objects.filter(pk=to_coordinator.pk).update(status=NotificationStatus.SENT)
    DBTaskResult.objects.all().delete()
    client.force_login(desk.coordinator)
    detail = f"/admin/inbox/{submission.pk}/"

    assert "Lähetetään" in client.get(detail).content.decode()
    response = client.post(detail, {"action": "retry_email"}, follow=True)

    assert "Ei uudelleen lähetettäviä sähköposteja" in response.content.decode()
    assert status(receipt) == NotificationStatus.SENDING
    assert receipt.claimed_at == claimed_at
    assert not DBTaskResult.objects.exists()


def test_an_email_left_sending_by_a_dead_worker_is_sent_after_the_lease(smtp):
    fresh = Notification.objects.create(
        recipients="a@example.fi", subject="a", body=".", status=NotificationStatus.SENDING, claimed_at=timezone.now()
    )
    stale = Notification.objects.create(
        recipients="b@example.fi",
        subject="b",
        body=".",
        status=NotificationStatus.SENDING,
        attempts=1,
        claimed_at=timezone.now() - datetime.timedelta(seconds=LEASE + 1),
    )

    with override_settings(FORMS_EMAIL_SEND_LEASE_SECONDS=LEASE):
        run_worker()  # its sweep on start

    assert status(stale) == NotificationStatus.SENT
    assert stale.attempts == 2
    assert status(fresh) == NotificationStatus.SENDING  # a live worker may be sending it
    assert delivered_to(smtp) == ["b@example.fi"]


def test_a_task_left_running_by_a_dead_worker_is_failed_and_its_email_sent(smtp):
    notification = queue()
    dead = DBTaskResult.objects.get()
    dead.claim("killed")  # a worker took the task and was killed before it claimed the email
    retry = DBTaskResult.objects.get(pk=send_notification.enqueue(notification.pk).id)
    retry.claim("alive")  # another worker has just taken a task for the same email
    long_ago = timezone.now() - datetime.timedelta(seconds=LEASE + 1)
    DBTaskResult.objects.filter(pk=dead.pk).update(started_at=long_ago)

    run_worker()

    dead.refresh_from_db()
    assert dead.status == TaskResultStatus.FAILED
    assert dead.exception_class_path == "forms_engine.worker.WorkerStopped"
    assert status(notification) == NotificationStatus.QUEUED  # the live worker's task will send it
    assert smtp.messages == []

    # That worker dies too; a lease later the email gets a new task and goes out.
    DBTaskResult.objects.filter(pk=retry.pk).update(started_at=long_ago)
    run_worker()

    retry.refresh_from_db()
    assert retry.status == TaskResultStatus.FAILED
    assert status(notification) == NotificationStatus.SENT
    assert delivered_to(smtp) == ["aino@example.fi"]


postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")


@postgres_only
def test_the_worker_waits_out_a_database_outage_and_goes_on(smtp, caplog):
    """The worker's connection is killed and the server refuses connections for a while, as in a restart."""
    caplog.set_level(logging.WARNING, logger="django_tasks_db")  # `db_worker -v0` elsewhere turned it off
    worker = Worker(
        queue_names=["*"],
        interval=0.1,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="survivor",
        excluded_queue_names=[],
    )
    worker.first_backoff = 0.2
    worker_connection = []
    errors = []

    def work():
        # A persistent connection (DATABASE_CONN_MAX_AGE), as production may have: the worker holds it between tasks.
        connections["default"].settings_dict = {**connections["default"].settings_dict, "CONN_MAX_AGE": None}
        worker_connection.append(connections["default"])
        try:
            worker.run()
        except BaseException as error:  # noqa: BLE001 - the test reports it
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    try:
        first = queue("first@example.fi")
        wait_for(lambda: status(first) == NotificationStatus.SENT)

        # The server goes away: the worker's connection is cut and new ones are refused (nothing on that port).
        reachable = worker_connection[0].settings_dict
        worker_connection[0].settings_dict = {**reachable, "PORT": free_port()}
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            assert cursor.fetchall(), "the worker had a connection to cut"
        second = queue("second@example.fi")
        time.sleep(1.5)
        assert status(second) == NotificationStatus.QUEUED
        assert thread.is_alive()

        worker_connection[0].settings_dict = reachable  # the server is back
        wait_for(lambda: status(second) == NotificationStatus.SENT)
        assert errors == []
    finally:
        worker.running = False
        thread.join(10)
    assert delivered_to(smtp) == ["first@example.fi", "second@example.fi"]
    waits = [record.message for record in caplog.records if record.message.startswith("Database unavailable")]
    assert len(waits) >= 3
    assert "trying again in 0.2 s" in waits[0]
    assert "trying again in 0.8 s" in waits[2]


@postgres_only
@pytest.mark.parametrize("accepted", [False, True], ids=["before accepting", "after accepting"])
def test_a_worker_process_killed_mid_send_leaves_the_email_to_the_next_worker(smtp, accepted):
    """A real worker process is killed (SIGKILL) while the mail server reads the email; a worker started later
    sends it once the lease has run out. Twice in all only when the server had accepted it first."""
    notification = queue()
    database = connection.settings_dict
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-reload", "--no-startup-delay", "-v0"],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp.port),
        },
    )

    def kill_the_worker():
        os.kill(worker.pid, signal.SIGKILL)
        smtp.inbox.drop = None if accepted else "before accepting"

    smtp.inbox.during_data = kill_the_worker
    try:
        assert worker.wait(60) == -signal.SIGKILL
    finally:
        worker.kill()
    smtp.inbox.during_data = smtp.inbox.drop = None
    assert len(smtp.messages) == (1 if accepted else 0)
    assert status(notification) == NotificationStatus.SENDING
    assert DBTaskResult.objects.get().status == TaskResultStatus.RUNNING

    run_worker()  # within the lease: left alone, a live worker might still be sending it
    assert status(notification) == NotificationStatus.SENDING

    with override_settings(FORMS_EMAIL_SEND_LEASE_SECONDS=1):
        time.sleep(1.1)
        run_worker()

    assert status(notification) == NotificationStatus.SENT
    assert len(smtp.messages) == (2 if accepted else 1)
    assert DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).count() == 1


def wait_for(condition, seconds=15):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)
