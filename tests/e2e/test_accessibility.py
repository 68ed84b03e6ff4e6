"""Every page type, in Finnish and in one other language, and every language's home page have no axe-core violations
for WCAG 2.2 A and AA."""

from django.conf import settings
from wagtail.models import Page

from tests.e2e.conftest import screenshot


def one_live_page_per_type(code):
    """The first live page of each type in language `code`, by content type, the home page's type first."""
    pages = {}
    for page in Page.objects.live().filter(locale__language_code=code, depth__gte=2).order_by("path"):
        pages.setdefault(page.content_type_id, page)
    return pages


def pages_to_check():
    """Every page type in Finnish, the default language, and each type once more in one of the other languages,
    shared out in turn; every language's home page. The languages' pages share their templates and differ in text
    and language marks (which every checked page asserts), so checking each type in every language would repeat the
    same markup: one journey per page type keeps the browser test short."""
    finnish = one_live_page_per_type(settings.LANGUAGE_CODE)
    assert len(finnish) >= 12
    home_type, *other_types = finnish
    others = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]
    checks = [(settings.LANGUAGE_CODE, page) for page in finnish.values()]
    for turn, code in enumerate(others):
        pages = one_live_page_per_type(code)
        for content_type in [home_type, *sorted(other_types)[turn :: len(others)]]:
            assert content_type in pages, (code, finnish[content_type].specific_class.__name__)
            checks.append((code, pages[content_type]))
    return checks


def test_every_page_type_in_two_languages_and_every_home_page_have_no_axe_violations(demo_site, page, axe_violations):
    # One test for all languages: the demo site is built once.
    violations = []
    for code, wagtail_page in pages_to_check():
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


def test_video_page_plays_captions_under_the_site_policy_and_opens_its_transcript(demo_site, browser, axe_violations):
    """The demo's 'About participation' page: its clip, captions and poster load from the site itself under the real
    content security policy, the Finnish captions show, the transcript opens from the keyboard, axe finds nothing
    and the page reflows on a phone."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # CSP enforced
    page = context.new_page()
    blocked = []
    page.on(
        "console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None
    )
    page.goto(demo_site.url + "/fi/tietoa-osallisuudesta/")

    video = page.locator(".media-player video")
    page.wait_for_function("document.querySelector('.media-player video').readyState >= 1", timeout=15000)
    assert video.evaluate("v => [v.videoWidth, v.duration > 5]") == [640, True]
    tracks = video.evaluate("v => Array.from(v.textTracks, t => [t.language, t.mode])")
    assert tracks == [["fi", "showing"], ["sv", "disabled"], ["en", "disabled"]]
    page.wait_for_function("document.querySelector('.media-player video').textTracks[0].cues.length === 3")
    assert page.locator("a[href='#sign-language-version']").inner_text() == "Viittomakielellä"

    summary = page.locator(".media-player__transcript summary")
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator(".media-player__transcript").get_attribute("open") is not None
    assert page.get_by_text("Kerro, mitä ajattelet sote-palveluista.").first.is_visible()
    assert axe_violations(page) == []
    assert blocked == []
    screenshot(page, "fi-video-1280px")

    page.set_viewport_size({"width": 375, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    screenshot(page, "fi-video-375px")
    context.close()
