"""Site search: one query to the search backend per request, facets and pages worked out from its answer.

`run_search` analyses the query in the active language (`search.analysis`), asks the configured Wagtail search
backend once for every matching live page of that language in relevance order (only ids and content types), and
then counts the facets (type, target group, area), applies the chosen facets and picks the page of results in
Python. Only the ten pages shown are loaded in full. The page → target group/area table that the facets need is
built once and kept until editors next publish, unpublish, move or delete a page.
"""

import re
import uuid
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import itemgetter
from typing import Any
from urllib.parse import urlencode

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from portal.pagination import Pagination, requested_page_number
from portal.queries import visible
from search.analysis import analyse_query

MAX_QUERY_LENGTH = 200
MAX_PARAM_LENGTH = 100
MAX_MATCHES = 20_000
EXTERNAL_MAX_MATCHES = 1_000
PAGE_SIZE = 10
TYPE_PARAM = "tyyppi"
TARGET_GROUP_PARAM = "kohderyhma"
AREA_PARAM = "alue"
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
TAGS_VERSION_KEY = "search:tags-version"


def clean_query(raw):
    """The query as typed, without control characters and cut to a sane length."""
    text = CONTROL_CHARACTERS.sub(" ", raw or "")
    text = "".join(char for char in text if not 0xD800 <= ord(char) <= 0xDFFF)  # lone surrogates
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def backend_query(groups):
    """A Wagtail query: every word must match, any one of a word's readings will do."""
    parts = []
    for alternatives in groups:
        if len(alternatives) == 1:
            parts.append(PlainText(alternatives[0]))
        else:
            parts.append(Or([PlainText(term) for term in alternatives]))
    return parts[0] if len(parts) == 1 else And(parts)


# Target groups and areas of every tagged page, for the facets.

_tag_tables = {}


def tagged_models():
    from participation.models.base import TaggedPage

    return [model for model in apps.get_models() if issubclass(model, TaggedPage)]


@dataclass(frozen=True)
class PageTags:
    """The target group and area slugs of every tagged page: {page id: (slugs)} each."""

    groups: dict
    areas: dict


def _build_tag_table():
    slugs = {"target_groups": {}, "areas": {}}
    for model in tagged_models():
        for attribute, by_page in slugs.items():
            relation = model._meta.get_field(attribute)
            through = relation.remote_field.through
            page_column = relation.m2m_column_name()
            rows = through.objects.values_list(page_column, f"{relation.m2m_reverse_field_name()}__slug")
            for page_id, slug in rows:
                by_page.setdefault(page_id, []).append(slug)
    return PageTags(
        groups={page_id: tuple(set(found)) for page_id, found in slugs["target_groups"].items()},
        areas={page_id: tuple(set(found)) for page_id, found in slugs["areas"].items()},
    )


def _cached(name, build):
    """`build()` kept in this process until pages or taxonomies next change (the version is in the cache)."""
    version = cache.get(TAGS_VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(TAGS_VERSION_KEY, version, timeout=None)
    if _tag_tables.get("version") != version:
        _tag_tables.clear()
        _tag_tables["version"] = version
    if name not in _tag_tables:
        _tag_tables[name] = build()
    return _tag_tables[name]


def tag_table():
    """Every tagged page's target groups and areas, rebuilt after pages change."""
    return _cached("pages", _build_tag_table)


def term_names(locale):
    """{param: {slug: name}} of the target groups and areas in `locale`."""
    from participation.models import Area, TargetGroup

    return _cached(
        f"terms:{locale.pk}",
        lambda: {
            TARGET_GROUP_PARAM: dict(TargetGroup.objects.filter(locale=locale).values_list("slug", "name")),
            AREA_PARAM: dict(Area.objects.filter(locale=locale).values_list("slug", "name")),
        },
    )


def forget_tag_table():
    cache.delete(TAGS_VERSION_KEY)


# Facets.


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Facet:
    param: str
    label: str
    options: list

    @property
    def selected(self):
        return next((option for option in self.options if option.selected), None)


@dataclass
class SearchOutcome:
    query: str
    groups: list
    total: int = 0
    results: list = field(default_factory=list)
    facets: list = field(default_factory=list)
    page: Any = None  # the django.core.paginator.Page of result ids shown
    selected: dict = field(default_factory=dict)
    too_long: bool = False

    def facet_url(self, param, value):
        """This search with facet `param` set to `value` ("" removes it), from its first page."""
        params = {"q": self.query, **self.selected, param: value}
        return "?" + urlencode({key: chosen for key, chosen in params.items() if chosen})

    @property
    def page_number(self):
        return self.page.number if self.page else 1

    @property
    def pagination(self):
        return Pagination(self.page, {"q": self.query, **self.selected})

    @property
    def clear_filters_url(self):
        return "?" + urlencode({"q": self.query})

    @property
    def first_number(self):
        return self.page.start_index()


def _param(request, name):
    value = request.GET.get(name, "")
    return value[:MAX_PARAM_LENGTH] if isinstance(value, str) else ""


def search_queryset(locale):
    # Only filters on indexed fields: the search backends reject any other (`path` and `live` are indexed).
    return visible(Page.objects.filter(locale=locale, depth__gt=1))


def ranked_matches(query, queryset):
    """[(page id, content type id)] of every match in relevance order, from one backend query."""
    backend = get_search_backend()
    results = backend.search(query, queryset.only("id", "content_type_id"), operator="and")
    if hasattr(results, "get_queryset"):
        # The database backends: fetch ids only, in the backend's order (in the backend's session, if it has one).
        matches = results[:MAX_MATCHES].get_queryset().values_list("pk", "content_type_id")
        session = getattr(backend, "ranking_session", None)
        with session(matches.db) if session else nullcontext():
            return list(matches)
    # Elasticsearch and OpenSearch: the best matches (their result window is limited), counted and faceted here.
    return [(page.pk, page.content_type_id) for page in results[:EXTERNAL_MAX_MATCHES]]


def count_facets(matches, tags, chosen_type, group, area):
    """Counts per type, target group and area, and the ids of the chosen pages, from [(page id, type id)].

    Each facet is counted with the other facets' choices applied, so its counts tell what choosing it would give.
    """

    def narrowed(by_type=True, by_group=True, by_area=True):
        rows = matches
        if by_type and chosen_type is not None:
            rows = [row for row in rows if row[1] == chosen_type]
        if by_group and group:
            rows = [row for row in rows if group in tags.groups.get(row[0], ())]
        if by_area and area:
            rows = [row for row in rows if area in tags.areas.get(row[0], ())]
        return rows

    def slugs(by_page, rows):
        return chain.from_iterable(map(by_page.get, map(itemgetter(0), rows), repeat(())))

    type_counts = Counter(map(itemgetter(1), narrowed(by_type=False)))
    group_counts = Counter(slugs(tags.groups, narrowed(by_group=False)))
    area_counts = Counter(slugs(tags.areas, narrowed(by_area=False)))
    chosen = [pk for pk, _type in narrowed()]
    return type_counts, group_counts, area_counts, chosen


def _type_key(content_type):
    return f"{content_type.app_label}.{content_type.model}"


def type_label(model):
    """The kind of page as residents say it ("Open call"): the page class's `resident_label`, or its verbose name."""
    return capfirst(getattr(model, "resident_label", None) or model._meta.verbose_name)


def is_search_result(model):
    """Whether search shows pages of this class: not the home page or section fronts (`search_result = False`)."""
    return model is not None and getattr(model, "search_result", True)


def _type_label(content_type):
    model = content_type.model_class()
    return content_type.model if model is None else type_label(model)


def run_search(request, locale):
    """Search the live pages of `locale` for the request's `q`, with its facets and page number."""
    raw = request.GET.get("q", "")
    query = clean_query(raw if isinstance(raw, str) else "")
    outcome = SearchOutcome(query=query, groups=[], too_long=len(raw or "") > MAX_QUERY_LENGTH)
    outcome.groups = analyse_query(query, locale.language_code)
    if not outcome.groups:
        return outcome

    matches = ranked_matches(backend_query(outcome.groups), search_queryset(locale))
    content_types = {ct_id: ContentType.objects.get_for_id(ct_id) for ct_id in {ct for _pk, ct in matches}}
    content_types = {ct_id: ct for ct_id, ct in content_types.items() if is_search_result(ct.model_class())}
    matches = [row for row in matches if row[1] in content_types]
    tags = tag_table() if matches else PageTags(groups={}, areas={})

    type_keys = {ct_id: _type_key(ct) for ct_id, ct in content_types.items()}
    terms = term_names(locale) if matches else {TARGET_GROUP_PARAM: {}, AREA_PARAM: {}}
    type_labels = {type_keys[ct_id]: _type_label(ct) for ct_id, ct in content_types.items()}

    selected = {
        TYPE_PARAM: _param(request, TYPE_PARAM),
        TARGET_GROUP_PARAM: _param(request, TARGET_GROUP_PARAM),
        AREA_PARAM: _param(request, AREA_PARAM),
    }
    # Unknown values are ignored, as on the listing pages.
    if selected[TYPE_PARAM] not in type_labels:
        selected[TYPE_PARAM] = ""
    for param in (TARGET_GROUP_PARAM, AREA_PARAM):
        if selected[param] not in terms[param]:
            selected[param] = ""
    outcome.selected = {key: value for key, value in selected.items() if value}

    chosen_type = next((ct_id for ct_id, key in type_keys.items() if key == selected[TYPE_PARAM]), None)
    type_counts, group_counts, area_counts, chosen = count_facets(
        matches, tags, chosen_type, selected[TARGET_GROUP_PARAM], selected[AREA_PARAM]
    )
    counted = {
        TYPE_PARAM: {type_keys[ct_id]: count for ct_id, count in type_counts.items()},
        TARGET_GROUP_PARAM: group_counts,
        AREA_PARAM: area_counts,
    }
    labels = {TYPE_PARAM: type_labels, **terms}
    facet_names = {
        TYPE_PARAM: _("Type"),
        TARGET_GROUP_PARAM: _("Target group"),
        AREA_PARAM: _("Area"),
    }
    for param, name in facet_names.items():
        options = [
            FacetOption(
                value=value,
                label=labels[param].get(value, value),
                count=count,
                selected=selected[param] == value,
                url=outcome.facet_url(param, "" if selected[param] == value else value),
            )
            for value, count in counted[param].items()
            if value in labels[param]
        ]
        options.sort(key=lambda option: (-option.count, str(option.label)))
        if options:
            outcome.facets.append(Facet(param=param, label=name, options=options))

    outcome.total = len(chosen)
    outcome.page = Paginator(chosen, PAGE_SIZE).get_page(requested_page_number(request))  # past the end: the last
    page_ids = outcome.page.object_list
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    outcome.results = [pages[pk] for pk in page_ids if pk in pages]
    return outcome
