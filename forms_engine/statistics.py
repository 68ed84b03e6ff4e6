"""Submission counts for a period, as plain numbers: `submission_counts(start_at, end_at, time_zone)`.

forms_engine knows nothing of page kinds. A form page says what its submissions count as through
`FormPageBase.statistics_kind` (a `StatisticsKind`), and the app that reports them (participation's
"Participation in figures", `participation/statistics/submissions.py`) turns these numbers into its figures.
What is counted, for submissions sent from `start_at` (inclusive) to `end_at` (exclusive):

- received: per statistics kind, and per page of each kind (for breakdowns by what the reporting app knows of
  the pages, such as an open call's channel and areas); and every submission, whatever its page, per channel of
  intake (the web form, or recorded by a coordinator from a phone call, a paper form, a meeting…);
- time to answer: from sending to `answered_at`, median and 90th percentile, in days, of the submissions that
  have been answered. `answered_at` is the time of the first answer (`handling.answer` keeps it on later answers);
- answered within the agreed time: answered on or before the due date (a day in `time_zone`), out of those that
  were answered or whose due date has passed. Event registrations (submissions with a place) and submissions
  that await no reply (no due date: those of a form whose `answers_need_reply` is False, such as a survey) are
  not answered and are left out of both answer figures; they are still counted as received.

Everything is computed by the database, in four queries whatever the amount of data. PostgreSQL computes the
percentiles with `percentile_cont` and the local day of an answer with `AT TIME ZONE`. Other databases (SQLite)
read the one or two rows around each percentile from one ordered query with a window function, and get the local
day from the UTC time with the offsets in force (a CASE over the daylight-saving changes), so that no per-row
Python function runs.
"""

import datetime
import math
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
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
from wagtail.models import Page, get_page_models

from forms_engine.models import Place, Submission

FRACTIONS = (0.5, 0.9)
# The submissions the answer figures are about: a reply was promised (a due date) and it is not a registration.
ANSWERABLE = Q(place=Place.NONE, due_date__isnull=False)


class PercentileCont(Aggregate):
    """PostgreSQL's `percentile_cont(fraction) WITHIN GROUP (ORDER BY expression)`."""

    function = "percentile_cont"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression, fraction, **extra):
        super().__init__(expression, fraction=float(fraction), **extra)


def _is_postgresql():
    return connection.vendor == "postgresql"


def submitted_in(start_at, end_at):
    return Submission.objects.filter(submit_time__gte=start_at, submit_time__lt=end_at)


def _offset_changes(start, end, time_zone):
    """The UTC instants between `start` and `end` at which `time_zone` changes its UTC offset, with the new one."""
    changes = []
    day = start
    offset = day.astimezone(time_zone).utcoffset()
    while day < end:
        following = day + datetime.timedelta(days=1)
        if following.astimezone(time_zone).utcoffset() != offset:
            low, high = day, following
            while high - low > datetime.timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(time_zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            offset = following.astimezone(time_zone).utcoffset()
            changes.append((high.replace(second=0, microsecond=0), offset))
        day = following
    return changes


def local_date(field, start_at, time_zone):
    """The calendar day in `time_zone` of the date-time `field`, computed by the database. The field's values must
    be later than `start_at` (less a day) on SQLite. Also used by participation's register figures (when the orderer
    was told, against the order's due date)."""
    if _is_postgresql():
        return TruncDate(field, tzinfo=time_zone)
    # SQLite keeps UTC text; date(value, '+N minutes') is native. Answers come after the period starts and
    # before now, so the offsets in force between those instants are all that is needed.
    start = start_at.astimezone(datetime.UTC) - datetime.timedelta(days=1)
    end = timezone.now() + datetime.timedelta(days=1)
    first_offset = start.astimezone(time_zone).utcoffset()

    def shifted(offset):
        minutes = int(offset.total_seconds() // 60)
        return Func(F(field), Value(f"{minutes:+d} minutes"), function="date", output_field=DateField())

    changes = _offset_changes(start, end, time_zone)
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


def _per_page(start_at, end_at, time_zone):
    """Counts per form page and per channel of intake, from one grouped query (one row per page and channel, not
    per submission): ({page id: counts}, {channel of intake: received})."""
    today = timezone.now().astimezone(time_zone).date()
    answerable = ANSWERABLE
    answered = answerable & Q(answered_at__isnull=False)
    # On SQLite, grouping by `+page_id` keeps the planner from walking the page index row by row (six times
    # slower than one scan of the table); PostgreSQL groups by the column itself.
    page = F("page_id") if _is_postgresql() else Func(F("page_id"), template="(+%(expressions)s)")
    rows = (
        submitted_in(start_at, end_at)
        .annotate(answered_on=local_date("answered_at", start_at, time_zone))
        .order_by()
        .values(form_page=page, channel=F("intake_channel"))
        .annotate(
            received=Count("pk"),
            answered=Count("pk", filter=answered),
            due=Count("pk", filter=answered | (answerable & Q(due_date__lt=today))),
            in_time=Count("pk", filter=answered & Q(answered_on__lte=F("due_date"))),
        )
    )
    per_page, per_channel = {}, {}
    for row in rows:
        page_id, channel = row.pop("form_page"), row.pop("channel")
        per_channel[channel] = per_channel.get(channel, 0) + row["received"]
        counts = per_page.setdefault(page_id, dict.fromkeys(row, 0))
        for name, value in row.items():
            counts[name] += value
    return per_page, per_channel


def kinds_by_content_type():
    """{content type id: statistics kind} of every page model that sets `statistics_kind`."""
    models = [model for model in get_page_models() if getattr(model, "statistics_kind", None)]
    content_types = ContentType.objects.get_for_models(*models)  # cached after the first call
    return {content_types[model].pk: model.statistics_kind for model in models}


@dataclass(frozen=True)
class SubmissionCounts:
    """What `submission_counts` found. `received_by_page[kind]` is {page id: submissions} of pages of that kind;
    `received_by_intake` is {`IntakeChannel` value: submissions} of every form page, channels with none left out.

    `answer_days` holds the percentiles of `FRACTIONS` (median, 90th percentile), None when nothing was answered.
    """

    received_by_page: dict
    received_by_intake: dict
    answered: int
    due: int
    in_time: int
    answer_days: tuple

    def received(self, kind):
        return sum(self.received_by_page.get(kind, {}).values())


def submission_counts(start_at, end_at, time_zone):
    """Submissions sent from `start_at` to `end_at` (exclusive), counted; days are days in `time_zone`."""
    pages, channels = _per_page(start_at, end_at, time_zone)
    kinds = kinds_by_content_type()
    received_by_page = {}
    if pages and kinds:
        for page_id, content_type_id in Page.objects.filter(pk__in=pages, content_type_id__in=kinds).values_list(
            "pk", "content_type_id"
        ):
            received_by_page.setdefault(kinds[content_type_id], {})[page_id] = pages[page_id]["received"]
    answered, due, in_time = (sum(row[name] for row in pages.values()) for name in ("answered", "due", "in_time"))
    answerable = submitted_in(start_at, end_at).filter(ANSWERABLE)
    return SubmissionCounts(
        received_by_page=received_by_page,
        received_by_intake=channels,
        answered=answered,
        due=due,
        in_time=in_time,
        answer_days=tuple(answer_percentiles(answerable, answered)),
    )
