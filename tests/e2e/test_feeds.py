"""A listing's "Follow new" block in the browser: accessible at phone and desktop widths, its links carrying the
filters, and the feed and calendar readable by a feed reader and a calendar app."""

import feedparser
import icalendar

from tests.e2e.conftest import screenshot


def test_the_events_listing_offers_its_filtered_alerts_feed_and_calendar_without_axe_violations(
    demo_site, page, axe_violations
):
    page.goto(demo_site.url + "/fi/tapahtumat/")
    page.select_option("#filter-kohderyhma", "ikaantyneet")
    page.get_by_role("button", name="Näytä tulokset").click()
    page.wait_for_url("**kohderyhma=ikaantyneet**")

    assert axe_violations(page) == []
    block = page.get_by_role("region", name="Seuraa uusia")
    block.scroll_into_view_if_needed()
    screenshot(page, "fi-events-follow-1280")
    alerts_link = block.get_by_role("link", name="Tilaa ilmoitukset sähköpostiin")
    feed_link = block.get_by_role("link", name="Tilaa uutislukijaan (RSS-syöte)")
    calendar_link = block.get_by_role("link", name="Tilaa tapahtumat kalenteriisi")
    assert "kohderyhma=ikaantyneet" in alerts_link.get_attribute("href")
    assert "kohderyhma=ikaantyneet" in feed_link.get_attribute("href")
    host = demo_site.url.split("://", 1)[1]
    assert calendar_link.get_attribute("href").startswith(f"webcal://{host}/fi/tapahtumat/kalenteri/?")
    address = block.locator("code").inner_text()
    assert address == demo_site.url + "/fi/tapahtumat/kalenteri/?kohderyhma=ikaantyneet"
    assert block.get_by_text("Tässä valituilla rajauksilla: Ikääntyneet.").count() == 3
    alternate = page.locator('link[rel="alternate"][type="application/atom+xml"]')
    assert alternate.get_attribute("href") == feed_link.get_attribute("href")
    assert alternate.get_attribute("title") == "Tapahtumat: Ikääntyneet"

    feed = feedparser.parse(page.request.get(demo_site.url + feed_link.get_attribute("href")).body())
    assert not feed.bozo and feed.feed.language == "fi"
    assert all(entry.link.startswith(demo_site.url + "/fi/tapahtumat/") for entry in feed.entries)
    calendar = icalendar.Calendar.from_ical(page.request.get(address).body())
    assert str(calendar["X-WR-CALNAME"]) == "Tapahtumat: Ikääntyneet"

    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(demo_site.url + "/fi/avoimet-haut/")
    assert axe_violations(page) == []
    block = page.get_by_role("region", name="Seuraa uusia")
    block.scroll_into_view_if_needed()
    screenshot(page, "fi-open-calls-follow-375")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # no sideways scrolling on a phone
    assert block.get_by_role("link").count() == 2  # email alerts and the feed; calls have no calendar
