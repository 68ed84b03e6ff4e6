"""Search figures for "Participation in figures" (issue 6), through participation's figures hook.

Registered in `search/wagtail_hooks.py` with `participation.statistics.FIGURES_HOOK`. From the counts of
searches that found nothing (`search.models.NoResultQuery`, one row per normalised query and Finnish day, written
in batches by `search.query_log`) for the days of the period:

- searches with no results: how many new searches (first results page, no facets chosen) found no page and no
  promoted result;
- the most frequent of them: the ten queries with the most such searches, with their counts (ties in
  alphabetical order), as a ranked list.

Only in the admin report and its export, never on the public page: a query is text typed by anyone and could
name a person. There is no breakdown per channel or area. Two aggregate queries.
"""

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from participation.statistics import Figure
from search.models import NoResultQuery

SECTION = _("Search")
RANKED_SECTION = _("Most frequent searches with no results")
TOP = 10


def no_result_searches(period):
    return NoResultQuery.objects.filter(date__gte=period.start, date__lt=period.end)


def most_frequent(period, limit=TOP):
    """[(query, searches)] of the queries that most often found nothing in `period`, most frequent first."""
    rows = (
        no_result_searches(period)
        .order_by()
        .values("query_string")
        .annotate(searches=Sum("hits"))
        .order_by("-searches", "query_string")[:limit]
    )
    return [(row["query_string"], row["searches"]) for row in rows]


def figures(period):
    """The hook function: searches with no results in `period` and the most frequent of them (totals only)."""
    total = no_result_searches(period).aggregate(total=Sum("hits"))["total"] or 0
    rows = [Figure("searches_without_results", _("Searches with no results"), total, SECTION)]
    rows += [
        Figure(f"search_without_results_{rank}", query, searches, RANKED_SECTION, rank=rank)
        for rank, (query, searches) in enumerate(most_frequent(period), start=1)
    ]
    return rows
