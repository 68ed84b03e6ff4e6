"""The report: participation's figures and every hook's figures for one period, as tables and charts.

Used by the admin report ("Osallisuus lukuina", `participation.statistics.views`) and by the public
`StatisticsPage`. All numbers come from aggregate queries; the number of queries does not grow with the data.
"""

from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from participation.models import Area, AttendanceRole, ChannelPage, FollowUpStatus
from participation.statistics.figures import (
    BY_AREA,
    BY_CHANNEL,
    COUNT,
    SMALL_GROUP,
    Figure,
    format_value,
    hook_figures,
    shown_count,
    suppress_small,
)
from participation.statistics.periods import Period
from participation.statistics.queries import event_figures, follow_up_figures
from participation.statistics.register import SECTIONS as REGISTER_SECTIONS
from participation.statistics.register import register_figures
from participation.statistics.submissions import INTAKE_SECTION, submission_figures

PUBLIC_FIGURES_SECONDS = 10 * 60

EVENTS_SECTION = _("Events with residents")
IDEAS_SECTION = _("Ideas and matters raised")

# The figures shown in the per-channel and per-area tables (the totals table shows every figure).
BREAKDOWN_KEYS = {"events", "participants", "raised", "taken_forward", "implemented", "not_taken_forward"}


def _event_rows(values, **group):
    rows = [
        Figure("events", _("Events held"), values.get("events", 0), EVENTS_SECTION, public=True, **group),
        Figure("participants", _("Participants"), values.get("participants", 0), EVENTS_SECTION, public=True, **group),
    ]
    for role, label in AttendanceRole.choices:
        rows.append(
            Figure(
                f"role_{role}",
                label,
                values.get(f"role_{role}", 0),
                EVENTS_SECTION,
                public=True,
                part_of="participants",
                **group,
            )
        )
    return rows


def _idea_rows(values, **group):
    labels = dict(FollowUpStatus.choices)
    return [
        Figure("raised", _("Ideas and matters raised"), values.get("raised", 0), IDEAS_SECTION, public=True, **group),
        Figure(
            "in_progress",
            _("Still being handled"),
            values.get("in_progress", 0),
            IDEAS_SECTION,
            public=True,
            part_of="raised",
            **group,
        ),
        Figure(
            "status_received", labels[FollowUpStatus.RECEIVED], values.get("status_received", 0), IDEAS_SECTION, **group
        ),
        Figure(
            "status_in_preparation",
            labels[FollowUpStatus.IN_PREPARATION],
            values.get("status_in_preparation", 0),
            IDEAS_SECTION,
            **group,
        ),
        Figure(
            "status_decided", labels[FollowUpStatus.DECIDED], values.get("status_decided", 0), IDEAS_SECTION, **group
        ),
        Figure(
            "taken_forward",
            _("Taken forward (decided or implemented)"),
            values.get("taken_forward", 0),
            IDEAS_SECTION,
            **group,
        ),
        Figure(
            "implemented",
            _("Implemented"),
            values.get("status_implemented", 0),
            IDEAS_SECTION,
            public=True,
            part_of="raised",
            **group,
        ),
        Figure(
            "not_taken_forward",
            _("Not taken forward"),
            values.get("status_not_taken_forward", 0),
            IDEAS_SECTION,
            public=True,
            part_of="raised",
            **group,
        ),
    ]


def participation_figures(period, now=None):
    """Participation's own figures as rows: the totals, then the breakdown figures per channel and per area."""
    submissions = submission_figures(period)
    rows = _event_rows(event_figures(period, now=now)) + _idea_rows(follow_up_figures(period))
    rows += [row for row in submissions if row.by is None]
    for by in (BY_CHANNEL, BY_AREA):
        for key, values in event_figures(period, by=by, now=now).items():
            rows += [row for row in _event_rows(values, by=by, group=key) if row.key in BREAKDOWN_KEYS]
        for key, values in follow_up_figures(period, by=by).items():
            rows += [row for row in _idea_rows(values, by=by, group=key) if row.key in BREAKDOWN_KEYS]
        rows += [row for row in submissions if row.by == by]
    return rows + register_figures(period, now=now)


@dataclass
class Column:
    key: str
    label: Any
    unit: str = COUNT


@dataclass
class Row:
    key: Any
    name: Any
    figures: dict = field(default_factory=dict)

    def cells(self, columns):
        return [format_value(getattr(self.figures.get(column.key), "value", 0), column.unit) for column in columns]


@dataclass
class Breakdown:
    """A table with one row per channel or area and one column per figure."""

    by: str
    columns: list
    rows: list

    def table_rows(self):
        return [(row.name, row.cells(self.columns)) for row in self.rows]


def _names(model, keys, locale, title_field):
    """Names of channels or areas by translation key, in `locale` when translated, in one query."""
    names = {}
    for key, name, locale_id in model.objects.filter(translation_key__in=keys).values_list(
        "translation_key", title_field, "locale_id"
    ):
        if key not in names or locale_id == locale.pk:
            names[key] = name
    return names


def build_breakdown(figures, by, locale):
    columns, rows = {}, {}
    for figure in figures:
        columns.setdefault(figure.key, Column(figure.key, figure.label, figure.unit))
        rows.setdefault(figure.group, Row(figure.group, None)).figures[figure.key] = figure
    model, title_field, unnamed = (
        (ChannelPage, "title", _("No channel")) if by == BY_CHANNEL else (Area, "name", _("No area"))
    )
    names = _names(model, [key for key in rows if key is not None], locale, title_field)
    for key, row in rows.items():
        row.name = names.get(key, unnamed) if key is not None else unnamed
    ordered = sorted(rows.values(), key=lambda row: (row.key is None, str(row.name).lower()))
    return Breakdown(by, list(columns.values()), ordered)


@dataclass
class Section:
    title: Any
    figures: list
    table_id: str = ""
    ranked: bool = False


@dataclass
class Bar:
    label: Any
    value: int
    y: int
    width: float


@dataclass
class BarChart:
    """A horizontal bar chart, drawn as SVG by the template; `table_id` names the table that is its text."""

    chart_id: str
    title: Any
    table_id: str
    bars: list
    label_width: int = 260
    bar_area: int = 380
    bar_height: int = 28
    gap: int = 10

    @property
    def height(self):
        return len(self.bars) * (self.bar_height + self.gap) + self.gap

    @property
    def width(self):
        return self.label_width + self.bar_area + 60

    @classmethod
    def from_figures(cls, chart_id, title, table_id, figures, label_width=260, bar_area=380):
        largest = max([figure.value or 0 for figure in figures] + [1])
        chart = cls(chart_id, title, table_id, [], label_width, bar_area)
        for index, figure in enumerate(figures):
            value = figure.value or 0
            chart.bars.append(
                Bar(figure.label, value, chart.gap + index * (chart.bar_height + chart.gap), bar_area * value / largest)
            )
        return chart


@dataclass
class Report:
    period: Any
    totals: list
    by_channel: Breakdown
    by_area: Breakdown

    @property
    def sections(self):
        sections = {}
        for figure in self.totals:
            ranked = figure.rank is not None
            key = (str(figure.section), ranked)
            if key not in sections:
                sections[key] = Section(figure.section, [], f"totals-{len(sections)}", ranked)
            sections[key].figures.append(figure)
        return list(sections.values())

    @property
    def breakdown_tables(self):
        return [
            (self.by_channel, _("By channel"), _("Channel")),
            (self.by_area, _("By area"), _("Area")),
        ]

    def figure(self, key):
        return next((figure for figure in self.totals if figure.key == key), None)

    @property
    def charts(self):
        by_key = {figure.key: figure for figure in self.totals}
        statuses = ["status_received", "status_in_preparation", "status_decided", "implemented", "not_taken_forward"]
        roles = [f"role_{role}" for role in AttendanceRole.values]
        intake_table = next(section.table_id for section in self.sections if str(section.title) == str(INTAKE_SECTION))
        return [
            BarChart.from_figures(
                "chart-ideas",
                _("Ideas raised in the period by current status"),
                "totals-1",
                [by_key[key] for key in statuses],
            ),
            BarChart.from_figures(
                "chart-roles", _("Participants in events by role"), "totals-0", [by_key[key] for key in roles]
            ),
            BarChart.from_figures(
                "chart-intake",
                _("Submissions received by channel of intake"),
                intake_table,
                [figure for figure in self.totals if figure.part_of == "submissions"],
            ),
        ]

    def export_rows(self):
        """Every figure as a flat row for CSV and XLSX: period, breakdown, group, section, figure, value, unit."""
        base = {"period_start": self.period.start, "period_end": self.period.last_day}
        rows = [
            {
                **base,
                "breakdown": str(_("Total") if figure.rank is None else _("Rank")),
                "group": "" if figure.rank is None else figure.rank,
                "section": str(figure.section),
                "figure": str(figure.label),
                "value": figure.value,
                "unit": figure.unit,
            }
            for figure in self.totals
        ]
        for breakdown, label in ((self.by_channel, _("Channel")), (self.by_area, _("Area"))):
            for row in breakdown.rows:
                for column in breakdown.columns:
                    figure = row.figures.get(column.key)
                    rows.append(
                        {
                            **base,
                            "breakdown": str(label),
                            "group": str(row.name),
                            "section": str(figure.section) if figure else "",
                            "figure": str(column.label),
                            "value": figure.value if figure else 0,
                            "unit": column.unit,
                        }
                    )
        return rows


def all_figures(period, now=None):
    """Participation's rows and every hook's rows for `period`: the totals and both breakdowns, one call each."""
    return participation_figures(period, now=now) + hook_figures(period)


def build_report(period, now=None, locale=None):
    """Totals and the per-channel and per-area tables for `period`."""
    locale = locale or Locale.get_active()
    rows = all_figures(period, now=now)
    return Report(
        period=period,
        totals=[row for row in rows if row.by is None],
        by_channel=build_breakdown([row for row in rows if row.by == BY_CHANNEL], BY_CHANNEL, locale),
        by_area=build_breakdown([row for row in rows if row.by == BY_AREA], BY_AREA, locale),
    )


@dataclass
class PublicFigures:
    """What the public statistics page shows: aggregates only, groups of 1–4 as "fewer than 5"."""

    period: Any
    ideas: list  # [(label, Shown)]
    events: list
    answers: list  # [(section, [(label, shown text)])]
    register: list = field(default_factory=list)  # [(section, [(label, shown text)])], empty when nothing to count


def _public_value(figure):
    """A public count, or an average or share as text; one computed from fewer than five answers is not shown."""
    if figure.unit == COUNT:
        return shown_count(figure.value)
    if figure.value is None:
        return str(_("no answers yet"))
    if figure.sample_size is not None and figure.sample_size < SMALL_GROUP:
        # Not "fewer than 5": beside an answer time that would read as the time itself.
        return str(figure.too_few or _("too few answers to show"))
    return format_value(figure.value, figure.unit)


def public_figures(period, now=None):
    """The public page's figures for `period` (normally the last 12 months): the `public` rows of the totals.

    Counts that are parts of one total (`part_of`) in the same section are hidden together when small
    (`suppress_small`): the register's people by role and by language are two such groups of the same total.
    """
    rows = [row for row in all_figures(period, now=now) if row.public and row.by is None and row.rank is None]
    values = {row.key: row.value for row in rows}
    shown = {}
    parts = {}
    for row in rows:
        if row.part_of:
            parts.setdefault((row.part_of, str(row.section)), []).append(row)
    for (total, _section), members in parts.items():
        hidden = suppress_small([row.value for row in members], total=values.get(total))
        shown.update({row.key: part for row, part in zip(members, hidden, strict=True)})
    sections = {}
    for row in rows:
        value = shown[row.key] if row.key in shown else _public_value(row)
        sections.setdefault(str(row.section), (row.section, []))[1].append((row.label, value))
    ideas = sections.pop(str(IDEAS_SECTION), (None, []))[1]
    events = sections.pop(str(EVENTS_SECTION), (None, []))[1]
    register = [sections.pop(str(section), (section, [])) for section in REGISTER_SECTIONS]
    if not any(values.get(key) for key in ("register_people", "assignments_done", "orders")):
        register = []  # the register is not in use: no section of zeros
    answers = [(section, [(label, str(value)) for label, value in figures]) for section, figures in sections.values()]
    register = [(section, [(label, str(value)) for label, value in figures]) for section, figures in register]
    return PublicFigures(period=period, ideas=ideas, events=events, answers=answers, register=register)


def last_12_months_public_figures():
    """The public statistics page's figures: the last 12 months, counted at most every few minutes.

    A year's aggregates change slowly and anyone may load the page, so they are kept per language and day.
    """
    period = Period.last_12_months()
    key = f"participation:public-figures:{get_language()}:{period.start.isoformat()}"
    return cache.get_or_set(key, lambda: public_figures(period), PUBLIC_FIGURES_SECONDS)
