import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db

PASSWORD = "oikea-salasana-123"
LOCKED_OUT_FI = "Liian monta epäonnistunutta kirjautumisyritystä"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("toimittaja", "toimittaja@example.fi", PASSWORD)


@pytest.fixture
def other_account(db):
    return get_user_model().objects.create_superuser("toinen", "toinen@example.fi", "toisen-salasana-456")


def sign_in(client, password, username="toimittaja", address="198.51.100.7", **extra):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address, **extra)


def test_sign_in_works_with_the_right_password(client, editor):
    response = sign_in(client, PASSWORD)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_after_five_failures_even_the_right_password_waits(client, editor):
    for _attempt in range(4):
        assert sign_in(client, "väärä").status_code == 200
    fifth = sign_in(client, "väärä")

    response = sign_in(client, PASSWORD)

    assert fifth.status_code == 429
    assert response.status_code == 429
    html = response.content.decode()
    assert LOCKED_OUT_FI in html
    assert 'name="password"' in html  # Wagtail's own sign-in page, not a bare error
    assert "_auth_user_id" not in client.session


def test_one_address_is_locked_out_whichever_usernames_it_tries(client, editor):
    for attempt in range(5):
        sign_in(client, "väärä", username=f"arvaus{attempt}", address="198.51.100.7")

    assert sign_in(client, PASSWORD, address="198.51.100.7").status_code == 429
    assert sign_in(client, PASSWORD, address="203.0.113.9").status_code == 302


def test_one_username_is_locked_out_whichever_addresses_try_it(client, editor):
    for attempt in range(5):
        sign_in(client, "väärä", address=f"198.51.100.{attempt + 10}")

    assert sign_in(client, PASSWORD, address="203.0.113.9").status_code == 429


def test_signing_in_to_another_account_between_guesses_clears_nothing(client, editor, other_account):
    for attempt in range(4):
        assert sign_in(client, "väärä", username=f"arvaus{attempt}").status_code == 200
        assert sign_in(client, "toisen-salasana-456", username="toinen").status_code == 302
        client.logout()
    assert sign_in(client, "väärä", username="arvaus4").status_code == 429

    assert sign_in(client, "toisen-salasana-456", username="toinen").status_code == 429
    assert sign_in(client, PASSWORD).status_code == 429


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fi", LOCKED_OUT_FI),
        ("sv", "För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen."),
    ],
)
def test_the_lockout_message_is_in_the_users_language(client, editor, language, message):
    for _attempt in range(5):
        sign_in(client, "väärä", HTTP_ACCEPT_LANGUAGE=language)

    response = sign_in(client, PASSWORD, HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 429
    assert message in response.content.decode()


def test_after_the_cool_off_signing_in_works_again(client, editor):
    for _attempt in range(5):
        sign_in(client, "väärä")
    assert sign_in(client, PASSWORD).status_code == 429

    # Fifteen minutes and a moment later.
    AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16))

    assert sign_in(client, PASSWORD).status_code == 302


def test_an_admin_can_unlock_a_username(client, editor):
    for attempt in range(5):
        sign_in(client, "väärä", address=f"198.51.100.{attempt + 10}")

    call_command("axes_reset_username", "toimittaja")

    assert sign_in(client, PASSWORD, address="203.0.113.9").status_code == 302


def test_behind_a_proxy_the_forwarded_address_counts(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for attempt in range(5):
        client.post(
            "/admin/login/",
            {"username": f"arvaus{attempt}", "password": "väärä"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="forged, 198.51.100.7",
        )

    same_client = client.post(
        "/admin/login/",
        {"username": "toimittaja", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="other-forgery, 198.51.100.7",
    )
    other_resident = client.post(
        "/admin/login/",
        {"username": "toimittaja", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.9",
    )

    assert same_client.status_code == 429
    assert other_resident.status_code == 302
