"""Figures from residents' submissions: counted by `forms_engine`, named and broken down here.

`forms_engine.statistics.submission_counts` counts the submissions sent in the period by the `statistics_kind`
of their form page (`OpenCallPage`: applications, `FeedbackFormPage`: feedback and ideas) and how fast they were
answered; it knows nothing of participation's pages. This module turns those numbers into the report's rows and
breaks the applications down by the call's channel and areas, which are participation's fields:

- applications to open calls (also per channel and per area of the call), feedback and ideas received;
- time to answer, median and 90th percentile, in days, of the submissions that have been answered;
- share answered within the agreed time: answered on or before the due date (Finnish day), out of those that were
  answered or whose due date has passed. Event registrations and submissions that await no reply (survey
  answers: no due date) are left out of both answer figures;
- every submission received (any form, registrations too) and its parts per channel of intake: the web form, or
  recorded by a coordinator from a phone call, a paper form, a meeting, an email or an event.

Four queries for the counts and one for the calls' channels and areas.
"""

from collections import Counter

from django.utils.translation import gettext_lazy as _

from forms_engine.models import IntakeChannel, StatisticsKind
from forms_engine.statistics import submission_counts
from participation.models import OpenCallPage
from participation.statistics.figures import BY_AREA, BY_CHANNEL, DAYS, PERCENT, Figure
from participation.statistics.periods import TIME_ZONE

SECTION = _("Feedback, ideas and applications")
ANSWERS_SECTION = _("How fast answers come")
APPLICATIONS = _("Applications to open calls")
INTAKE_SECTION = _("Submissions by channel of intake")


def applications_by_group(calls):
    """Applications per channel and per area of the call, from {call id: applications}. One query."""
    channels, areas = {}, {}
    groups = OpenCallPage.objects.filter(pk__in=calls).values_list(
        "pk", "channel__translation_key", "areas__translation_key"
    )
    for page_id, channel, area in groups:
        channels[page_id] = channel
        areas.setdefault(page_id, set()).add(area)
    by_channel, by_area = Counter(), Counter()
    for page_id, channel in channels.items():
        by_channel[channel] += calls[page_id]
        for area in areas[page_id]:
            by_area[area] += calls[page_id]
    return [
        Figure("applications", APPLICATIONS, count, SECTION, by=by, group=group)
        for by, counts in ((BY_CHANNEL, by_channel), (BY_AREA, by_area))
        for group, count in counts.items()
    ]


def intake_figures(counts):
    """All submissions received and their parts per channel of intake, every channel shown (zero included)."""
    by_intake = counts.received_by_intake
    rows = [
        Figure(
            "submissions", _("Submissions received, all forms"), sum(by_intake.values()), INTAKE_SECTION, public=True
        )
    ]
    for channel, label in IntakeChannel.choices:
        rows.append(
            Figure(
                f"intake_{channel}",
                label,
                by_intake.get(channel, 0),
                INTAKE_SECTION,
                public=True,
                part_of="submissions",
            )
        )
    return rows


def submission_figures(period):
    """The totals, the submissions per channel of intake, and the applications per channel and per area for
    `period`."""
    counts = submission_counts(period.start_at, period.end_at, TIME_ZONE)
    median, p90 = counts.answer_days
    share = 100 * counts.in_time / counts.due if counts.due else None
    calls = counts.received_by_page.get(StatisticsKind.APPLICATION, {})
    return [
        Figure("applications", APPLICATIONS, sum(calls.values()), SECTION, public=True),
        Figure(
            "feedback",
            _("Feedback and ideas received"),
            counts.received(StatisticsKind.FEEDBACK),
            SECTION,
            public=True,
        ),
        Figure(
            "survey_answers",
            _("Survey answers received"),
            counts.received(StatisticsKind.SURVEY),
            SECTION,
            public=True,
        ),
        Figure(
            "answer_median",
            _("Time to answer, median"),
            median,
            ANSWERS_SECTION,
            unit=DAYS,
            public=True,
            sample_size=counts.answered,
        ),
        Figure(
            "answer_p90",
            _("Time to answer, 9 in 10 answered within"),
            p90,
            ANSWERS_SECTION,
            unit=DAYS,
            public=True,
            sample_size=counts.answered,
        ),
        Figure(
            "answered_in_time",
            _("Answered within the agreed time"),
            share,
            ANSWERS_SECTION,
            unit=PERCENT,
            public=True,
            sample_size=counts.due,
        ),
        *intake_figures(counts),
        *applications_by_group(calls),
    ]
