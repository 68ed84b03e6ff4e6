"""Private pages are never stored by a browser or a cache: receipts, answers given back, status, subscriptions."""

import re

import pytest

from forms_engine.models import Submission, Subscription
from tests.forms_engine.factories import answers
from tests.participation.factories import FollowUpPageFactory

pytestmark = pytest.mark.django_db


def assert_not_stored(response):
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control, response["Cache-Control"]


def test_receipt_and_the_answers_given_back_are_not_stored(client, desk):
    sent = client.post(desk.call.url, answers(desk.call))
    invalid = client.post(desk.call.url, answers(desk.call, nimi=""))

    assert sent.status_code == 303
    assert_not_stored(client.get(sent["Location"]))
    assert invalid.status_code == 200 and "Haluan kehittää palveluja." in invalid.content.decode()
    assert_not_stored(invalid)


def test_a_form_is_never_kept_by_a_shared_cache(client, desk):
    response = client.get(desk.call.url)

    assert "private" in response["Cache-Control"]  # its single-use token is for one person only


def test_the_private_status_page_is_not_stored(client, desk):
    client.post(desk.call.url, answers(desk.call))
    submission = Submission.objects.get()

    response = client.get(f"/fi/tila/{submission.token}/")

    assert response.status_code == 200
    assert_not_stored(response)


def test_subscription_pages_are_not_stored(client, desk):
    follow_up = FollowUpPageFactory(parent=desk.follow_ups)
    asked = client.post(f"/fi/tilaukset/uusi/{follow_up.pk}/", {"email": "seuraaja@example.fi"})
    subscription = Subscription.objects.get()

    page = client.get(f"/fi/tilaukset/{subscription.token}/")

    assert asked.status_code == 200
    assert_not_stored(asked)
    assert page.status_code == 200
    assert re.search(r'name="action" value="confirm"', page.content.decode())
    assert_not_stored(page)
