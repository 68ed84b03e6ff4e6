"""A database that is away (down, restarting, locked too long) never costs a resident what they wrote.

Any request that fails because the database cannot be reached gets a short page in the resident's language, with
status 503 and `Retry-After`, saying that the service is briefly unavailable; a form that was being sent comes back
on that page with every answer, in a form that sends them again to the same address.

Where the error is caught: Django turns an exception anywhere in the middleware chain or the view into a response
(`convert_exception_to_response` around every middleware) and sends `got_request_exception` on the way, so an
exception never reaches an outer middleware. `note_database_error` records a database error on the request from
that signal, and `DatabaseOutageMiddleware`, placed before every middleware that may query (sessions, locale,
authentication, redirects), replaces the 500 response that resulted with the 503 page. Django's own log entry of
the error stays, so operators see the outage.

The page is rendered without the database: a self-contained template, no context processors, no site settings, no
session. The labels of a form's fields come from the cache, where a form page puts them when it shows its form
(`remember_form`); without them, the field's name is shown in a readable form.
"""

import logging
import sys

from csp.utils import build_policy
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.signals import got_request_exception
from django.db.utils import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse
from django.template import loader
from django.utils import translation

from portal import versioned

logger = logging.getLogger(__name__)

# Errors of a database that cannot be reached or answered in time; not errors in what was asked of it
# (IntegrityError, DataError, ProgrammingError), which are bugs to see as such.
UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
FORM_CACHE_TIMEOUT = 7 * 24 * 60 * 60
# Cache key -> (labels, site version) of what this process last stored there. The site version changes when pages
# change and starts anew when the cache is emptied (portal/versioned.py), and the labels are stored again then.
_written = {}
CSRF_FIELD = "csrfmiddlewaretoken"
TEXTAREA_FROM_LENGTH = 80


def database_unavailable(exception):
    """True when `exception`, or an exception it was raised from, says the database is away."""
    seen = 0
    while exception is not None and seen < 5:
        if isinstance(exception, UNAVAILABLE):
            return True
        exception, seen = exception.__cause__ or exception.__context__, seen + 1
    return False


@receiver(got_request_exception, dispatch_uid="portal.outage.note_database_error")
def note_database_error(sender, request=None, **kwargs):
    if request is not None and database_unavailable(sys.exc_info()[1]):
        request.database_unavailable = True


class DatabaseOutageMiddleware:
    """Turns the 500 of a request that failed for want of a database into the 503 page (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "database_unavailable", False) and response.status_code >= 500:
            logger.warning("Database unavailable: %s %s answered 503", request.method, request.path)
            return outage_response(request)
        return response


def form_cache_key(path):
    return f"portal.outage.form:{path}"


def field_kind(field):
    widget = field.widget
    if widget.is_hidden:
        return "hidden"
    if isinstance(widget, forms.PasswordInput):
        return "password"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if getattr(widget, "allow_multiple_selected", False):
        return "multiple"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    return "text"


def remember_form(request, form, hidden=()):
    """Keep the labels and kinds of `form`'s fields in the cache, for the 503 page of a send that fails.

    `hidden` names fields that are shown hidden although their widget is not (a honeypot).
    """
    fields = {
        name: {"label": str(field.label or name), "kind": "hidden" if name in hidden else field_kind(field)}
        for name, field in form.fields.items()
    }
    key = form_cache_key(request.path)
    version = versioned.current()  # None when the cache is away
    if version is not None and _written.get(key) == (fields, version):
        return  # this process stored these very labels at this site version: no cache round trip per form shown
    try:
        cache.set(key, fields, FORM_CACHE_TIMEOUT)
    except Exception:  # a cache that is away must not stop the form from showing
        logger.warning("Could not keep the form's labels in the cache", exc_info=True)
        return
    if len(_written) >= 1000:
        _written.clear()
    _written[key] = (fields, version)


def remembered_form(path):
    try:
        return cache.get(form_cache_key(path)) or {}
    except Exception:
        return {}


def humanised(name):
    return name.replace("_", " ").replace("-", " ").strip().capitalize() or name


def answers_to_send_again(request):
    """The POSTed fields as they are shown again: [{name, label, kind, values, id}] in the order sent."""
    if request.method != "POST":
        return []
    try:
        data = request.POST
    except Exception:  # a body that cannot be read gives no form, only the message
        return []
    known = remembered_form(request.path)
    fields = []
    for position, (name, values) in enumerate(data.lists()):
        spec = known.get(name, {})
        kind = "hidden" if name == CSRF_FIELD else spec.get("kind") or ("multiple" if len(values) > 1 else "text")
        if kind == "text" and any("\n" in value or len(value) > TEXTAREA_FROM_LENGTH for value in values):
            kind = "textarea"
        shown = values if kind in ("hidden", "multiple") else values[-1:]
        fields.append(
            {
                "name": name,
                "label": spec.get("label") or humanised(name),
                "kind": kind,
                "values": shown,
                "id": f"outage-field-{position}",
            }
        )
    return fields


def outage_response(request):
    """The 503 page, in the language of the address, with the form being sent (if any) and its answers."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    fields = answers_to_send_again(request)
    with translation.override(language):
        content = loader.render_to_string(
            "outage.html",
            {
                "fields": fields,
                "visible_fields": [field for field in fields if field["kind"] != "hidden"],
                "action": request.get_full_path(),
                "retry_after": RETRY_AFTER_SECONDS,
            },
        )
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # The page holds what the resident wrote: never kept by a browser or a proxy.
    response["Cache-Control"] = "private, no-store"
    response["X-Frame-Options"] = "DENY"
    policy = build_policy()
    if policy:
        response["Content-Security-Policy"] = policy
    return response
