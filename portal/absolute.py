"""Absolute addresses of pages in what the portal answers a request with: feeds, calendar files, the open data API.

Which host? Wagtail's `page.full_url` is built from the Wagtail Site's hostname and port. An install whose Site
still says `localhost` (the demo's, and any made by `load_demo_content` before the Site was edited) then hands
out `http://localhost/…` in calendars and feeds, which a calendar app on another machine cannot open. The Site
is also just a database row an editor may forget, while the host a response is for is known for certain: it is
the host the request came to, which Django accepts only when it is in `ALLOWED_HOSTS` (`request.get_host()`
raises `DisallowedHost` otherwise, and production lists its hosts explicitly), with the scheme the proxy tells
(`SECURE_PROXY_SSL_HEADER`). So whatever answers a request builds its absolute addresses from the request: a
calendar fetched from https://osallistu.example.fi links back to https://osallistu.example.fi, and the page cache
keeps its entries per scheme and host (portal.page_cache), so one host's addresses are never served to another.

Where there is no request (emails sent by the task worker), the Site's root URL stays the source, as Wagtail has
it; `WAGTAILADMIN_BASE_URL` names the admin's address, not necessarily the public site's, and is not used here.
"""


def absolute_url(request, url):
    """`url` (a path, or an address that is already absolute) as an absolute address on the request's host."""
    if not url:
        return ""
    return request.build_absolute_uri(url)


def page_absolute_url(page, request):
    """The page's address on the host `request` came to; a page of another Wagtail site keeps its site's host."""
    return absolute_url(request, page.get_url(request))
