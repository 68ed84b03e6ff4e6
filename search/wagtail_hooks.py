from wagtail import hooks

from participation.statistics import FIGURES_HOOK


@hooks.register(FIGURES_HOOK)
def search_figures(period, by=None):
    """Searches with no results for the report "Participation in figures" (see search/statistics.py)."""
    from search.statistics import figures

    return figures(period, by=by)
