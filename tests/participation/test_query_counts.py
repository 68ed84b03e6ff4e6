"""Every listing and detail page makes the same number of queries with 1 item as with 50."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from participation.listing import PAGE_SIZE
from participation.models import ChannelKind, FollowUpStatusEntry
from tests.participation.factories import (
    AreaFactory,
    ChannelPageFactory,
    EventPageFactory,
    FollowUpPageFactory,
    MethodPageFactory,
    OpenCallPageFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_time(settings):
    """The renders are counted, not the anonymous page cache's hits (portal/page_cache.py)."""
    settings.PAGE_CACHE_SECONDS = 0


# A repeat render: the route and the page (portal/routing.py), the site, header, footer, private sections and filter
# terms come from the process's memory per site version (portal/versioned.py), a listing's cards and count and a
# detail page's shared content from the fragments cache: a listing asked for again costs no query. What is left is
# what each visitor's own response needs: a form's fields (to build the form) and an event's places taken.
LISTING_LIMIT = 0
DETAIL_LIMIT = 3


def warm_query_count(client, url):
    """Queries of a repeat visit: the site's header and footer come from the cache after the first."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_related_content(sections, terms):
    """One item of every kind, all linked to each other and tagged, as real content is."""
    channel = ChannelPageFactory(parent=sections.channels)
    method = MethodPageFactory(parent=sections.methods)
    follow_up = FollowUpPageFactory(
        parent=sections.follow_ups,
        timeline_entries=[
            FollowUpStatusEntry(date="2026-10-01", status="received", note="Saapui."),
            FollowUpStatusEntry(date="2026-11-01", status="in_preparation", note="Valmistelussa."),
        ],
    )
    pages = [
        channel,
        method,
        follow_up,
        OpenCallPageFactory(parent=sections.open_calls, channel=channel),
        EventPageFactory(parent=sections.events, channel=channel),
    ]
    follow_up.channels.add(channel)
    follow_up.methods.add(method)
    for page in pages:
        page.target_groups.add(*terms["groups"])
        page.areas.add(*terms["areas"])
        page.save_revision().publish()
    return pages


def test_queries_do_not_grow_with_content(client, sections, django_assert_max_num_queries):
    terms = {"groups": [TargetGroupFactory() for _ in range(3)], "areas": [AreaFactory() for _ in range(2)]}
    first_pages = add_related_content(sections, terms)
    listing_urls = [index.url for index in vars(sections).values()] + ["/fi/"]
    detail_urls = [page.url for page in first_pages]
    before = {url: warm_query_count(client, url) for url in listing_urls + detail_urls}

    for _ in range(49):
        add_related_content(sections, terms)

    after = {url: warm_query_count(client, url) for url in listing_urls + detail_urls}
    assert after == before
    for url in listing_urls:
        assert after[url] <= LISTING_LIMIT, url
        with django_assert_max_num_queries(LISTING_LIMIT):
            client.get(url)
    for url in detail_urls:
        assert after[url] <= DETAIL_LIMIT, url
        with django_assert_max_num_queries(DETAIL_LIMIT):
            client.get(url)


def test_a_listings_cards_are_rendered_once_per_site_version(client, sections):
    ChannelPageFactory(parent=sections.channels, title="Vanhusneuvosto")
    url = sections.channels.url
    client.get(url)  # the header, footer and cards are kept from here on

    with CaptureQueriesContext(connection) as kept:
        client.get(url)
    caches["fragments"].clear()
    with CaptureQueriesContext(connection) as rendered:
        client.get(url)
    assert len(kept) < len(rendered)  # the cards' pages and their terms are not read again

    # A new channel makes a new site version: the next visitor sees it, and a filtered address has its own cards.
    ChannelPageFactory(parent=sections.channels, title="Nuorisovaltuusto", kind=ChannelKind.STATUTORY_COUNCIL)
    html = client.get(url).content.decode().replace("\u00ad", "")  # card titles carry soft hyphens
    assert "Nuorisovaltuusto" in html and "Vanhusneuvosto" in html
    councils = client.get(url, {"tyyppi": ChannelKind.STATUTORY_COUNCIL}).content.decode().replace("\u00ad", "")
    assert "Nuorisovaltuusto" in councils and "Vanhusneuvosto" not in councils


def test_a_listings_kept_count_follows_the_site_version_and_still_ends_the_pages(client, sections):
    for number in range(PAGE_SIZE):
        ChannelPageFactory(parent=sections.channels, title=f"Kanava {number}")
    url = sections.channels.url
    assert client.get(url, {"page": 2}).status_code == 404  # twelve channels: one page, counted and kept
    assert client.get(url, {"page": 2}).status_code == 404  # and from the kept count

    ChannelPageFactory(parent=sections.channels, title="Kolmastoista")
    second = client.get(url, {"page": 2})
    assert second.status_code == 200  # the new site version counts again: thirteen make a second page
    assert "Kolmastoista" in second.content.decode().replace("\u00ad", "")
    assert "13" in second.context["count_label"]
    assert client.get(url, {"page": 3}).status_code == 404
