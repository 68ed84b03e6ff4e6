"""Absolute addresses are on the host the request came to, not the Wagtail Site's `localhost` (portal/absolute.py)."""

import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_the_sitemap_lists_pages_on_the_host_that_was_asked(client, localized_site):
    StandardPageFactory(parent=localized_site.home, title="Tietoa osallisuudesta", slug="tietoa")
    assert localized_site.site.hostname == "localhost"

    body = client.get("/sitemap.xml", HTTP_HOST="osallistu.example.fi", secure=True).content.decode()

    assert "<loc>https://osallistu.example.fi/fi/tietoa/</loc>" in body
    assert "localhost" not in body


def test_a_host_not_allowed_is_refused_not_linked_to(client, localized_site, settings):
    settings.ALLOWED_HOSTS = ["osallistu.example.fi"]

    assert client.get("/sitemap.xml", HTTP_HOST="evil.example").status_code == 400
