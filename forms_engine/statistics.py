"""Submission figures for "Participation in figures" (issue 6), through participation's figures hook.

Registered in `forms_engine/wagtail_hooks.py` with `participation.statistics.FIGURES_HOOK`. What is counted, for
submissions sent in the period (Finnish time):

- applications to open calls: submissions of `OpenCallPage` forms (also per channel and per area of the call);
- feedback and ideas received: submissions of `FeedbackFormPage` forms;
- time to answer: from sending to `answered_at`, median and 90th percentile, in days, of the submissions that
  have been answered. `answered_at` is the time of the first answer (`handling.answer` keeps it on later answers);
- share answered within the agreed time: answered on or before the due date (Finnish day), out of those that were
  answered or whose due date has passed. Event registrations (submissions with a place) are not answered and are
  left out of both answer figures.

Everything is computed by the database. PostgreSQL computes the percentiles with `percentile_cont` and the
Finnish day of an answer with `AT TIME ZONE`. Other databases (SQLite) read the one or two rows around each
percentile from one ordered query with a window function, and get the Finnish day from the UTC time with the
offsets in force (a CASE over the daylight-saving changes), so that no per-row Python function runs.
"""

import datetime
import math

from django.db import connection
from django.db.models import (
    Aggregate,
    Case,
    Count,
    DateField,
    DurationField,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    Q,
    Value,
    When,
    Window,
)
from django.db.models.functions import RowNumber, TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forms_engine.models import Place, Submission
from participation.models import FeedbackFormPage, OpenCallPage
from participation.statistics import BY_AREA, BY_CHANNEL, DAYS, PERCENT, TIME_ZONE, Figure, scoped

SECTION = _("Feedback, ideas and applications")
ANSWERS_SECTION = _("How fast answers come")
SECONDS_A_DAY = 24 * 60 * 60
FRACTIONS = (0.5, 0.9)


class PercentileCont(Aggregate):
    """PostgreSQL's `percentile_cont(fraction) WITHIN GROUP (ORDER BY expression)`."""

    function = "percentile_cont"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression, fraction, **extra):
        super().__init__(expression, fraction=float(fraction), **extra)


def _is_postgresql():
    return connection.vendor == "postgresql"


def submitted_in(period):
    return Submission.objects.filter(submit_time__gte=period.start_at, submit_time__lt=period.end_at)


def _offset_changes(start, end):
    """The UTC instants between `start` and `end` at which Finnish time changes its UTC offset, with the new one."""
    changes = []
    day = start
    offset = day.astimezone(TIME_ZONE).utcoffset()
    while day < end:
        following = day + datetime.timedelta(days=1)
        if following.astimezone(TIME_ZONE).utcoffset() != offset:
            low, high = day, following
            while high - low > datetime.timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(TIME_ZONE).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            offset = following.astimezone(TIME_ZONE).utcoffset()
            changes.append((high.replace(second=0, microsecond=0), offset))
        day = following
    return changes


def _local_date(field, period):
    """The Finnish calendar day of the date-time `field`, computed by the database."""
    if _is_postgresql():
        return TruncDate(field, tzinfo=TIME_ZONE)
    # SQLite keeps UTC text; date(value, '+N minutes') is native. Answers come after the period starts and
    # before now, so the offsets in force between those instants are all that is needed.
    start = period.start_at.astimezone(datetime.UTC) - datetime.timedelta(days=1)
    end = timezone.now() + datetime.timedelta(days=1)
    first_offset = start.astimezone(TIME_ZONE).utcoffset()

    def shifted(offset):
        minutes = int(offset.total_seconds() // 60)
        return Func(F(field), Value(f"{minutes:+d} minutes"), function="date", output_field=DateField())

    changes = _offset_changes(start, end)
    if not changes:
        return shifted(first_offset)
    whens, offset = [], first_offset
    for instant, new_offset in changes:
        whens.append(When(**{f"{field}__lt": instant}, then=shifted(offset)))
        offset = new_offset
    return Case(*whens, default=shifted(offset), output_field=DateField())


def _days_to_answer():
    if _is_postgresql():
        return Func(
            ExpressionWrapper(F("answered_at") - F("submit_time"), output_field=DurationField()),
            template="EXTRACT(EPOCH FROM %(expressions)s) / 86400.0",
            output_field=FloatField(),
        )
    return ExpressionWrapper(
        Func(F("answered_at"), function="julianday", output_field=FloatField())
        - Func(F("submit_time"), function="julianday", output_field=FloatField()),
        output_field=FloatField(),
    )


def answer_percentiles(answerable, answered_count, fractions=FRACTIONS):
    """Continuous percentiles (as PostgreSQL's percentile_cont) of the days to answer. One query."""
    answered = answerable.filter(answered_at__isnull=False)
    if not answered_count:
        return [None for _fraction in fractions]
    if _is_postgresql():
        result = answered.aggregate(
            **{f"p{index}": PercentileCont(_days_to_answer(), fraction) for index, fraction in enumerate(fractions)}
        )
        return [result[f"p{index}"] for index in range(len(fractions))]
    positions = [fraction * (answered_count - 1) for fraction in fractions]
    wanted = sorted({math.floor(p) + 1 for p in positions} | {math.floor(p) + 2 for p in positions})
    rows = dict(
        answered.annotate(days=_days_to_answer())
        .annotate(row=Window(RowNumber(), order_by=F("days").asc()))
        .filter(row__in=wanted)
        .order_by()
        .values_list("row", "days")
    )
    values = []
    for position in positions:
        low = math.floor(position)
        lower = rows[low + 1]
        upper = rows.get(low + 2, lower)
        values.append(lower + (upper - lower) * (position - low))
    return values


def per_page(period):
    """Counts per form page for the period, from one grouped query (one row per page, not per submission).

    The report asks for the totals, the channels and the areas one after the other; within one report
    (`participation.statistics.figures_scope`) the three share this one pass over the submissions.
    """
    return scoped(("forms_engine.per_page", period), lambda: _per_page(period))


def _per_page(period):
    today = timezone.now().astimezone(TIME_ZONE).date()
    answerable = Q(place=Place.NONE)
    answered = answerable & Q(answered_at__isnull=False)
    # On SQLite, grouping by `+page_id` keeps the planner from walking the page index row by row (six times
    # slower than one scan of the table); PostgreSQL groups by the column itself.
    page = F("page_id") if _is_postgresql() else Func(F("page_id"), template="(+%(expressions)s)")
    rows = (
        submitted_in(period)
        .annotate(answered_on=_local_date("answered_at", period))
        .order_by()
        .values(form_page=page)
        .annotate(
            received=Count("pk"),
            answered=Count("pk", filter=answered),
            due=Count("pk", filter=answered | (answerable & Q(due_date__lt=today))),
            in_time=Count("pk", filter=answered & Q(answered_on__lte=F("due_date"))),
        )
    )
    return {row.pop("form_page"): row for row in rows}


def totals(period):
    pages = per_page(period)
    calls = set(OpenCallPage.objects.filter(pk__in=pages).values_list("pk", flat=True))
    feedback_pages = set(FeedbackFormPage.objects.filter(pk__in=pages).values_list("pk", flat=True))
    counts = {name: sum(row[name] for row in pages.values()) for name in ("answered", "due", "in_time")}
    counts["applications"] = sum(row["received"] for page_id, row in pages.items() if page_id in calls)
    counts["feedback"] = sum(row["received"] for page_id, row in pages.items() if page_id in feedback_pages)
    median, p90 = answer_percentiles(submitted_in(period).filter(place=Place.NONE), counts["answered"])
    share = 100 * counts["in_time"] / counts["due"] if counts["due"] else None
    return [
        Figure("applications", _("Applications to open calls"), counts["applications"], SECTION, public=True),
        Figure("feedback", _("Feedback and ideas received"), counts["feedback"], SECTION, public=True),
        Figure(
            "answer_median",
            _("Time to answer, median"),
            median,
            ANSWERS_SECTION,
            unit=DAYS,
            public=True,
            sample_size=counts["answered"],
        ),
        Figure(
            "answer_p90",
            _("Time to answer, 9 in 10 answered within"),
            p90,
            ANSWERS_SECTION,
            unit=DAYS,
            public=True,
            sample_size=counts["answered"],
        ),
        Figure(
            "answered_in_time",
            _("Answered within the agreed time"),
            share,
            ANSWERS_SECTION,
            unit=PERCENT,
            public=True,
            sample_size=counts["due"],
        ),
    ]


def applications_by(period, by):
    """Applications per channel or area of the open call, from the per-page counts and the calls' groups."""
    pages = per_page(period)
    field = "channel__translation_key" if by == BY_CHANNEL else "areas__translation_key"
    groups = {}
    for page_id, key in OpenCallPage.objects.filter(pk__in=pages).values_list("pk", field):
        groups[key] = groups.get(key, 0) + pages[page_id]["received"]
    return [
        Figure("applications", _("Applications to open calls"), count, SECTION, **{by: key})
        for key, count in groups.items()
    ]


def figures(period, by=None):
    """The hook function: submission figures for `period`, or per channel or area of the open call."""
    if by is None:
        return totals(period)
    if by in (BY_CHANNEL, BY_AREA):
        return applications_by(period, by)
    return []
