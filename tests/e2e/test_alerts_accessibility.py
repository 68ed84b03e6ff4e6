"""The alert subscription pages in the browser: reached from the open calls listing with its filters, no axe
violations (with and without errors), and a reflow at 320 px."""

from participation.models import AlertSubscription, OpenCallIndexPage, TargetGroup
from tests.e2e.conftest import screenshot


def test_subscribe_page_from_the_listing_has_no_axe_violations(demo_site, page, axe_violations):
    listing = OpenCallIndexPage.objects.get(locale__language_code="fi")
    group = TargetGroup.objects.filter(locale__language_code="fi").order_by("name").first()
    page.goto(f"{demo_site.url}{listing.url}?kohderyhma={group.slug}")
    page.get_by_role("link", name="Tilaa ilmoitukset").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Tilaa ilmoitukset"
    assert page.get_by_label(group.name, exact=True).is_checked()
    assert page.get_by_label("Uusista avoimista hauista").is_checked()
    violations = axe_violations(page)
    screenshot(page, "fi-alerts-subscribe")

    page.get_by_label("Uusista avoimista hauista").uncheck()
    page.get_by_role("button", name="Tilaa").click()
    assert page.locator(".govuk-error-summary").is_visible()
    violations += axe_violations(page)

    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert violations == []
    assert not AlertSubscription.objects.exists()
