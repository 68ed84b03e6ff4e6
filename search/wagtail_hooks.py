from wagtail import hooks

from participation.statistics import FIGURES_HOOK
from search.statistics import figures


@hooks.register(FIGURES_HOOK)
def search_figures(period):
    """Searches with no results for the report "Participation in figures" (see search/statistics.py)."""
    return figures(period)
