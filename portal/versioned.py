"""The site's version, read once per request, and what every page needs kept in each process under it.

Every page shows the same things built from the database: each language's header and footer (portal.chrome), which
sections are private (portal.queries), which site answers a host and the sites' root paths (Wagtail's routing).
They change only when editors change pages, privacy or settings, and each such change bumps one number in the
shared cache, the site version (`VERSION_KEY`; portal.invalidation's receivers bump it). So a request reads that
one key once (`current()`), and whatever was built at that version is taken from this process's memory (`memo()`): one
cache round trip per page instead of one per value, and no unpickling. Another process's change is seen by the
next request of every process, as each reads the version afresh.

A version number is never reused: a new one starts at a random value, so after the cache is emptied (a Redis
restart, `cache.clear()`) no process mistakes what it built before for the current state. The key never expires.
"""

import copy
import logging
import secrets
import threading

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.signals import request_finished, request_started
from django.dispatch import receiver

logger = logging.getLogger(__name__)

VERSION_KEY = "portal:chrome:version"
# A process keeps at most this many values of the current version (a bound, should callers ever key by page).
MAX_VALUES = 5000

_request = threading.local()  # the version the current request read; unset outside requests
_lock = threading.Lock()
_store = {"version": None, "values": {}}


def current():
    """The site version: read from the cache once per request (every call outside a request reads it).

    None when the cache cannot be reached: then `memo()` keeps nothing.
    """
    version = getattr(_request, "version", None)
    if version is not None:
        return version
    try:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, secrets.randbits(48), timeout=None)
            version = cache.get(VERSION_KEY)
    except Exception:  # a cache that is away: nothing is kept, every value is built afresh, pages still render
        logger.warning("Could not read the site version from the cache", exc_info=True)
        return None
    if getattr(_request, "active", False):
        _request.version = version
    return version


def remember(version):
    """Use `version`, read by the caller for this request (the page cache reads it with its entry), as `current()`."""
    if getattr(_request, "active", False) and version is not None:
        _request.version = version


def invalidate():
    """A new site version: everything built at the old one is rebuilt on next use, in every process."""
    _request.version = None
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # no version yet (or the cache was emptied): start a new series
        cache.set(VERSION_KEY, secrets.randbits(48), timeout=None)


def memo(name, build):
    """`build()`, kept in this process until the site version changes. `name` must say everything it depends on."""
    version = current()
    if version is None:
        return build()
    store = _store
    if store["version"] == version:
        try:
            return store["values"][name]
        except KeyError:
            pass
    value = build()
    with _lock:
        if _store["version"] != version:
            _store.update(version=version, values={})
        if len(_store["values"]) < MAX_VALUES:
            _store["values"][name] = value
    return value


@receiver(request_started, dispatch_uid="portal-versioned-request-started")
def _start_request(**kwargs):
    _request.active = True
    _request.version = None


@receiver(request_finished, dispatch_uid="portal-versioned-request-finished")
def _finish_request(**kwargs):
    _request.active = False
    _request.version = None


def _site_for(request):
    from wagtail.models import Site

    try:
        key = ("site", request.get_host(), request.get_port())
    except DisallowedHost:
        return
    site = memo(key, lambda: _found_site(request))
    if site is not None:
        site = copy.copy(site)
        site.root_page = copy.copy(site.root_page)
    request._wagtail_site = site
    request._wagtail_cached_site_root_paths = memo("site-root-paths", Site.get_site_root_paths)


def _found_site(request):
    """The site answering `request`, as Wagtail finds it, with its root page as the specific home page."""
    from wagtail.models import Site

    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site


class SiteMiddleware:
    """Gives Wagtail the request's site and the sites' root paths from this process's memory.

    Wagtail otherwise looks the site up (one query), then its home page (two more), on every request, and reads
    the root paths from the cache once per request and again for every `{{ page.url }}`. Each request gets its own
    copy of the site and home page objects, so nothing one request sets on them is seen by another.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def __call__(self, request):
        if request.path_info.startswith(self.prefixes):  # the site's pages; not the admin, robots.txt or sitemap
            _site_for(request)
        return self.get_response(request)
