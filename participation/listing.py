"""Index pages that list their live children with GET filters and pagination, without JavaScript.

A filter takes one GET parameter. Unknown values are ignored (the listing shows everything for that filter), so
a mistyped or hostile address never fails; a page number past the end is a 404.
"""

from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from portal import versioned
from portal.pagination import Pagination, requested_page_number
from portal.queries import visible

PAGE_SIZE = 12
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
    page: Any
    paginator: Any
    filters: list

    @property
    def items(self):
        return self.page.object_list

    @property
    def count(self):
        return self.paginator.count

    @property
    def active_filters(self):
        return [f for f in self.filters if f.selected]

    @property
    def pagination(self):
        filters = {f.param: f.selected for f in self.filters if f.selected}
        return Pagination(self.page, filters)


def build_listing(request, queryset, filters, page_size=PAGE_SIZE):
    """Narrow `queryset` by the bound `filters` and return the page of results the request asks for."""
    for listing_filter in filters:
        queryset = listing_filter.apply(queryset)
    paginator = Paginator(queryset, page_size)
    number = requested_page_number(request)
    try:
        page = paginator.page(number)
    except EmptyPage as error:
        if number == 1:
            page = paginator.page(1)
        else:
            raise Http404(_("There is no such page of results.")) from error
    return Listing(page=page, paginator=paginator, filters=filters)
