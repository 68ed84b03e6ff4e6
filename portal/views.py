"""Error pages in the site's look and the resident's language."""

from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import page_not_found as django_page_not_found


@requires_csrf_token
def page_not_found(request, exception=None):
    return django_page_not_found(request, exception, template_name="404.html")


@requires_csrf_token
def server_error(request):
    """Render the 500 page without the database: the error may have come from it."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"request": request}))
