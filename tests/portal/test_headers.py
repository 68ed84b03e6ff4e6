"""Site-wide headers: a Permissions-Policy that refuses the browser features no page uses."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


def test_every_response_refuses_unused_browser_features(client, localized_site):
    for url in ("/fi/", "/fi/ei-ole-olemassa/", "/admin/login/"):
        response = client.get(url)
        assert response["Permissions-Policy"] == POLICY, url


@override_settings(PERMISSIONS_POLICY="camera=()")
def test_the_policy_comes_from_settings(client, localized_site):
    assert client.get("/fi/")["Permissions-Policy"] == "camera=()"


@override_settings(PERMISSIONS_POLICY="")
def test_an_empty_policy_sends_no_header(client, localized_site):
    assert "Permissions-Policy" not in client.get("/fi/")
