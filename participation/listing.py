"""Index pages that list their live children with GET filters and pagination, without JavaScript.

A filter takes one GET parameter. Unknown values are ignored (the listing shows everything for that filter), so
a mistyped or hostile address never fails; a page number past the end is a 404.
"""

import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.core.cache import caches
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from portal import versioned
from portal.pagination import Pagination, requested_page_number
from portal.queries import visible

PAGE_SIZE = 12
FRAGMENT_CACHE = "fragments"  # where index_page.html keeps the rendered cards
MAX_PARAM_LENGTH = 100


@dataclass
class Choice:
    value: str
    label: str
    selected: bool = False


@dataclass
class ListingFilter:
    """One GET parameter: its choices and how a chosen value narrows the queryset."""

    param: str
    label: Any
    choices: list = field(default_factory=list)  # [(value, label, q_object)]
    default: str = ""
    selected: str = ""

    def bind(self, request):
        raw = request.GET.get(self.param, "")[:MAX_PARAM_LENGTH]
        self.selected = raw if raw in {value for value, _label, _q in self.choices} else self.default
        return self

    def apply(self, queryset):
        for value, _label, condition in self.choices:
            if value == self.selected:
                return queryset.filter(condition).distinct()
        return queryset

    @property
    def options(self):
        return [Choice(value, label, value == self.selected) for value, label, _q in self.choices]

    @property
    def selected_label(self):
        return next((label for value, label, _q in self.choices if value == self.selected), "")


def chosen_filters(filters):
    """The filters the visitor chose: a filter left at its default ("Tulevat" for events) is not a choice."""
    return [f for f in filters if f.selected and f.selected != f.default]


def filters_title(page, filters):
    """The listing's title with the chosen filters: "Avoimet haut: Ikäihmiset, Tampere", and "Tapahtumat" for the
    events listing at its default (upcoming) events. Names feeds, calendars and their links."""
    labels = [str(listing_filter.selected_label) for listing_filter in chosen_filters(filters)]
    return f"{page.title}: {', '.join(labels)}" if labels else page.title


def _terms(model, locale_id):
    """(slug, name, the terms a page may have to be listed under it): the term itself, and the terms that cover all
    (`covers_all`: "Koko Pirkanmaa" is listed under Tampere too, as the alerts match it)."""
    terms = list(model.objects.filter(locale_id=locale_id).order_by("name"))
    covering = [term.pk for term in terms if term.covers_all]
    return [(term.slug, term.name, [term.pk] if term.covers_all else [term.pk, *covering]) for term in terms]


def taxonomy_filter(param, label, model, lookup, locale_id):
    """A filter by the terms of `model` in the page's language, kept per site version (portal/versioned.py)."""
    terms = versioned.memo(("terms", model._meta.label, locale_id), lambda: _terms(model, locale_id))
    return ListingFilter(param, label, [(slug, name, Q(**{f"{lookup}__in": pks})) for slug, name, pks in terms])


def _pages(model, locale_id):
    pages = visible(model.objects.filter(locale_id=locale_id)).order_by("title").values_list("slug", "title", "pk")
    return list(pages)


def pages_filter(param, label, model, lookup, locale_id):
    """A filter by the live pages of `model` in the page's language (a listing of a channel's open calls), by slug."""
    pages = versioned.memo(("pages", model._meta.label, locale_id), lambda: _pages(model, locale_id))
    return ListingFilter(param, label, [(slug, title, Q(**{lookup: pk})) for slug, title, pk in pages])


def choices_filter(param, label, choices, lookup):
    return ListingFilter(param, label, [(value, text, Q(**{lookup: value})) for value, text in choices])


@dataclass
class Listing:
    filters: list
    count: int
    number: int  # the page of results asked for, within the listing
    queryset: Callable  # () -> the filtered queryset, built only when a page of cards is rendered
    page_size: int = PAGE_SIZE

    @cached_property
    def page(self):
        paginator = Paginator(self.queryset(), self.page_size)
        paginator.count = self.count  # counted already: not a second query
        return paginator.page(self.number)

    @property
    def items(self):
        return self.page.object_list

    @property
    def active_filters(self):
        return [f for f in self.filters if f.selected]

    @property
    def pagination(self):
        filters = {f.param: f.selected for f in self.filters if f.selected}
        return Pagination(self.page, filters)


def build_listing(request, make_queryset, filters, page_size=PAGE_SIZE, count_key=None):
    """The page of results the request asks for of `make_queryset()` narrowed by the bound `filters`.

    The cards of a listing are rendered once per site version into the fragment cache (index_page.html), so the
    queryset is built only when they are: a listing asked for again costs no query and no query building. Its count
    (for the heading, and to answer a page number past the end with a 404) is kept beside them under `count_key`.
    """

    def filtered():
        queryset = make_queryset()
        for listing_filter in filters:
            queryset = listing_filter.apply(queryset)
        return queryset

    count = _kept_count(count_key, lambda: filtered().count())
    number = requested_page_number(request)
    if number > 1 and number > math.ceil(count / page_size):
        raise Http404(_("There is no such page of results."))
    return Listing(filters=filters, count=count, number=number, queryset=filtered, page_size=page_size)


def _kept_count(key, count):
    """`count()`, kept in the fragment cache at the current site version (and, as the cards are, at most the cache's
    timeout, which bounds what depends on the clock)."""
    version = versioned.current() if key is not None else None
    if version is None:
        return count()
    fragments = caches[FRAGMENT_CACHE]
    digest = hashlib.md5(repr(key).encode(), usedforsecurity=False).hexdigest()
    cache_key = f"listing-count:{version}:{digest}"
    kept = fragments.get(cache_key)
    if kept is None:
        kept = count()
        fragments.set(cache_key, kept)
    return kept
