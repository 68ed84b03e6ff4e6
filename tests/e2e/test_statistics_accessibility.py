"""The public statistics page (/fi/osallisuus-lukuina/ and its translations) has no axe-core violations."""

import pytest

from tests.e2e.conftest import screenshot

ADDRESSES = {
    "fi": "/fi/osallisuus-lukuina/",
    "sv": "/sv/delaktighet-i-siffror/",
    "en": "/en/participation-in-figures/",
}


@pytest.mark.parametrize("code", list(ADDRESSES))
def test_statistics_page_has_no_axe_violations(demo_site, page, axe_violations, code):
    response = page.goto(demo_site.url + ADDRESSES[code])

    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == code
    assert page.locator("h1").count() == 1
    assert page.locator("table caption").count() >= 2
    assert axe_violations(page) == []
    screenshot(page, f"{code}-statistics-page")


def test_statistics_page_reflows_at_320_css_pixels(demo_site, page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(demo_site.url + ADDRESSES["fi"])

    assert page.evaluate("document.documentElement.scrollWidth") <= 320
