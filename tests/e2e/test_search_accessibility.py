"""The search page has no axe-core violations with and without results, and the header search works without JS."""

from tests.e2e.conftest import screenshot

SEARCH_PAGES = [
    ("/fi/haku/?q=kokemusasiantuntijan", "fi-search-results"),
    ("/fi/haku/?q=osallistuvaan+budjetointiin&kohderyhma=nuoret", "fi-search-filtered"),
    ("/fi/haku/?q=olematonsanaxyz", "fi-search-no-results"),
    ("/fi/haku/", "fi-search-empty"),
    ("/sv/haku/?q=klientr%C3%A5d", "sv-search-results"),
    ("/en/haku/?q=nothingmatchesthis", "en-search-no-results"),
]


def test_search_page_has_no_axe_violations_with_and_without_results(demo_site, page, axe_violations):
    violations = []
    for path, name in SEARCH_PAGES:
        response = page.goto(demo_site.url + path)
        assert response.status == 200, path
        violations += axe_violations(page)
        screenshot(page, name)

    assert violations == []
    page.goto(demo_site.url + SEARCH_PAGES[0][0])
    assert page.locator("main ol").first.locator("li").count() >= 1


def test_search_from_the_header_without_javascript(demo_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(demo_site.url + "/fi/")
        search_box = page.get_by_label("Hae sivustolta").filter(visible=True)  # the header's, or the folded menu's
        search_box.fill("kokemusasiantuntijan")
        search_box.press("Enter")
        page.wait_for_url("**/fi/haku/?q=*")

        results = page.locator("main ol").first
        assert results.locator("li").count() >= 1
        assert "kokemusasiantuntija" in results.locator("li").first.inner_text().lower()
        assert page.locator("main ol mark").count() >= 1
        # One search box on the search page: its own form, not the header's as well.
        assert page.locator('input[type="search"]').count() == 1
        assert page.get_by_role("search", name="Haku").count() == 1
    finally:
        context.close()


def test_search_page_reflows_at_320_css_pixels(demo_site, page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(demo_site.url + "/fi/haku/?q=asiakasraati")

    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    screenshot(page, "fi-search-320px")
