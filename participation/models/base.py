"""What every participation page type shares."""

import functools
from urllib.parse import urlencode

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from participation.api import TAXONOMY_API_FIELDS
from participation.listing import build_listing, chosen_filters, filters_title
from portal.absolute import absolute_url
from portal.models import BasePage
from portal.queries import visible

# A detail page lists at most this many related pages (a channel's open calls and events, where a method was used),
# with a link to the listing filtered to all of them when there are more.
RELATED_LIMIT = 6


def bounded(queryset, request, listing_model, locale_id, param, value):
    """The first RELATED_LIMIT pages of `queryset`, and the address of `listing_model`'s listing in the language
    filtered by `param=value` when there are more (empty otherwise): a page's size does not grow with its relations.

    Both are fetched when a template first uses them, so not at all when the fragment showing them is kept.
    """

    @functools.cache
    def found():
        pages = list(queryset[: RELATED_LIMIT + 1])
        more_url = ""
        if len(pages) > RELATED_LIMIT:
            listing = visible(listing_model.objects.filter(locale_id=locale_id)).first()
            if listing is not None:
                more_url = f"{listing.get_url(request)}?{urlencode({param: value})}"
        return pages[:RELATED_LIMIT], more_url

    return SimpleLazyObject(lambda: found()[0]), SimpleLazyObject(lambda: found()[1])


class IndexPage(RoutablePageMixin, BasePage):
    """A section front that lists its live children with filters and pagination.

    Subclasses name `child_model`, the filters and the order; `count_label` gives "12 channels". Its listing is also
    an Atom feed at `syote/` with the same filters (participation.feeds); `has_calendar` adds an iCalendar feed of
    the listed events at `kalenteri/` (EventIndexPage). A child page with such a slug is served before the sub-view.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]

    child_model = None
    ordering = ["title"]
    has_calendar = False
    search_result = False  # it lists its children, which search finds themselves

    class Meta:
        abstract = True

    def listing_filters(self):
        return []

    def listing_queryset(self, filters):
        """The live children in the page's language; `filters` are bound, for orders that depend on them."""
        return (
            visible(self.child_model.objects.child_of(self))
            .prefetch_related("target_groups", "areas")
            .order_by(*self.ordering)
        )

    def count_label(self, count):
        raise NotImplementedError

    def route(self, request, path_components):
        # Children are all of one type: fetch the specific child in one query instead of Wagtail's two. What is no
        # child is one of the page's own sub-views (its feed), or not found.
        if not path_components:
            return super().route(request, path_components)
        try:
            child = self.child_model.objects.child_of(self).get(slug=path_components[0])
        except self.child_model.DoesNotExist:
            return super().route(request, path_components)
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def bound_filters(self, request):
        return [listing_filter.bind(request) for listing_filter in self.listing_filters()]

    @staticmethod
    def filters_query(filters):
        """The chosen filters as a query string ("?kohderyhma=ikaihmiset"), "" when none is chosen."""
        chosen = {f.param: f.selected for f in chosen_filters(filters)}
        return f"?{urlencode(chosen)}" if chosen else ""

    def feed_path(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")

    def calendar_path(self, request=None):
        return self.get_url(request) + self.reverse_subpage("calendar") if self.has_calendar else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.bound_filters(request)
        count_key = ("listing", self.pk, self.locale_id, self.filters_query(filters))
        listing = build_listing(request, lambda: self.listing_queryset(filters), filters, count_key=count_key)
        context["listing"] = listing
        context["count_label"] = self.count_label(listing.count)
        context.update(self.follow_context(request, filters))
        return context

    def follow_context(self, request, filters):
        """What the "Follow new" block (templates/includes/listing_follow.html) links to, with the chosen filters.

        It is rendered outside the listing's cached fragment: the calendar's address is absolute, on the host the
        request came to (portal.absolute), and the fragment is shared by every host of the same path.
        """
        query = self.filters_query(filters)
        context = {
            "feed_url": self.feed_path(request) + query,
            "feed_title": filters_title(self, filters),
            "chosen_filter_labels": [str(f.selected_label) for f in chosen_filters(filters)],
        }
        if self.has_calendar:
            # Absolute: calendar apps are given the address to subscribe to, not a link to follow. The webcal:
            # link opens the calendar app's "subscribe" on phones and desktops; the https address is to copy.
            calendar_url = absolute_url(request, self.calendar_path(request) + query)
            context["calendar_url"] = calendar_url
            context["webcal_url"] = "webcal:" + calendar_url.split(":", 1)[1]
        return context

    @path("syote/", name="feed")
    def feed(self, request):
        # Imported here: the models are loaded by every process and part of the site, the feed view only by this.
        from participation.feeds import ListingFeed

        filters = self.bound_filters(request)
        return ListingFeed(self, filters, self.filters_query(filters))(request)


class TaggedPage(BasePage):
    """A page that belongs to target groups and areas, shown and filtered by them."""

    target_groups = ParentalManyToManyField(
        "participation.TargetGroup", blank=True, related_name="+", verbose_name=_("target groups")
    )
    areas = ParentalManyToManyField("participation.Area", blank=True, related_name="+", verbose_name=_("areas"))

    taxonomy_panels = [FieldPanel("target_groups"), FieldPanel("areas")]
    api_fields = TAXONOMY_API_FIELDS
    search_fields = BasePage.search_fields + [
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("areas", [index.SearchField("name")]),
    ]

    class Meta:
        abstract = True

    def feed_facts(self):
        """Short lines of text that say the most about this page in its listing's feed (participation.feeds)."""
        return []
