"""The email queue's extra headers and other apps' templates, and the personal-data hooks, used by an app that is
not forms_engine (participation's alerts)."""

import pytest
from django.core import mail
from wagtail import hooks

from forms_engine.models import Notification
from forms_engine.notifications import queue_email
from forms_engine.retention import PERSONAL_DATA_ERASE_HOOK, PERSONAL_DATA_FIND_HOOK, erase_email, personal_data

pytestmark = pytest.mark.django_db


def test_extra_headers_are_kept_with_the_row_and_sent():
    headers = {"List-Unsubscribe": "<https://example.fi/pois/>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}

    notification = queue_email(["a@example.fi"], "confirm_subscription", {"confirm_url": "x"}, "fi", headers=headers)

    assert Notification.objects.get(pk=notification.pk).headers == headers
    assert mail.outbox[0].extra_headers == headers
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in mail.outbox[0].message().as_string()


def test_an_email_without_extra_headers_has_none():
    queue_email(["a@example.fi"], "confirm_subscription", {"confirm_url": "x"}, "fi")

    assert Notification.objects.get().headers == {}
    assert mail.outbox[0].extra_headers == {}


def test_a_template_name_with_a_slash_is_a_path_of_its_own():
    queue_email(["a@example.fi"], "participation/email/alert_confirm", {"confirm_url": "x", "days": 7}, "sv")

    assert mail.outbox[0].subject == "Bekräfta prenumerationen på meddelanden"


def test_other_apps_personal_data_is_found_and_erased_through_hooks():
    erased = []

    def find(email):
        return [{"page": "other app", "email": email}]

    def erase(email):
        erased.append(email)
        return 2

    with (
        hooks.register_temporarily(PERSONAL_DATA_FIND_HOOK, find),
        hooks.register_temporarily(PERSONAL_DATA_ERASE_HOOK, erase),
    ):
        found = personal_data("x@example.fi")
        counts = erase_email("x@example.fi")

    assert {"page": "other app", "email": "x@example.fi"} in found["subscriptions"]
    assert erased == ["x@example.fi"]
    assert counts["subscriptions"] >= 2
