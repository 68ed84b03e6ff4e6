import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from portal.models import AccessibilityStatementPage, HomePage, StandardPage
from tests.factories import AccessibilityStatementPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_home_page_only_at_root_level(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_accessibility_statement_lives_under_home_and_has_no_children(self):
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())


@pytest.mark.parametrize("code", ["fi", "sv", "en"])
def test_home_page_renders_in_each_language_with_its_lang(client, localized_site, code):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    assert localized_site.homes[code].title in html
    assert html.count("<h1") == 1


@pytest.mark.parametrize("code", ["sv", "en"])
def test_standard_page_renders_its_translation(client, localized_site, code):
    page = StandardPageFactory(parent=localized_site.home, title="Tietoa osallisuudesta", slug="tietoa")
    localized_site.translate(page, code, title=f"Translated {code}", slug=f"info-{code}")

    response = client.get(f"/{code}/info-{code}/")

    assert response.status_code == 200
    assert f"Translated {code}" in response.content.decode()


def test_plain_language_summary_comes_before_the_body(client, localized_site):
    StandardPageFactory(
        parent=localized_site.home,
        slug="selko",
        plain_summary="Tämä on selkokielinen tiivistelmä.",
        body=[("paragraph", "<p>Varsinainen sisältö.</p>")],
    )

    html = client.get("/fi/selko/").content.decode()

    assert html.index("Tämä on selkokielinen tiivistelmä.") < html.index("Varsinainen sisältö.")


def test_accessibility_statement_shows_the_fields_the_law_requires(client, localized_site):
    AccessibilityStatementPageFactory(parent=localized_site.home, slug="saavutettavuusseloste")

    html = client.get("/fi/saavutettavuusseloste/").content.decode()

    assert "Palvelu täyttää osittain" in html
    assert "Osa vanhoista PDF-liitteistä" in html
    assert "1.11.2026" in html
    assert "Liikenne- ja viestintävirasto Traficom" in html


def test_breadcrumbs_lead_from_home_to_the_page(client, localized_site):
    parent = StandardPageFactory(parent=localized_site.home, title="Tietoa", slug="tietoa")
    StandardPageFactory(parent=parent, title="Käsitteet", slug="kasitteet")

    html = client.get("/fi/tietoa/kasitteet/").content.decode()

    assert 'aria-label="Murupolku"' in html
    assert '<a href="/fi/">Osallistu ja vaikuta</a>' in html
    assert '<a href="/fi/tietoa/">Tietoa</a>' in html
    assert 'aria-current="page">Käsitteet</a>' in html


def test_main_navigation_lists_menu_pages_of_the_active_language(client, localized_site):
    StandardPageFactory(parent=localized_site.home, title="Valikossa", slug="valikossa", show_in_menus=True)
    StandardPageFactory(parent=localized_site.home, title="Piilossa", slug="piilossa", show_in_menus=False)

    html = client.get("/fi/valikossa/").content.decode()

    nav = html[html.index('<nav class="main-nav"') :]
    nav = nav[: nav.index("</nav>")]
    assert 'aria-current="page">Valikossa</a>' in nav
    assert "Piilossa" not in nav
