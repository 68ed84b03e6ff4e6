"""Retention, data-subject requests and the search index."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.search.index import get_indexed_models

from forms_engine.models import Notification, Submission, SubmissionEvent, Subscription
from forms_engine.retention import erase_expired
from tests.forms_engine.factories import answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_submissions(client, desk):
    client.post(desk.call.url, answers(desk.call))
    client.post(desk.call.url, answers(desk.call, sahkoposti="toinen@example.fi"))
    return list(Submission.objects.order_by("pk"))


def test_expired_submissions_are_erased_with_their_history(two_submissions):
    old, kept = two_submissions
    Submission.objects.filter(pk=old.pk).update(retain_until=timezone.localdate() - datetime.timedelta(days=1))

    assert erase_expired() == 1

    assert list(Submission.objects.all()) == [kept]
    assert not SubmissionEvent.objects.filter(submission_id=old.pk).exists()
    assert not Notification.objects.filter(submission_id=old.pk).exists()


def test_retention_command(two_submissions, capsys):
    Submission.objects.update(retain_until=timezone.localdate() - datetime.timedelta(days=1))

    call_command("erase_expired_submissions")

    assert Submission.objects.count() == 0
    assert "2" in capsys.readouterr().out


def test_administrator_finds_exports_and_erases_one_email_address(admin_client, two_submissions, desk):
    Subscription.objects.create(page=desk.call, email="Aino@example.fi", language="fi")
    url = "/admin/inbox/personal-data/"

    found = admin_client.get(url, {"email": "aino@example.fi"}).content.decode()
    exported = json.loads(admin_client.get(url, {"email": "aino@example.fi", "format": "json"}).content)
    admin_client.post(url, {"email": "aino@example.fi", "action": "erase"})

    assert two_submissions[0].reference in found
    assert [item["reference"] for item in exported["submissions"]] == [two_submissions[0].reference]
    assert exported["submissions"][0]["answers"]["nimi"] == "Aino Asukas"
    assert len(exported["subscriptions"]) == 1
    assert list(Submission.objects.values_list("email", flat=True)) == ["toinen@example.fi"]
    assert not Subscription.objects.exists()
    assert not Notification.objects.filter(recipients__icontains="aino@example.fi").exists()


def test_a_submission_without_an_email_is_found_exported_and_erased_by_its_reference(admin_client, client, desk):
    """Someone who phoned or answered anonymously has no email to search by: their reference finds the submission."""
    client.post(desk.call.url, answers(desk.call, sahkoposti=""))
    client.post(desk.call.url, answers(desk.call))
    anonymous, other = Submission.objects.order_by("pk")
    assert anonymous.email == "" and Notification.objects.filter(submission=anonymous).exists()
    url = "/admin/inbox/personal-data/"

    found = admin_client.get(url, {"reference": anonymous.reference.lower()}).content.decode()
    exported = json.loads(admin_client.get(url, {"reference": anonymous.reference, "format": "json"}).content)
    erased = admin_client.post(url, {"reference": anonymous.reference, "action": "erase"}, follow=True)

    assert anonymous.reference in found and other.reference not in found
    assert f'name="reference" value="{anonymous.reference}"' in found  # the erase form
    assert [item["reference"] for item in exported["submissions"]] == [anonymous.reference]
    assert exported["submissions"][0]["answers"]["nimi"] == "Aino Asukas" and exported["emails"]
    assert "Poistettu 1 yhteydenottoa" in erased.content.decode()
    assert list(Submission.objects.all()) == [other]
    assert not Notification.objects.filter(submission_id=anonymous.pk).exists()


@pytest.mark.parametrize(
    "query, error",
    [
        ({"reference": "OV-2026"}, "OV-2026-000123"),
        ({"reference": "OV-2025-000009", "email": "aino@example.fi"}, "ei molempia"),
    ],
)
def test_a_malformed_reference_or_both_at_once_is_an_error_not_a_search(admin_client, two_submissions, query, error):
    response = admin_client.get("/admin/inbox/personal-data/", query)

    assert response.status_code == 200
    html = response.content.decode()
    assert error in html and two_submissions[0].reference not in html and "Poista" not in html


def test_coordinators_cannot_use_the_personal_data_tool(client, desk):
    client.force_login(desk.coordinator)

    response = client.get("/admin/inbox/personal-data/", {"email": "aino@example.fi"})

    assert response.status_code in (302, 403)
    assert "aino@example.fi" not in response.content.decode()
    assert client.post(
        "/admin/inbox/personal-data/", {"reference": "OV-2026-000001", "action": "erase"}
    ).status_code in (
        302,
        403,
    )


def test_submissions_are_never_indexed_for_search():
    assert Submission not in get_indexed_models()


@pytest.mark.django_db(transaction=True)
def test_erasure_runs_as_a_daily_task_on_the_database_backend(settings):
    from django_tasks_db.models import DBTaskResult

    from forms_engine.retention import schedule_daily_erasure

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    schedule_daily_erasure()
    schedule_daily_erasure()

    waiting = DBTaskResult.objects.filter(task_path="forms_engine.retention.erase_expired_submissions")
    assert waiting.count() == 1
    assert waiting.get().run_after > timezone.now()
    assert timezone.localtime(waiting.get().run_after).hour == 3
