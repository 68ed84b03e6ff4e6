"""Wagtail's admin password reset: limited per client address and per email address, sent through the email
queue so that it is retried when the mail server is down, and neutral about who has an account."""

import datetime
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.users.models import UserProfile

from forms_engine.models import Notification, NotificationStatus
from tests.forms_engine.smtp import SmtpServer

RESET = "/admin/password_reset/"
NEUTRAL_FI = "Sinulle on lähetetty linkki salasanan nollausta varten, jos tällä osoitteella on käyttäjätili."
LIMITED_FI = "Liian monta salasanan palautuspyyntöä. Odota tunti ja yritä uudelleen."


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "toimittaja", "toimittaja@example.fi", "oikea-salasana-123", is_superuser=True
    )


def request_reset(client, email, address="198.51.100.7"):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address, follow=True)


@pytest.mark.django_db
def test_a_reset_link_is_queued_and_sent_with_the_neutral_message(client, editor):
    response = request_reset(client, "toimittaja@example.fi")

    notification = Notification.objects.get()
    assert response.status_code == 200
    assert NEUTRAL_FI in response.content.decode()
    assert notification.recipients == "toimittaja@example.fi"
    assert notification.status == NotificationStatus.SENT
    assert "/admin/password_reset/confirm/" in notification.body
    assert "toimittaja" in notification.body
    assert notification.submission is None


@pytest.mark.django_db
def test_an_unknown_address_gets_the_same_message_and_no_email(client, editor):
    response = request_reset(client, "ei-tilia@example.fi")

    assert NEUTRAL_FI in response.content.decode()
    assert not Notification.objects.exists()


@pytest.mark.django_db
def test_the_email_is_in_the_users_admin_language(client, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "sv"
    profile.save()

    request_reset(client, "toimittaja@example.fi")

    body = Notification.objects.get().body
    assert "Vänligen följ länken för att återställa ditt lösenord:" in body


@pytest.mark.django_db
def test_three_requests_per_email_address_an_hour(client, editor):
    for attempt in range(3):
        assert request_reset(client, "toimittaja@example.fi", address=f"198.51.100.{attempt + 10}").status_code == 200

    refused = request_reset(client, "TOIMITTAJA@example.fi", address="203.0.113.9")

    assert refused.status_code == 429
    assert LIMITED_FI in refused.content.decode()
    assert Notification.objects.count() == 3


@pytest.mark.django_db
def test_five_requests_per_client_address_an_hour(client, editor):
    for attempt in range(4):
        assert request_reset(client, f"muu{attempt}@example.fi").status_code == 200
    assert request_reset(client, "toimittaja@example.fi").status_code == 200

    refused = request_reset(client, "toimittaja@example.fi")
    other_client = request_reset(client, "toimittaja@example.fi", address="203.0.113.9")

    assert refused.status_code == 429
    assert LIMITED_FI in refused.content.decode()
    assert other_client.status_code == 200
    assert Notification.objects.count() == 2


# The worker closes its database connection when it finishes, as a real worker process does: no test transaction.
@pytest.mark.django_db(transaction=True)
def test_with_the_mail_server_down_the_link_is_sent_when_it_is_back(client, editor):
    server = SmtpServer()  # not started: nothing listens on its port
    database_tasks = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with override_settings(TASKS=database_tasks, FORMS_EMAIL_RETRY_DELAYS=[1, 1, 1], **server.settings()):
        response = request_reset(client, "toimittaja@example.fi")
        assert NEUTRAL_FI in response.content.decode()
        run_worker()
        notification = Notification.objects.get()
        assert notification.status == NotificationStatus.FAILED
        assert notification.last_error

        server.start()
        try:
            time.sleep(1.1)  # the retry's back-off
            run_worker()
        finally:
            server.stop()

    notification.refresh_from_db()
    assert notification.status == NotificationStatus.SENT
    assert [message["To"] for message in server.messages] == ["toimittaja@example.fi"]
    assert "/admin/password_reset/confirm/" in server.messages[0].get_payload(decode=True).decode()


def run_worker():
    call_command("db_worker", batch=True, queue_name="*", startup_delay=False, reload=False, verbosity=0)


@pytest.mark.django_db
def test_a_stored_reset_link_is_erased_once_it_no_longer_works(client, editor, settings):
    from forms_engine.retention import erase_expired

    request_reset(client, "toimittaja@example.fi")
    notification = Notification.objects.get()

    erase_expired()
    assert Notification.objects.filter(pk=notification.pk).exists()  # the link still works

    lived = timezone.now() - datetime.timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT + 60)
    Notification.objects.filter(pk=notification.pk).update(created_at=lived)
    erase_expired()
    assert not Notification.objects.filter(pk=notification.pk).exists()
