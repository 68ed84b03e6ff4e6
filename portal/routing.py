"""Which page an address is, kept per site version instead of walking the page tree on every request.

Wagtail routes a request from the language's home page down the path, fetching each child and then its specific
type: three to six queries before a page is served. The answer depends only on the site, the language and the
path, and changes only when pages are published, unpublished, moved or deleted, each of which makes a new site
version (portal.invalidation). So the first request for an address is routed as Wagtail routes it and the page's
object is kept in this process under the version (`portal.versioned.memo`); the next requests each take a copy of
it, without a query, and give it to Wagtail's serve view as the route already found (`_wagtail_route_for_request`,
Wagtail's own per-request cache of the route). Privacy, the page's own serve and every hook still run as before.

A routable page's sub-views (an event's calendar file) are resolved by the page itself from what is left of the path,
as Wagtail does. Addresses that are no page (404s) are never kept, so random addresses cannot fill the memory.
"""

import contextlib
import copy

from django.http import Http404
from django.urls import re_path
from django.utils.translation import get_language
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from portal import versioned


class _NotFound(Exception):
    """No page answers the address: nothing is kept."""


def serve(request, path):
    if request.method in ("GET", "HEAD"):
        _route_from_memory(request, path)
    return wagtail_views.serve(request, path)


def _route_from_memory(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return
    components = [component for component in path.split("/") if component]
    try:
        found = versioned.memo(
            ("route", site.pk, get_language(), path), lambda: _page_routed_to(request, path, components)
        )
    except _NotFound:
        return
    if found is None or hasattr(request, "_wagtail_route_for_request"):
        return  # not kept, or just routed by Wagtail while building the memo
    page, own_length = found
    page = copy.copy(page)  # the request's own: what it sets on the page is not kept (Django copies its caches too)
    # The page routes what is left of the path itself (a routable page's sub-view), without a query; a 404 from it
    # leaves the routing to Wagtail.
    with contextlib.suppress(Http404):
        request._wagtail_route_for_request = page.route(request, components[own_length:])


def _page_routed_to(request, path, components):
    """The live page Wagtail routes `path` to, with how many of the path's components are its own address; None when
    the address is not the page's own path under its home page (then it is never kept)."""
    route = Page.route_for_request(request, path)
    if route is None:
        raise _NotFound
    page = route.page
    own = page.url_path.strip("/").split("/")[1:]  # the home page's slug is not in the address
    if components[: len(own)] != own:
        return None
    page.locale  # noqa: B018 fetched once here, not by every request that names the page's language
    return copy.copy(page), len(own)  # this request serves `page` and may set things on it: keep a clean copy


# Wagtail's own front-end URLs, with its serve view given the route from memory.
urlpatterns = [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"] + [
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
]
