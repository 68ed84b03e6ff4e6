import pytest
from django.test import RequestFactory
from django.utils import translation

from portal.views import server_error

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "text"),
    [("fi", "Sivua ei löytynyt"), ("sv", "Sidan hittades inte"), ("en", "Page not found")],
)
def test_missing_page_gets_the_sites_404_in_the_users_language(client, localized_site, code, text):
    response = client.get(f"/{code}/ei-ole-olemassa/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    assert text in html
    assert 'class="site-header"' in html


def test_server_error_page_renders_without_the_database(django_assert_num_queries):
    request = RequestFactory().get("/fi/")
    with translation.override("fi"), django_assert_num_queries(0):
        response = server_error(request)

    assert response.status_code == 500
    assert "Jotain meni vikaan" in response.content.decode()
