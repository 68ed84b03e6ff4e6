"""Error pages in the site's look and the resident's language, and robots.txt."""

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_safe
from django.views.defaults import page_not_found as django_page_not_found


@requires_csrf_token
def page_not_found(request, exception=None):
    return django_page_not_found(request, exception, template_name="404.html")


@requires_csrf_token
def server_error(request):
    """Render the 500 page without the database: the error may have come from it."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"request": request}))


@require_safe
@cache_control(public=True, max_age=24 * 60 * 60)
def robots_txt(request):
    """Every page may be crawled but the admin; the sitemap is on the host that was asked (it differs per install).

    Nothing from the database: the favicon beside it is a file WhiteNoise serves (portal/public/).
    """
    sitemap = request.build_absolute_uri("/sitemap.xml")
    body = f"User-agent: *\nDisallow: /admin/\n\nSitemap: {sitemap}\n"
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
