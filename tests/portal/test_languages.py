import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_root_lands_on_finnish_by_default(client, localized_site):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/fi/"


@pytest.mark.parametrize("code", ["sv", "en"])
def test_root_follows_the_browser_language(client, localized_site, code):
    response = client.get("/", headers={"accept-language": f"{code},fi;q=0.5"})

    assert response["Location"] == f"/{code}/"


def test_switcher_and_hreflang_point_to_the_translation(client, localized_site):
    page = StandardPageFactory(parent=localized_site.home, title="Tietoa", slug="tietoa")
    localized_site.translate(page, "sv", title="Om delaktighet", slug="om-delaktighet")

    html = client.get("/fi/tietoa/").content.decode()

    assert '<link rel="alternate" hreflang="sv" href="http://testserver/sv/om-delaktighet/">' in html
    assert '<link rel="alternate" hreflang="fi" href="http://testserver/fi/tietoa/">' in html
    assert 'hreflang="en" href="http://testserver/en/' not in html
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    assert '<a href="/sv/om-delaktighet/" lang="sv" hreflang="sv">Svenska</a>' in switcher
    # No English translation: the switcher goes to the English home page.
    assert '<a href="/en/" lang="en" hreflang="en">English</a>' in switcher
    assert 'href="/fi/tietoa/" lang="fi" hreflang="fi" aria-current="true"' in switcher


def test_interface_text_follows_the_page_language(client, localized_site):
    assert "Siirry pääsisältöön" in client.get("/fi/").content.decode()
    assert "Hoppa till huvudinnehållet" in client.get("/sv/").content.decode()
    assert "Skip to main content" in client.get("/en/").content.decode()


def test_admin_login_is_in_finnish_by_default(client, localized_site):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert 'lang="fi"' in response.content.decode()
