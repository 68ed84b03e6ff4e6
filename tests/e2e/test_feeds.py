"""A listing's feed and calendar links in the browser: accessible, carrying the filters, and readable by a feed
reader and a calendar app."""

import feedparser
import icalendar

from tests.e2e.conftest import screenshot


def test_the_events_listing_links_its_filtered_feed_and_calendar_without_axe_violations(
    demo_site, page, axe_violations
):
    page.goto(demo_site.url + "/fi/tapahtumat/")
    page.select_option("#filter-kohderyhma", "ikaantyneet")
    page.get_by_role("button", name="Näytä tulokset").click()
    page.wait_for_url("**kohderyhma=ikaantyneet**")

    assert axe_violations(page) == []
    screenshot(page, "fi-events-feeds")
    feed_link = page.get_by_role("link", name="Tilaa syöte")
    calendar_link = page.get_by_role("link", name="Tilaa kalenteri")
    assert "kohderyhma=ikaantyneet" in feed_link.get_attribute("href")
    assert calendar_link.get_attribute("href").startswith(demo_site.url + "/fi/tapahtumat/kalenteri/?")
    alternate = page.locator('link[rel="alternate"][type="application/atom+xml"]')
    assert alternate.get_attribute("href") == feed_link.get_attribute("href")

    feed = feedparser.parse(page.request.get(demo_site.url + feed_link.get_attribute("href")).body())
    assert not feed.bozo and feed.feed.language == "fi"
    assert all(entry.link.startswith(demo_site.url + "/fi/tapahtumat/") for entry in feed.entries)
    calendar = icalendar.Calendar.from_ical(page.request.get(calendar_link.get_attribute("href")).body())
    assert str(calendar["X-WR-CALNAME"]).startswith("Tapahtumat: ")
