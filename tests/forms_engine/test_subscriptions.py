"""Follow-up subscriptions: double opt-in, unsubscribe, and emails on each published status change."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from forms_engine.models import Submission, Subscription
from participation.models import FollowUpStatusEntry
from tests.forms_engine.factories import answers
from tests.participation.factories import FollowUpPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def follow_up(desk):
    return FollowUpPageFactory(parent=desk.follow_ups)


def link(message):
    return re.search(r"https?://\S+", message.body).group(0)


def change_status(page, status):
    page.timeline_entries.add(FollowUpStatusEntry(date=timezone.localdate(), status=status, note="Etenee."))
    page.save_revision().publish()


def test_subscription_needs_confirmation_then_gets_status_changes(client, follow_up):
    response = client.post(f"/fi/tilaukset/uusi/{follow_up.pk}/", {"email": "seuraaja@example.fi"})

    assert response.status_code == 200
    subscription = Subscription.objects.get()
    assert subscription.confirmed_at is None
    confirm_url = link(mail.outbox[-1])
    change_status(follow_up, "in_preparation")
    assert [message.to for message in mail.outbox] == [["seuraaja@example.fi"]]  # not confirmed: nothing sent

    client.get(confirm_url)  # a link scanner: changes nothing
    assert Subscription.objects.get().confirmed_at is None
    client.post(confirm_url, {"action": "confirm"})
    change_status(follow_up, "decided")

    assert Subscription.objects.get().confirmed_at is not None
    assert mail.outbox[-1].to == ["seuraaja@example.fi"]
    assert follow_up.title in mail.outbox[-1].subject
    unsubscribe_url = link_after(mail.outbox[-1], "tilaukset")
    client.post(unsubscribe_url, {"action": "unsubscribe"})
    assert not Subscription.objects.exists()


def test_a_status_email_can_be_unsubscribed_from_in_the_mail_program_with_one_click(client, follow_up):
    subscription = Subscription.objects.create(
        page=follow_up, email="seuraaja@example.fi", language="fi", confirmed_at=timezone.now()
    )
    change_status(follow_up, "in_preparation")
    headers = mail.outbox[-1].extra_headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    one_click = re.fullmatch(r"<(https?://[^>]+)>", headers["List-Unsubscribe"]).group(1)
    assert one_click.endswith(f"/fi/tilaukset/{subscription.token}/lopeta/")
    path = one_click.split("://", 1)[1].split("/", 1)[1]

    assert client.get(f"/{path}").status_code == 200  # a mail scanner's GET ends nothing
    assert Subscription.objects.exists()
    mail_program = Client(enforce_csrf_checks=True)  # no cookie, no CSRF token: RFC 8058's POST
    stopped = mail_program.post(
        f"/{path}", "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert stopped.status_code == 200
    assert not Subscription.objects.exists()
    change_status(follow_up, "decided")
    assert len(mail.outbox) == 1  # no more emails
    # The same click again (or the link of an ended subscription) says the subscription has ended.
    again = mail_program.post(f"/{path}")
    assert again.status_code == 200
    assert "Tilaus on jo päättynyt" in again.content.decode()
    assert "Tilaus on jo päättynyt" in client.get(f"/fi/tilaukset/{subscription.token}/").content.decode()
    assert client.get("/fi/tilaukset/tuntematon/lopeta/").status_code == 200
    assert client.get("/fi/tilaukset/ei!kelpaa/lopeta/").status_code == 404  # not a token at all


def link_after(message, fragment):
    return next(url for url in re.findall(r"https?://\S+", message.body) if fragment in url)


def test_only_pages_that_accept_subscriptions_can_be_subscribed_to(client, desk, follow_up):
    # An open call is a live page but not one to follow: its id in the address is a 404, and nothing is stored.
    response = client.post(f"/fi/tilaukset/uusi/{desk.call.pk}/", {"email": "seuraaja@example.fi"})

    assert response.status_code == 404
    assert not Subscription.objects.exists()
    assert client.post(f"/fi/tilaukset/uusi/{follow_up.pk}/", {"email": "seuraaja@example.fi"}).status_code == 200


def test_invalid_email_shows_an_error_summary(client, follow_up):
    response = client.post(f"/fi/tilaukset/uusi/{follow_up.pk}/", {"email": "ei-osoite"})

    assert response.status_code == 400
    assert "govuk-error-summary" in response.content.decode()


def test_a_missing_address_says_what_to_write_and_the_input_offers_the_residents_own(client, follow_up):
    html = client.post(f"/fi/tilaukset/uusi/{follow_up.pk}/", {"email": ""}).content.decode()

    assert 'href="#id_email">Kirjoita sähköpostiosoitteesi.</a>' in html
    assert re.search(r'<input type="email" name="email"[^>]*autocomplete="email"', html)


def test_resident_whose_submission_started_it_is_told_without_subscribing(client, desk):
    client.post(desk.call.url, answers(desk.call))
    submission = Submission.objects.get()
    client.force_login(desk.coordinator)
    client.post(f"/admin/inbox/{submission.pk}/", {"action": "follow_up"})
    submission.refresh_from_db()
    follow_up = submission.follow_up.specific
    mail.outbox.clear()

    change_status(follow_up, "in_preparation")

    assert [message.to for message in mail.outbox] == [["aino@example.fi"]]
