"""Figure rows and the extension point through which other apps add their figures.

Participation counts what it owns (events, attendance, follow-ups) and turns the submission counts of
`forms_engine` into figures (`participation.statistics.submissions`). Other apps that depend on participation
(the search log in `search`) plug in their figures through a Wagtail hook::

    from participation.statistics import FIGURES_HOOK, Figure

    @hooks.register(FIGURES_HOOK)
    def feedback_figures(period):
        ...
        return [
            Figure(key="feedback", label=_("Feedback received"), value=12, section=_("Feedback")),
            Figure("feedback", _("Feedback received"), 7, _("Feedback"), by=BY_CHANNEL, group=channel_key),
        ]

The function receives a `Period` and returns all its rows at once: the totals (`by` None) and, if it has them,
the breakdowns: rows with `by="channel"` and `group` the channel page's `translation_key`, or `by="area"` and
`group` the area's `translation_key` (None for "no channel" or "no area"). It must use aggregate queries: a
bounded number of them whatever the amount of data.
"""

from dataclasses import dataclass
from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

FIGURES_HOOK = "register_participation_figures"

BY_CHANNEL = "channel"
BY_AREA = "area"

COUNT = "count"
PERCENT = "percent"
DAYS = "days"
HOURS = "hours"

# Groups smaller than this are not shown separately on the public page (DESIGN §7, issue 6).
SMALL_GROUP = 5


@dataclass(frozen=True)
class Figure:
    """One number: what it is (`key`, `label`), which `section` of the report it belongs to, and its value.

    `public` figures are also shown on the public statistics page. `sample_size` is how many items a median,
    percentile or share was computed from, so that one computed from fewer than five is not shown publicly.
    `rank` (1, 2, …) makes the row one item of a ranked list (the `label` is the item, for example a search
    query, and `value` its count): the admin report shows such a section as a numbered table and the export as
    rows in rank order. Ranked rows are for the totals only and never public.

    `by` names the breakdown the row belongs to (None for the totals, `BY_CHANNEL`, `BY_AREA`) and `group` the
    channel's or area's `translation_key` in it. `part_of` is the key of the total that this count is a part of
    (a status of the matters raised, a role of the participants): on the public page, small parts of the same
    total are hidden together (`suppress_small`). `too_few` is what the public page says instead of a value computed
    from fewer than five items (by default "too few answers to show").
    """

    key: str
    label: Any
    value: Any
    section: Any = ""
    unit: str = COUNT
    public: bool = False
    sample_size: int | None = None
    by: str | None = None
    group: Any = None
    rank: int | None = None
    part_of: str | None = None
    too_few: Any = None

    @property
    def display(self):
        return format_value(self.value, self.unit)


def hook_figures(period):
    """Every row other apps register for `period` (totals and breakdowns), in the order the hooks and rows come."""
    figures = []
    for provide in hooks.get_hooks(FIGURES_HOOK):
        figures.extend(provide(period) or [])
    return figures


def format_value(value, unit=COUNT):
    """A figure as the report shows it: '12', '84 %', '3,5 days', '7,5 h'; an empty value as a dash."""
    if value is None:
        return "–"
    if unit == PERCENT:
        return _("%(value)s %%") % {"value": number_format(round(value, 1), decimal_pos=1 if value % 1 else 0)}
    if unit == DAYS:
        return _("%(value)s days") % {"value": number_format(round(value, 1), decimal_pos=1)}
    if unit == HOURS:
        return _("%(value)s h") % {"value": number_format(round(value, 1), decimal_pos=1 if value % 1 else 0)}
    if isinstance(value, float):
        return number_format(round(value, 1), decimal_pos=1)
    return number_format(value, force_grouping=True)


@dataclass(frozen=True)
class Shown:
    """A value as the public page shows it: the number, or 'fewer than 5' when the group is small."""

    value: Any
    suppressed: bool = False

    def __str__(self):
        if self.suppressed:
            return str(_("fewer than %(count)d") % {"count": SMALL_GROUP})
        return str(self.value)


def suppress_small(parts, total=None):
    """The parts of a total with groups of 1–4 hidden, as `Shown` values.

    When exactly one part is hidden and the total is shown, the hidden one could be worked out by subtraction,
    so the next smallest non-zero part is hidden too. Zero is shown: an empty group tells nothing about anyone.
    """
    hidden = [0 < (value or 0) < SMALL_GROUP for value in parts]
    if total is not None and sum(hidden) == 1:
        candidates = [(value, index) for index, value in enumerate(parts) if value and not hidden[index]]
        if candidates:
            hidden[min(candidates)[1]] = True
    return [Shown(value or 0, suppressed) for value, suppressed in zip(parts, hidden, strict=True)]


def shown_count(value):
    """A single count on the public page: hidden when 1–4."""
    return Shown(value or 0, 0 < (value or 0) < SMALL_GROUP)
