"""An event sign-up reads as a sign-up: the receipt, the confirmation email and the status page say the place is
confirmed or on the waiting list, with the event's time, place and calendar file, and never a handling time;
cancelling asks first, without JavaScript."""

import re

import pytest
from django.core import mail
from django.utils import translation

from forms_engine.models import Place, Submission
from tests.forms_engine.factories import answers

pytestmark = pytest.mark.django_db

DUE_DATE_WORDS = ("Pyrimme", "viimeistään", "Emme ole vielä vastanneet", "Uusi")


def register(client, page, number, **extra):
    data = answers(page, nimi=f"Osallistuja {number}", sahkoposti=f"osallistuja{number}@example.fi", **extra)
    return client.post(page.url, data, follow=True)


def main(html):
    return html[html.index("<main") : html.index("</main>")]


def test_the_receipt_says_the_place_is_confirmed_with_the_time_place_and_calendar(client, event_page):
    page = register(client, event_page, 1).content.decode()
    html = main(page)

    assert "<title>Olet ilmoittautunut – " in page
    assert "<h1>Olet ilmoittautunut</h1>" in html
    assert "Paikkasi on vahvistettu." in html
    assert "Tampereen pääkirjasto Metso, Pirkankatu 2, Tampere" in html
    assert "<dt>Milloin</dt>" in html
    # On the site the link is relative, so it works whatever host the site is reached by.
    assert f'href="{event_page.url}kalenteri/" download>Lisää kalenteriin' in html
    for words in DUE_DATE_WORDS:
        assert words not in html
    assert Submission.objects.get().reference in html


def test_the_receipt_of_a_full_event_says_waiting_list(client, event_page):
    for number in range(2):
        register(client, event_page, number)

    html = main(register(client, event_page, 3).content.decode())

    assert "<h1>Olet varasijalla</h1>" in html
    assert "olet varasijalla" in html
    assert "Paikkasi on vahvistettu" not in html
    assert "Pyrimme" not in html


def test_the_confirmation_email_has_the_time_place_and_calendar_and_no_due_date(client, event_page):
    register(client, event_page, 1)

    receipt = next(message for message in mail.outbox if message.to == ["osallistuja1@example.fi"])
    assert receipt.subject == f"Paikkasi on vahvistettu: {event_page.title}"
    assert f"Olet ilmoittautunut tapahtumaan ”{event_page.title}”." in receipt.body
    assert "Paikkasi on vahvistettu." in receipt.body
    assert "Missä: Tampereen pääkirjasto Metso, Pirkankatu 2, Tampere" in receipt.body
    assert re.search(r"Milloin: (\w+ )?\d+\.\d+\.\d{4} klo \d", receipt.body)
    assert re.search(r"Lisää tapahtuma kalenteriisi:\nhttp://\S+/kalenteri/", receipt.body)
    assert "/tila/" in receipt.body
    assert "Pyrimme" not in receipt.body and "viimeistään" not in receipt.body


def test_the_waiting_list_email_and_the_promotion_email_in_swedish(client, event_page):
    for number in range(3):
        register(client, event_page, number)
    waiting = Submission.objects.get(place=Place.WAITING)
    first = Submission.objects.filter(place=Place.CONFIRMED).first()
    Submission.objects.filter(pk=waiting.pk).update(language="sv")
    waiting_receipt = next(message for message in mail.outbox if message.to == ["osallistuja2@example.fi"])
    assert waiting_receipt.subject == f"Olet varasijalla: {event_page.title}"
    mail.outbox.clear()

    client.post(f"/fi/tila/{first.token}/", {"action": "confirm_cancel"})

    (promoted,) = mail.outbox
    assert promoted.to == ["osallistuja2@example.fi"]
    assert "Din plats är bekräftad." in promoted.body
    assert "Var: Tampereen pääkirjasto Metso, Pirkankatu 2, Tampere" in promoted.body
    assert "Lägg till evenemanget i din kalender:" in promoted.body
    assert "/kalenteri/" in promoted.body


def test_the_status_page_of_a_registration_says_place_and_time_not_handling(client, event_page):
    register(client, event_page, 1)
    submission = Submission.objects.get()

    html = main(client.get(f"/fi/tila/{submission.token}/").content.decode())

    assert "<h1>Ilmoittautumisesi</h1>" in html
    assert "Paikkasi on vahvistettu." in html
    assert "Tampereen pääkirjasto Metso" in html
    assert "/kalenteri/" in html
    for words in DUE_DATE_WORDS + ("Vastauksemme", "Tila</dt>"):
        assert words not in html
    with translation.override("sv"):
        html = main(client.get(f"/sv/tila/{submission.token}/").content.decode())
    assert "<h1>Din anmälan</h1>" in html and "Behåll min plats" not in html


def test_cancelling_asks_for_confirmation_first(client, event_page):
    register(client, event_page, 1)
    submission = Submission.objects.get()
    url = f"/fi/tila/{submission.token}/"

    response = client.post(url, {"action": "cancel"})

    html = main(response.content.decode())
    assert response.status_code == 200
    assert "Haluatko perua ilmoittautumisesi?" in html
    buttons = re.findall(r'<button type="submit" name="action" value="(\w+)" class="([^"]+)">([^<]+)</button>', html)
    assert buttons == [
        ("confirm_cancel", "govuk-button govuk-button--warning", "Peru ilmoittautumiseni"),
        ("keep", "govuk-button govuk-button--secondary", "Pidä paikkani"),
    ]
    submission.refresh_from_db()
    assert submission.place == Place.CONFIRMED

    kept = client.post(url, {"action": "keep"})
    assert kept.status_code == 302 and kept["Location"] == url
    submission.refresh_from_db()
    assert submission.place == Place.CONFIRMED

    cancelled = client.post(url, {"action": "confirm_cancel"}, follow=True)
    submission.refresh_from_db()
    assert submission.place == Place.CANCELLED
    html = main(cancelled.content.decode())
    assert "Ilmoittautumisesi on peruttu." in html
    assert "Tämä ilmoittautuminen on peruttu." not in html  # said once
    assert "Peru ilmoittautumiseni" not in html  # nothing left to cancel
    assert "/kalenteri/" not in html


def test_a_cancelled_registration_is_not_asked_again(client, event_page):
    register(client, event_page, 1)
    submission = Submission.objects.get()
    Submission.objects.filter(pk=submission.pk).update(place=Place.CANCELLED)

    response = client.post(f"/fi/tila/{submission.token}/", {"action": "cancel"})

    assert response.status_code == 302


def test_a_message_still_reads_as_a_message(client, desk):
    client.post(desk.call.url, answers(desk.call))
    submission = Submission.objects.get()

    html = main(client.get(f"/fi/tila/{submission.token}/").content.decode())
    receipt = next(message for message in mail.outbox if message.to == ["aino@example.fi"])

    assert "Emme ole vielä vastanneet" in html
    assert "viimeistään" in receipt.body
    assert "kalenteri" not in receipt.body and "Tapahtuma" not in html
