"""Site search: the matches are ranked, paged and counted by the database; only the page shown is fetched.

`run_search` analyses the query in the active language (`search.analysis`) and asks the configured Wagtail search
backend for the live pages of that language that match it. On the database backends (SQLite, PostgreSQL) the work
scales with the size of a results page, not with the number of matches:

- one query counts the facets (type, target group, area) and the total with ``GROUP BY`` over the matches, each
  facet with the other facets' choices applied (`DatabaseMatches.counts`);
- one query returns the ids of the results page in relevance order with ``LIMIT``/``OFFSET``
  (`DatabaseMatches.ranked_ids`; on PostgreSQL a top-N sort, see `search.backends.postgres`);
- the ten pages shown are then loaded in full.

On PostgreSQL the first two are one statement that finds the matches once, in the `search_pagefacets` table
(`search.backends.postgres.FacetedStatement`).

Elasticsearch and OpenSearch have their own result window: there the best `EXTERNAL_MAX_MATCHES` matches are
counted and faceted in Python from the page → target group/area table (`count_facets`), which is built once and
kept until editors next publish, unpublish, move or delete a page.
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
from django.db import connections
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from portal import versioned
from portal.localization import search_locales
from portal.pagination import Pagination, requested_page_number
from portal.queries import restricted_paths, visible
from search.analysis import analyse_query_in

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


def term_names_in(locales):
    """{param: {slug: name}} of the target groups and areas in the first of `locales` that has the term."""
    names = {TARGET_GROUP_PARAM: {}, AREA_PARAM: {}}
    for locale in reversed(locales):
        for param, terms in term_names(locale).items():
            names[param].update(terms)
    return names


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
    capped: bool = False  # more matches than were counted (SEARCH_COUNT_LIMIT): the total and facets are lower bounds

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


def _translated_keys(locale):
    return list(
        Page.objects.filter(locale=locale, alias_of__isnull=True, depth__gt=1).values_list("translation_key", flat=True)
    )


def search_queryset(locale):
    """The live pages a search in `locale` covers.

    In a language synchronised from Finnish (`portal.localization.search_locales`) that is its own translated pages
    and the Finnish pages not translated into it, each page once: an alias shows another page's text (analysed in
    its own language only there), so the original is searched instead.
    """
    # Only filters on indexed fields: the search backends reject any other (`path`, `live`, `locale` and
    # `translation_key` are indexed).
    locales = search_locales(locale)
    pages = Page.objects.filter(depth__gt=1)
    if len(locales) == 1:
        return visible(pages.filter(locale=locale))
    translated = versioned.memo(("translated-keys", locale.pk), lambda: _translated_keys(locale))
    source = Q(locale=locales[1])
    if not translated:
        return visible(pages.filter(source))
    return visible(
        pages.filter(Q(locale=locale, translation_key__in=translated) | (source & ~Q(translation_key__in=translated)))
    )


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


def search_content_type_ids():
    """The content types of the page classes that search shows (`is_search_result`)."""
    models = [model for model in apps.get_models() if issubclass(model, Page) and is_search_result(model)]
    return sorted(content_type.pk for content_type in ContentType.objects.get_for_models(*models).values())


def _tag_sources(attribute):
    """(content type id, through table, page column, term column) of each tagged page class's `attribute`."""
    sources = []
    for model in tagged_models():
        relation = model._meta.get_field(attribute)
        through = relation.remote_field.through
        term_column = through._meta.get_field(relation.m2m_reverse_field_name()).column
        content_type = ContentType.objects.get_for_model(model)
        sources.append((content_type.pk, through._meta.db_table, relation.m2m_column_name(), term_column))
    return sources


def term_slugs():
    """{attribute: {term id: slug}} of every target group and area, kept until pages or taxonomies change."""
    from participation.models import Area, TargetGroup

    return _cached(
        "term-slugs",
        lambda: {
            "target_groups": dict(TargetGroup.objects.values_list("pk", "slug")),
            "areas": dict(Area.objects.values_list("pk", "slug")),
        },
    )


@dataclass
class FacetCounts:
    present_types: set  # content type ids with any match, whatever is chosen
    types: Counter  # by content type id, with the target group and area chosen
    groups: Counter  # by slug, with the type and area chosen
    areas: Counter  # by slug, with the type and target group chosen
    capped_at: int | None = None  # counted over this many matches only (SEARCH_COUNT_LIMIT): counts are lower bounds

    def total(self, chosen_type):
        """The matches with every choice applied (of the first `capped_at` matches found, when capped)."""
        total = self.types.get(chosen_type, 0) if chosen_type is not None else sum(self.types.values())
        return min(total, self.capped_at) if self.capped_at else total


@dataclass(frozen=True)
class FacetSelection:
    """The pages a search shows (`search_queryset`) and the facets chosen, for a backend's `faceted_page`."""

    locale_id: int
    content_type_ids: list
    excluded_paths: list  # the private sections (`portal.queries.restricted_paths`)
    chosen_type: int | None = None
    group_ids: list | None = None  # the target groups with the chosen slug (one per locale); None: none chosen
    area_ids: list | None = None


class DatabaseMatches:
    """The matches of one query on a database search backend, counted and ranked in SQL, never fetched in full.

    A backend with a `faceted_page` method (PostgreSQL) counts the matches and ranks the results page in one
    statement, finding the matches once (`search.backends.postgres.FacetedStatement`); `counts` then keeps the page's
    ids for `ranked_ids`. Elsewhere (SQLite) the counts and the page are two queries.
    """

    def __init__(self, backend, query, queryset, locale=None):
        self.backend = backend
        self.query = query
        self.queryset = queryset.filter(content_type_id__in=search_content_type_ids())
        self.locale = locale
        self.prefetched = None  # (start, ids) of the results page found with the counts

    def _faceted(self, chosen_type, group, area, window):
        """`FacetCounts` and the results page `window` from the backend's one statement, or None."""
        faceted_page = getattr(self.backend, "faceted_page", None)
        if faceted_page is None or self.locale is None or window is None:
            return None
        slugs = term_slugs()

        def term_ids(attribute, slug):
            return [pk for pk, term_slug in slugs[attribute].items() if term_slug == slug] if slug else None

        selection = FacetSelection(
            locale_id=self.locale.pk,
            content_type_ids=search_content_type_ids(),
            excluded_paths=restricted_paths(),
            chosen_type=chosen_type,
            group_ids=term_ids("target_groups", group),
            area_ids=term_ids("areas", area),
        )
        start, stop = window
        rows = faceted_page(self.query, Page, selection, start, stop)
        if rows is None:
            return None
        self.prefetched = (start, rows.page_ids)
        counts = FacetCounts(
            present_types=set(rows.present_types),
            types=Counter(rows.types),
            groups=Counter(),
            areas=Counter(),
            capped_at=rows.capped_at,
        )
        for found, by_term, attribute in (
            (counts.groups, rows.groups, "target_groups"),
            (counts.areas, rows.areas, "areas"),
        ):
            for term, count in by_term.items():
                slug = slugs[attribute].get(term)
                if slug is not None:
                    found[slug] += count
        return counts

    def _session(self, using, name="ranking_session"):
        session = getattr(self.backend, name, None) or getattr(self.backend, "ranking_session", None)
        return session(using) if session else nullcontext()

    def counts(self, chosen_type, group, area, window=None):
        """The facet counts and the present types in one statement (with the results page `window`, where it can).

        The matches are found once (a materialised common table expression, `m`), and so are their target groups
        and areas (`g` and `a`: each page class's relation read for the matches of that class, once). The total and
        the facets are then grouped from those three without further joins, each facet with the other facets'
        choices applied as a test of membership in `g` or `a`. (Probing the relations again in every part made
        PostgreSQL rescan all the matches once per target group or area row when a facet was chosen.)
        """
        faceted = self._faceted(chosen_type, group, area, window)
        if faceted is not None:
            return faceted
        results = self.backend.search(self.query, self.queryset.only("id"), operator="and", order_by_relevance=False)
        matches = results.get_queryset().order_by().values_list("pk", "content_type_id")
        match_sql, params = matches.query.sql_with_params()
        connection = connections[matches.db]
        quote = connection.ops.quote_name
        slugs = term_slugs()
        tag_ctes, tag_values = [], []
        for name, attribute in (("g", "target_groups"), ("a", "areas")):
            parts = []
            for ct_id, through, page_column, term_column in _tag_sources(attribute):
                parts.append(
                    f"SELECT m.id, m.content_type_id, t.{quote(term_column)} FROM m "
                    f"JOIN {quote(through)} t ON t.{quote(page_column)} = m.id WHERE m.content_type_id = %s"
                )
                tag_values.append(ct_id)
            body = " UNION ALL ".join(parts) or "SELECT 0, 0, 0 WHERE 1 = 0"
            tag_ctes.append(f"{name} (id, content_type_id, term) AS MATERIALIZED ({body})")

        def tagged(alias, attribute, slug):
            """The matches (`alias`.id) tagged with `slug` (any term with that slug: one per locale)."""
            ids = [pk for pk, term_slug in slugs[attribute].items() if term_slug == slug]
            if not ids:
                return "1 = 0", []
            name = "g" if attribute == "target_groups" else "a"
            return (
                f"{alias}.id IN (SELECT {name}.id FROM {name} WHERE {name}.term IN ({', '.join(['%s'] * len(ids))}))",
                ids,
            )

        def counted(kind, alias, term, type_chosen, group_chosen, area_chosen):
            """A part grouping `alias` by `term`: the chosen type in WHERE, the chosen tags tested per row.

            A tag test is in the counted expression, not in WHERE, so that it stays a hashed lookup in `g` or `a`:
            in WHERE PostgreSQL turns it into a join and, misjudging the sizes of the common table expressions,
            can rescan one of them for every row of the other (0.6 s at 10,000 pages).
            """
            where_sql, values = "", []
            if type_chosen and chosen_type is not None:
                where_sql, values = f" WHERE {alias}.content_type_id = %s", [chosen_type]
            tests = []
            if group_chosen and group:
                tests.append(tagged(alias, "target_groups", group))
            if area_chosen and area:
                tests.append(tagged(alias, "areas", area))
            if not tests:
                return (
                    f"SELECT {kind}, {alias}.{term}, COUNT(*) FROM {alias}{where_sql} GROUP BY {alias}.{term}",
                    values,
                )
            test = " AND ".join(sql for sql, _values in tests)
            test_values = [value for _sql, tested in tests for value in tested]
            total = f"SUM(CASE WHEN {test} THEN 1 ELSE 0 END)"
            sql = f"SELECT {kind}, {alias}.{term}, {total} FROM {alias}{where_sql} GROUP BY {alias}.{term}"
            return f"{sql} HAVING {total} > 0", [*test_values, *values, *test_values]

        parts = [
            ("SELECT 0, m.content_type_id, COUNT(*) FROM m GROUP BY m.content_type_id", []),
            counted(1, "m", "content_type_id", False, True, True),
            counted(2, "g", "term", True, False, True),
            counted(3, "a", "term", True, True, False),
        ]
        sql = (
            f"WITH m (id, content_type_id) AS MATERIALIZED ({match_sql}), {', '.join(tag_ctes)} "
            + " UNION ALL ".join(part for part, _values in parts)
        )
        params = [*params, *tag_values, *(value for _part, values in parts for value in values)]
        counts = FacetCounts(present_types=set(), types=Counter(), groups=Counter(), areas=Counter())
        with self._session(matches.db, "counting_session"), connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        for kind, key, count in rows:
            if kind == 0:
                counts.present_types.add(key)
            elif kind == 1:
                counts.types[key] = count
            elif kind == 2:
                counts.groups[slugs["target_groups"].get(key)] += count
            else:
                counts.areas[slugs["areas"].get(key)] += count
        counts.groups.pop(None, None)
        counts.areas.pop(None, None)
        return counts

    def chosen(self, chosen_type, group, area):
        """The queryset narrowed by the chosen facets (filters the search backends accept: ids and content type)."""
        queryset = self.queryset
        if chosen_type is not None:
            queryset = queryset.filter(content_type_id=chosen_type)
        for attribute, slug in (("target_groups", group), ("areas", area)):
            if slug:
                tagged = Q()
                for model in tagged_models():
                    relation = model._meta.get_field(attribute)
                    through = relation.remote_field.through
                    pages = through.objects.filter(**{f"{relation.m2m_reverse_field_name()}__slug": slug})
                    tagged |= Q(pk__in=pages.values(relation.m2m_field_name()))
                queryset = queryset.filter(tagged)
        return queryset

    def ranked_ids(self, queryset, start, stop):
        """The ids of the matches from `start` to `stop` in relevance order: one query with LIMIT and OFFSET.

        The page found with the counts is not looked for again.
        """
        if self.prefetched is not None:
            prefetched_start, ids = self.prefetched
            if prefetched_start == start and len(ids) >= stop - start:
                return ids[: stop - start]
        results = self.backend.search(self.query, queryset.only("id", "content_type_id"), operator="and")
        page = results[start:stop].get_queryset().values_list("pk", flat=True)
        with self._session(page.db):
            return list(page)


class RankedPage:
    """The chosen matches as Django's paginator sees them: a count, and a slice fetched from the database."""

    def __init__(self, matches, queryset, total):
        self.matches, self.queryset, self.total = matches, queryset, total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, window):
        if not isinstance(window, slice):
            raise TypeError("RankedPage is only sliced")
        start, stop = window.start or 0, min(window.stop, self.total)
        return self.matches.ranked_ids(self.queryset, start, stop) if start < stop else []


def _clean_selection(request, type_keys, terms):
    selected = {
        TYPE_PARAM: _param(request, TYPE_PARAM),
        TARGET_GROUP_PARAM: _param(request, TARGET_GROUP_PARAM),
        AREA_PARAM: _param(request, AREA_PARAM),
    }
    # Unknown values are ignored, as on the listing pages.
    if selected[TYPE_PARAM] not in type_keys.values():
        selected[TYPE_PARAM] = ""
    for param in (TARGET_GROUP_PARAM, AREA_PARAM):
        if selected[param] not in terms[param]:
            selected[param] = ""
    return selected


def _facets(outcome, selected, counted, labels):
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
            if value in labels[param] and count
        ]
        options.sort(key=lambda option: (-option.count, str(option.label)))
        if options:
            outcome.facets.append(Facet(param=param, label=name, options=options))


def run_search(request, locale):
    """Search the live pages of `locale` for the request's `q`, with its facets and page number."""
    raw = request.GET.get("q", "")
    query = clean_query(raw if isinstance(raw, str) else "")
    outcome = SearchOutcome(query=query, groups=[], too_long=len(raw or "") > MAX_QUERY_LENGTH)
    outcome.groups = analyse_query_in(query, [searched.language_code for searched in search_locales(locale)])
    if not outcome.groups:
        return outcome

    backend = get_search_backend()
    results = backend.search(backend_query(outcome.groups), search_queryset(locale).only("id"), operator="and")
    if hasattr(results, "get_queryset"):
        _run_in_database(request, locale, outcome, backend)
    else:
        _run_external(request, locale, outcome)
    page_ids = outcome.page.object_list
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()} if page_ids else {}
    outcome.results = [pages[pk] for pk in page_ids if pk in pages]
    return outcome


def _run_in_database(request, locale, outcome, backend):
    locales = search_locales(locale)
    # The backend's one-statement count (PostgreSQL's `faceted_page`) covers one locale's pages.
    single_locale = locale if len(locales) == 1 else None
    matches = DatabaseMatches(backend, backend_query(outcome.groups), search_queryset(locale), single_locale)
    number = requested_page_number(request)
    window = ((number - 1) * PAGE_SIZE, number * PAGE_SIZE)  # the page asked for; past the end it is looked up again
    content_types = {ct_id: ContentType.objects.get_for_id(ct_id) for ct_id in search_content_type_ids()}
    type_keys = {ct_id: _type_key(ct) for ct_id, ct in content_types.items()}
    terms = term_names_in(locales)
    selected = _clean_selection(request, type_keys, terms)
    chosen_type = next((ct_id for ct_id, key in type_keys.items() if key == selected[TYPE_PARAM]), None)
    counts = matches.counts(chosen_type, selected[TARGET_GROUP_PARAM], selected[AREA_PARAM], window)
    if chosen_type is not None and chosen_type not in counts.present_types:
        # A type with no match at all is ignored, as an unknown value is.
        selected[TYPE_PARAM], chosen_type = "", None
        counts = matches.counts(None, selected[TARGET_GROUP_PARAM], selected[AREA_PARAM], window)
    if not counts.present_types:
        selected = dict.fromkeys(selected, "")
    outcome.selected = {key: value for key, value in selected.items() if value}
    present = {ct_id: content_types[ct_id] for ct_id in counts.present_types}
    counted = {
        TYPE_PARAM: {type_keys[ct_id]: count for ct_id, count in counts.types.items()},
        TARGET_GROUP_PARAM: counts.groups,
        AREA_PARAM: counts.areas,
    }
    labels = {TYPE_PARAM: {type_keys[ct_id]: _type_label(ct) for ct_id, ct in present.items()}, **terms}
    _facets(outcome, selected, counted, labels)
    outcome.total = counts.total(chosen_type)
    outcome.capped = bool(counts.capped_at)
    chosen = RankedPage(
        matches, matches.chosen(chosen_type, selected[TARGET_GROUP_PARAM], selected[AREA_PARAM]), outcome.total
    )
    outcome.page = Paginator(chosen, PAGE_SIZE).get_page(number)  # past the end: the last


def _run_external(request, locale, outcome):
    """Elasticsearch and OpenSearch: the best matches (their result window is limited), counted and faceted here."""
    matches = ranked_matches(backend_query(outcome.groups), search_queryset(locale))
    content_types = {ct_id: ContentType.objects.get_for_id(ct_id) for ct_id in {ct for _pk, ct in matches}}
    content_types = {ct_id: ct for ct_id, ct in content_types.items() if is_search_result(ct.model_class())}
    matches = [row for row in matches if row[1] in content_types]
    tags = tag_table() if matches else PageTags(groups={}, areas={})

    type_keys = {ct_id: _type_key(ct) for ct_id, ct in content_types.items()}
    terms = term_names_in(search_locales(locale)) if matches else {TARGET_GROUP_PARAM: {}, AREA_PARAM: {}}
    type_labels = {type_keys[ct_id]: _type_label(ct) for ct_id, ct in content_types.items()}
    selected = _clean_selection(request, type_keys, terms)
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
    _facets(outcome, selected, counted, {TYPE_PARAM: type_labels, **terms})
    outcome.total = len(chosen)
    outcome.page = Paginator(chosen, PAGE_SIZE).get_page(requested_page_number(request))  # past the end: the last
