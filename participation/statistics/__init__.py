"""Participation in figures (DESIGN §7, issue 6): periods, figure rows, the hook for other apps' figures."""

from participation.statistics.figures import (
    BY_AREA,
    BY_CHANNEL,
    COUNT,
    DAYS,
    FIGURES_HOOK,
    PERCENT,
    SMALL_GROUP,
    Figure,
    figures_scope,
    hook_figures,
    scoped,
)
from participation.statistics.periods import TIME_ZONE, Period

__all__ = [
    "BY_AREA",
    "BY_CHANNEL",
    "COUNT",
    "DAYS",
    "FIGURES_HOOK",
    "PERCENT",
    "SMALL_GROUP",
    "TIME_ZONE",
    "Figure",
    "Period",
    "figures_scope",
    "hook_figures",
    "scoped",
]
