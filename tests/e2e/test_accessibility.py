"""Every page type, in every language, has no axe-core violations for WCAG 2.2 A and AA."""

from django.conf import settings
from wagtail.models import Page

from tests.e2e.conftest import screenshot


def one_live_page_per_type(code):
    pages = {}
    for page in Page.objects.live().filter(locale__language_code=code, depth__gte=2).order_by("path"):
        pages.setdefault(page.content_type_id, page)
    return list(pages.values())


def test_every_page_type_in_every_language_has_no_axe_violations(demo_site, page, axe_violations):
    # One test for all languages: the demo site is built once.
    violations = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        pages = one_live_page_per_type(code)
        assert len(pages) >= 12, code
        for wagtail_page in pages:
            response = page.goto(demo_site.url + wagtail_page.url)
            assert response.status == 200, wagtail_page.url
            assert page.locator("html").get_attribute("lang") == code
            violations += axe_violations(page)
            screenshot(page, f"{code}-{wagtail_page.specific_class.__name__}")
    assert violations == []


def test_not_found_page_has_no_axe_violations(demo_site, page, axe_violations):
    response = page.goto(demo_site.url + "/sv/finns-inte/")

    assert response.status == 404
    assert axe_violations(page) == []


def test_skip_link_moves_focus_to_the_main_content(demo_site, page):
    page.goto(demo_site.url + "/fi/")

    page.keyboard.press("Tab")
    skip_link = page.locator(":focus")
    assert skip_link.inner_text() == "Siirry pääsisältöön"
    assert skip_link.is_visible()
    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.id") == "main"


def test_page_reflows_at_320_css_pixels(demo_site, page):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ["/fi/", "/fi/menetelmat/", "/fi/menetelmat/osallistuva-budjetointi/"]:
        page.goto(demo_site.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
    screenshot(page, "fi-method-320px")
