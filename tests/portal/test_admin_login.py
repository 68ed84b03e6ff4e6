import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("toimittaja", "toimittaja@example.fi", "oikea-salasana-123")


def sign_in(client, password, address="198.51.100.7"):
    return client.post("/admin/login/", {"username": "toimittaja", "password": password}, REMOTE_ADDR=address)


def test_sign_in_works_with_the_right_password(client, editor):
    response = sign_in(client, "oikea-salasana-123")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_after_five_failures_even_the_right_password_waits(client, editor):
    for _attempt in range(5):
        assert sign_in(client, "väärä").status_code == 200

    response = sign_in(client, "oikea-salasana-123")

    assert response.status_code == 200
    assert "Liian monta epäonnistunutta kirjautumisyritystä" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_limit_is_per_client_address(client, editor):
    for _attempt in range(5):
        sign_in(client, "väärä", address="198.51.100.7")

    assert sign_in(client, "oikea-salasana-123", address="203.0.113.9").status_code == 302


def test_a_successful_sign_in_clears_earlier_failures(client, editor):
    for _attempt in range(4):
        sign_in(client, "väärä")
    assert sign_in(client, "oikea-salasana-123").status_code == 302
    client.logout()

    for _attempt in range(4):
        sign_in(client, "väärä")
    assert sign_in(client, "oikea-salasana-123").status_code == 302


def test_behind_a_proxy_the_forwarded_address_counts(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _attempt in range(5):
        client.post(
            "/admin/login/",
            {"username": "toimittaja", "password": "väärä"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="forged, 198.51.100.7",
        )

    other_resident = client.post(
        "/admin/login/",
        {"username": "toimittaja", "password": "oikea-salasana-123"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.9",
    )

    assert other_resident.status_code == 302
