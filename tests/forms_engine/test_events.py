"""Event registration: capacity shared by the translations, a waiting list, cancellation and promotion."""

import threading

import pytest
from django.core import mail
from django.db import connection
from django.test import Client, override_settings

from forms_engine.models import Place, Submission, SubmissionStatus
from tests.forms_engine.factories import answers

pytestmark = pytest.mark.django_db


def register(client, page, number):
    return client.post(
        page.url, answers(page, nimi=f"Osallistuja {number}", sahkoposti=f"osallistuja{number}@example.fi")
    )


def test_full_event_puts_registrations_on_the_waiting_list(client, event_page):
    for number in range(3):
        register(client, event_page, number)

    places = list(Submission.objects.order_by("pk").values_list("place", flat=True))
    assert places == [Place.CONFIRMED, Place.CONFIRMED, Place.WAITING]
    assert "olet varasijalla" in mail.outbox[-2].body


def test_full_event_says_so_before_the_form(client, event_page):
    assert "Kaikki paikat on varattu" not in client.get(event_page.url).content.decode()
    for number in range(2):
        register(client, event_page, number)

    assert "Kaikki paikat on varattu" in client.get(event_page.url).content.decode()


def test_cancelling_by_the_link_promotes_the_first_on_the_waiting_list(client, event_page):
    for number in range(3):
        register(client, event_page, number)
    first, _second, waiting = Submission.objects.order_by("pk")
    mail.outbox.clear()

    client.post(f"/fi/tila/{first.token}/", {"action": "cancel"})  # the confirmation step
    response = client.post(f"/fi/tila/{first.token}/", {"action": "confirm_cancel"}, follow=True)

    assert response.status_code == 200
    assert "Ilmoittautumisesi on peruttu." in response.content.decode()
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.place == Place.CANCELLED and first.status == SubmissionStatus.CLOSED
    assert waiting.place == Place.CONFIRMED
    assert [message.to for message in mail.outbox] == [["osallistuja2@example.fi"]]
    assert waiting.events.filter(kind="place").exists()


def test_past_event_refuses_registration(client, event_page):
    import datetime

    from django.utils import timezone

    event_page.starts_at = timezone.now() - datetime.timedelta(days=2)
    event_page.ends_at = event_page.starts_at + datetime.timedelta(hours=2)
    event_page.save_revision().publish()

    register(client, event_page, 1)

    assert Submission.objects.count() == 0


@pytest.mark.django_db(transaction=True)
@override_settings(FORMS_RATE_LIMIT=(100, 600))
def test_concurrent_registrations_never_overbook(event_page):
    if connection.vendor != "postgresql":
        pytest.skip("Row locks are tested on PostgreSQL (SQLite serialises all writes).")
    barrier = threading.Barrier(8)
    statuses = []

    def worker(number):
        try:
            barrier.wait()
            statuses.append(register(Client(), event_page, number).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(number,)) for number in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [303] * 8
    assert Submission.objects.filter(place=Place.CONFIRMED).count() == 2
    assert Submission.objects.filter(place=Place.WAITING).count() == 6
    references = list(Submission.objects.values_list("reference", flat=True))
    assert len(set(references)) == 8
