"""Participation in figures (DESIGN §7, issue 6): periods, figure rows, the hook for other apps' figures."""

from participation.statistics.figures import (
    BY_AREA,
    BY_CHANNEL,
    COUNT,
    DAYS,
    FIGURES_HOOK,
    HOURS,
    PERCENT,
    SMALL_GROUP,
    Figure,
    hook_figures,
)
from participation.statistics.periods import TIME_ZONE, Period

__all__ = [
    "BY_AREA",
    "BY_CHANNEL",
    "COUNT",
    "DAYS",
    "FIGURES_HOOK",
    "HOURS",
    "PERCENT",
    "SMALL_GROUP",
    "TIME_ZONE",
    "Figure",
    "Period",
    "hook_figures",
]
