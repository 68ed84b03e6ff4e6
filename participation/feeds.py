"""A listing as an Atom feed, and the events listing as a subscribable calendar, with the listing's own filters.

Each index page answers `syote/` (Atom, django.contrib.syndication) and the events listing `kalenteri/` (iCalendar)
beside its own address, as routable page sub-views (participation.models.base.IndexPage), in every language:
/fi/avoimet-haut/syote/?kohderyhma=ikaihmiset&alue=tampere, /sv/evenemang/kalenteri/?alue=tammerfors.

- Filters: the same GET parameters as the listing, bound by the same `ListingFilter`s, so an unknown or hostile value
  is ignored exactly as the listing ignores it (never an error).
- What is in them: the listing's live pages outside private sections (`portal.queries.visible`), in the page's
  language. A feed carries the FEED_LIMIT most recently published of them, newest first, so that a feed reader sees
  a new call or event as soon as it is published; the calendar carries up to CALENDAR_LIMIT events in the order they
  start. A fixed number of queries whatever the amount of content: the taxonomies are prefetched.
- Addresses: absolute, on the host the request came to (portal.absolute).
- Caching: feeds and calendars are shared by every anonymous reader of the same address, so the full-page cache
  keeps them like pages (portal.page_cache stores Atom and iCalendar responses too) and drops them when the site
  version changes, i.e. on every publish, unpublish, move or privacy change (portal.invalidation).
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html, format_html_join

from participation.calendar import events_ics
from participation.listing import filters_title
from portal.absolute import absolute_url, page_absolute_url
from portal.localization import shown_language

FEED_LIMIT = 30
CALENDAR_LIMIT = 200


class ListingFeed(Feed):
    """The Atom feed of one index page's listing, narrowed by its bound filters."""

    feed_type = Atom1Feed

    def __init__(self, page, filters, query):
        super().__init__()
        self.page = page
        self.filters = filters
        self.query = query  # the filters' query string, "" when none is chosen
        # An alias in a Sámi language lists the Finnish pages: the feed says it is in Finnish.
        self.language = shown_language(page) or page.locale.language_code
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.page

    def title(self, page):
        return filters_title(page, self.filters)

    def author_name(self, page):
        return settings.WAGTAIL_SITE_NAME  # Atom asks for an author; the portal publishes every item

    def subtitle(self, page):
        return page.intro or page.summary or ""

    def link(self, page):
        return absolute_url(self.request, page.get_url(self.request) + self.query)

    def feed_url(self, page):
        return absolute_url(self.request, page.feed_path(self.request) + self.query)

    def items(self, page):
        queryset = page.listing_queryset(self.filters)
        for listing_filter in self.filters:
            queryset = listing_filter.apply(queryset)
        # The items' locale is read by their addresses (Wagtail's get_url_parts).
        return list(queryset.select_related("locale").order_by("-first_published_at", "-pk")[:FEED_LIMIT])

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return page_absolute_url(item, self.request)

    def item_guid(self, item):
        return self.item_link(item)

    def item_description(self, item):
        facts = format_html_join("", "<p>{}</p>", ((fact,) for fact in item.feed_facts()))
        summary = format_html("<p>{}</p>", item.summary) if item.summary else ""
        return facts + summary

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_categories(self, item):
        return [term.name for term in item.target_groups.all()] + [term.name for term in item.areas.all()]


def calendar_response(page, events, request, filters):
    body = events_ics(events[:CALENDAR_LIMIT], request, filters_title(page, filters))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{page.slug}.ics"'
    return response
