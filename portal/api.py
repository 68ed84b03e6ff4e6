"""Open data: Wagtail's API v2 over the public pages, read-only and rate-limited, at /api/v2/pages/.

The pages' own `api_fields` say what each page type shows (participation.api: taxonomies, dates, status). What this
module adds to Wagtail's `PagesAPIViewSet`:

- Only live pages outside every private section, whoever asks: Wagtail's own queryset lets in the sections whose
  restriction the request passes (a password given in the session, a signed-in editor), so the portal's
  `visible()` takes out every restricted section on top of it. That queryset is also the one `?child_of=`,
  `?descendant_of=`, `?ancestor_of=` and the detail view look their pages up in, so a private page is "not found"
  by every way in.
- No authentication at all: a session cookie changes nothing and cannot be used for CSRF-less writes (there are
  none: the API only reads).
- Throttled per client address (`portal.client.client_address`, behind `TRUSTED_PROXY_COUNT` proxies) at
  `OPEN_DATA_API_RATE` ("60/minute"); the 429 is JSON with `Retry-After`.
- Every error is JSON with one key, `message` (Wagtail's own errors have it; DRF's, such as the 429 and the 405,
  are given it too).
- JSON only (no browsable HTML API: `?format=` anything but json is a 400), and addresses (`html_url`,
  `detail_url`) on the host the request came to (portal.absolute), not the Wagtail Site's hostname.
- Bad parameters are a 400 or a 404 in JSON, never a 500: numbers too large for the database are refused first,
  so is a NUL character in any parameter (PostgreSQL cannot compare with it), and `?search=` keeps only letters,
  digits, spaces and hyphens (the full-text syntax of the database is not for visitors to write). Every API field
  that is a database field is also a filter (`?starts_at=…`, `?target_groups=3`), and its value must be a value of
  that field (`ValidatedFieldsFilter`). An address under /api/ that is nothing is a JSON 404 too, not the redirect
  to /fi/… that Django's LocaleMiddleware gives other 404s outside the language prefixes (see
  `keep_out_of_language_redirect`).
- Not under a language prefix, so the anonymous page cache (portal.page_cache) neither serves nor stores it; each
  response says `Cache-Control: public, max-age=60`.

Images and documents have no endpoint: images carry no privacy of their own and documents only their collection's,
and neither is needed to read the pages.
"""

import datetime
import re

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import patch_cache_control
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import AnonRateThrottle
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import (
    DetailUrlField,
    PageHtmlUrlField,
    PageParentField,
    PageSerializer,
    get_serializer_class,
)
from wagtail.api.v2.utils import BadRequestError, parse_boolean
from wagtail.api.v2.views import PagesAPIViewSet

from portal.absolute import absolute_url, page_absolute_url
from portal.client import client_address
from portal.queries import visible

# The largest id the databases take (a signed 64-bit integer); a larger one would be an error in the database.
MAX_ID = 2**63 - 1
SEARCH_LENGTH = 200
NOT_SEARCH_TEXT = re.compile(r"[^\w\s-]|_")
ID_PARAMETERS = ("child_of", "ancestor_of", "descendant_of", "translation_of", "offset", "limit", "id")


def _django_request(request):
    return getattr(request, "_request", request)


def keep_out_of_language_redirect(request):
    """Answer `request` without LocaleMiddleware's redirect of a 404 to /fi/…: that middleware redirects a 404 outside
    the language prefixes when the address with the prefix resolves, and under /fi/ every address resolves (Wagtail's
    pages). Its check reads `request.urlconf`; the API's own URLs have no language prefixes, so it lets the API's
    JSON 404 through."""
    _django_request(request).urlconf = "portal.api_urls"


def not_found(request, path=""):
    keep_out_of_language_redirect(request)
    return JsonResponse({"message": "not found"}, status=404)


class OpenDataThrottle(AnonRateThrottle):
    """Requests per client address, at `settings.OPEN_DATA_API_RATE`."""

    scope = "open_data"

    def get_rate(self):
        return getattr(settings, "OPEN_DATA_API_RATE", "60/minute")

    def get_ident(self, request):
        return client_address(_django_request(request)) or "unknown"


class HtmlUrlField(PageHtmlUrlField):
    def to_representation(self, page):
        return page_absolute_url(page, _django_request(self.context["request"]))


class ApiDetailUrlField(DetailUrlField):
    def get_attribute(self, instance):
        url = super().get_attribute(instance)  # raises SkipField for objects without an endpoint
        path = self.context["router"].get_object_detail_urlpath(type(instance), instance.pk)
        return absolute_url(_django_request(self.context["request"]), path) if path else url


class ParentField(PageParentField):
    def to_representation(self, value):
        serializer_class = get_serializer_class(
            value.__class__,
            ["id", "type", "detail_url", "html_url", "title"],
            meta_fields=["type", "detail_url", "html_url"],
            base=OpenDataPageSerializer,
        )
        return serializer_class(context=self.context).to_representation(value)


class OpenDataPageSerializer(PageSerializer):
    html_url = HtmlUrlField(read_only=True)
    detail_url = ApiDetailUrlField(read_only=True)
    parent = ParentField(read_only=True)


def field_filter_value(field, name, value):
    """`value` of a `?name=value` filter as the Python value of `field`, or a BadRequestError saying why not.

    Wagtail's FieldsFilter converts only booleans, integers and foreign keys, and those without a range check; any
    other value reaches the database as it was written, where "2026" for a date-time is a ValidationError, "abc" for
    a many-to-many a ValueError and a 30-digit id an OverflowError on SQLite: all of them 500s. Here every value goes
    through its field's own `to_python` (a relation's through the field it points at), integers must fit the
    database, and date-times are made aware (in the current time zone, as the site shows them) and taken to UTC, so
    that a year the database cannot store is refused here too.
    """
    try:
        if isinstance(field, models.BooleanField):
            return parse_boolean(value)
        converted = (field.target_field if field.is_relation else field).to_python(value)
        if isinstance(converted, datetime.datetime):
            if timezone.is_naive(converted):
                converted = timezone.make_aware(converted)
            converted = converted.astimezone(datetime.UTC)
    except (ValidationError, ValueError, TypeError, OverflowError) as error:
        raise BadRequestError(f"field filter error. '{value[:50]}' is not a valid value for {name}") from error
    if isinstance(converted, int) and not -MAX_ID - 1 <= converted <= MAX_ID:
        raise BadRequestError(f"field filter error. '{value[:50]}' is not a valid value for {name} (too large)")
    return converted


class ValidatedFieldsFilter(FieldsFilter):
    """Wagtail's `?field=value` filters, with each value checked by `field_filter_value` before it reaches the
    database: a bad value is a 400 that says which filter, never a 500."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name, value in request.GET.items():
            if name not in fields:
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if "\x00" in value:
                raise BadRequestError(f"field filter error. null characters are not allowed for {name}")
            queryset = queryset.filter(**{name: field_filter_value(field, name, value)})
        return queryset


class PublicPagesAPIViewSet(PagesAPIViewSet):
    base_serializer_class = OpenDataPageSerializer
    filter_backends = [
        ValidatedFieldsFilter if backend is FieldsFilter else backend for backend in PagesAPIViewSet.filter_backends
    ]
    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [OpenDataThrottle]

    def initial(self, request, *args, **kwargs):
        if request.GET.get("format", "json") != "json":
            raise BadRequestError("format must be 'json' (the only format there is)")
        if any("\x00" in value for _name, values in request.GET.lists() for value in values):
            raise BadRequestError("parameters cannot contain NUL characters")  # PostgreSQL refuses them
        if request.GET.get("search_operator", "and") not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if "search" in request.GET:
            django_request = _django_request(request)
            django_request.GET = django_request.GET.copy()
            text = NOT_SEARCH_TEXT.sub(" ", django_request.GET["search"][: SEARCH_LENGTH * 2])
            django_request.GET["search"] = " ".join(text.split())[:SEARCH_LENGTH]
        super().initial(request, *args, **kwargs)

    def handle_exception(self, exc):
        """Every error as {"message": …}: Wagtail's have that key, DRF's (429, 405) would say "detail"."""
        response = super().handle_exception(exc)
        data = response.data if isinstance(response.data, dict) else {}
        message = data.get("message") or data.get("detail")
        if not message:
            message = "not found" if response.status_code == 404 else response.status_text
        response.data = {"message": str(message)}
        return response

    def get_base_queryset(self):
        return visible(super().get_base_queryset())

    def get_queryset(self):
        queryset = super().get_queryset().select_related("locale")
        fields = {field.name for field in queryset.model._meta.get_fields()}
        related = [name for name in ("target_groups", "areas") if name in fields]
        return queryset.prefetch_related(*related) if related else queryset

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        check_ids(self.request)

    def detail_view(self, request, pk):
        if int(pk) > MAX_ID:
            raise Http404("not found")
        return super().detail_view(request, pk)

    def find_object(self, queryset, request):
        check_ids(request)
        return super().find_object(queryset, request)

    def find_view(self, request):
        """Wagtail's, redirecting to the detail's path on the request's own host (not the Site's)."""
        try:
            page = self.find_object(self.get_queryset(), request)
        except self.model.DoesNotExist:
            page = None
        if page is None:
            raise Http404("not found")
        query = request.GET.copy()
        for name in self.find_query_parameters:
            query.pop(name, None)
        path = request.wagtailapi_router.get_object_detail_urlpath(self.model, page.pk)
        return redirect(f"{path}?{query.urlencode()}" if query else path)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        keep_out_of_language_redirect(request)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=60)
        return response


def check_ids(request):
    for name in ID_PARAMETERS:
        value = request.GET.get(name, "")
        if value.isdigit() and int(value) > MAX_ID:
            raise BadRequestError(f"{name} is too large")
        if name == "id" and value and not value.isdigit():
            raise BadRequestError("id must be a positive integer")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
