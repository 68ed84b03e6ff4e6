"""Submission figures: forms_engine's counts by statistics kind, as participation's rows; exact numbers on a known
set, on SQLite and PostgreSQL."""

import datetime

import pytest
from django.utils import translation

from forms_engine.models import Place, StatisticsKind, Submission
from forms_engine.statistics import submission_counts
from participation.statistics import BY_AREA, BY_CHANNEL, TIME_ZONE, Period
from participation.statistics.report import all_figures, public_figures
from participation.statistics.submissions import submission_figures
from tests.participation.factories import (
    AreaFactory,
    ChannelIndexPageFactory,
    ChannelPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FeedbackFormPageFactory,
    OpenCallIndexPageFactory,
    OpenCallPageFactory,
    SurveyPageFactory,
)

pytestmark = pytest.mark.django_db
JANUARY = Period.month(2026, 1)


def local(*args):
    return datetime.datetime(*args, tzinfo=TIME_ZONE)


def submit(page, at, answered_after_days=None, place=Place.NONE, due_in_days=5):
    number = Submission.objects.count() + 1
    submission = Submission.objects.create(
        page=page,
        form_data={"viesti": "Ehdotus."},
        reference=f"OV-2026-{number:06d}",
        language="fi",
        due_date=None if due_in_days is None else at.date() + datetime.timedelta(days=due_in_days),
        retain_until=datetime.date(2030, 1, 1),
        consent_text="Suostun.",
        consent_at=at,
        place=place,
    )
    answered_at = at + datetime.timedelta(days=answered_after_days) if answered_after_days is not None else None
    Submission.objects.filter(pk=submission.pk).update(submit_time=at, answered_at=answered_at)
    return submission


@pytest.fixture
def submissions(localized_site):
    home = localized_site.home
    channel = ChannelPageFactory(parent=ChannelIndexPageFactory(parent=home), title="Asiakasraati")
    area = AreaFactory(name="Pohjoinen")
    call = OpenCallPageFactory(parent=OpenCallIndexPageFactory(parent=home), channel=channel)
    call.areas.set([area])
    call.save_revision().publish()
    feedback = FeedbackFormPageFactory(parent=localized_site.home)
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home))
    noon = local(2026, 1, 10, 12, 0)
    submit(call, noon, answered_after_days=1)
    submit(call, noon, answered_after_days=2)
    submit(call, noon)  # not answered, past due
    submit(feedback, noon, answered_after_days=3)
    submit(feedback, noon, answered_after_days=4)
    submit(feedback, noon, answered_after_days=10)  # answered late
    submit(feedback, local(2026, 1, 31, 23, 30))  # 21:30 UTC: January; not answered, past due
    submit(call, local(2026, 2, 1, 0, 30), answered_after_days=0.5)  # still 31 January in UTC: February
    submit(event, noon, place=Place.CONFIRMED)  # a registration: not answered, not counted in answer times
    return {"channel": channel, "area": area}


def by_key(figures):
    return {figure.key: figure for figure in figures if figure.by is None}


def test_figures_for_a_month(submissions):
    # The same numbers from percentile_cont (PostgreSQL) and from the window-function path (SQLite).
    figures = by_key(submission_figures(JANUARY))

    assert figures["applications"].value == 3
    assert figures["feedback"].value == 4
    assert figures["answer_median"].value == pytest.approx(3.0)
    assert figures["answer_p90"].value == pytest.approx(7.6)  # 4 + 0.6 × (10 − 4)
    assert figures["answer_median"].sample_size == 5
    assert figures["answered_in_time"].value == pytest.approx(100 * 4 / 7)
    assert figures["answered_in_time"].sample_size == 7


def test_figures_by_channel_and_area(submissions):
    rows = submission_figures(JANUARY)

    assert [(f.group, f.value) for f in rows if f.by == BY_CHANNEL] == [(submissions["channel"].translation_key, 3)]
    assert [(f.group, f.value) for f in rows if f.by == BY_AREA] == [(submissions["area"].translation_key, 3)]


def test_forms_engine_counts_by_the_pages_statistics_kind(submissions):
    counts = submission_counts(JANUARY.start_at, JANUARY.end_at, TIME_ZONE)

    assert counts.received(StatisticsKind.APPLICATION) == 3
    assert counts.received(StatisticsKind.FEEDBACK) == 4
    # The event page has no statistics kind: its registration is in the answer figures' base, not in a kind.
    assert set(counts.received_by_page) == {StatisticsKind.APPLICATION, StatisticsKind.FEEDBACK}
    assert (counts.answered, counts.due, counts.in_time) == (5, 7, 4)


def test_submissions_that_await_no_reply_are_received_but_not_in_the_answer_figures(submissions, localized_site):
    """A survey's answers have no due date: counted as received, never as due, answered or late."""
    survey = SurveyPageFactory(parent=localized_site.home)
    noon = local(2026, 1, 10, 12, 0)
    for _ in range(3):
        submit(survey, noon, due_in_days=None)
    submit(survey, noon, answered_after_days=30, due_in_days=None)  # a coordinator answered one anyway

    counts = submission_counts(JANUARY.start_at, JANUARY.end_at, TIME_ZONE)
    figures = by_key(submission_figures(JANUARY))

    assert counts.received(StatisticsKind.SURVEY) == 4
    assert (counts.answered, counts.due, counts.in_time) == (5, 7, 4)  # as without the survey
    assert figures["survey_answers"].value == 4
    assert figures["answer_median"].value == pytest.approx(3.0)
    assert figures["answer_p90"].value == pytest.approx(7.6)
    assert figures["answered_in_time"].value == pytest.approx(100 * 4 / 7)
    assert figures["submissions"].value == 12  # every submission received, whatever its form


def test_an_empty_period_has_no_answer_times(submissions):
    figures = by_key(submission_figures(Period.month(2025, 1)))

    assert figures["applications"].value == 0
    assert figures["answer_median"].value is None
    assert figures["answered_in_time"].value is None


def test_in_the_participation_report(submissions):
    assert "answer_median" in by_key(all_figures(JANUARY))


def test_public_page_shows_answer_times_and_hides_small_counts(submissions):
    with translation.override("en"):
        figures = public_figures(Period.custom(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)))
        answers = {str(label): shown for _section, rows in figures.answers for label, shown in rows}

    # The year also holds February's application, answered in half a day: six answered, median 2.5 days.
    assert answers["Time to answer, median"] == "2.5 days"
    assert answers["Answered within the agreed time"] == "62.5 %"
    assert answers["Applications to open calls"] == "fewer than 5"
    assert answers["Feedback and ideas received"] == "fewer than 5"


def test_public_page_hides_answer_times_computed_from_fewer_than_five(submissions):
    with translation.override("en"):
        figures = public_figures(Period.month(2026, 2))
        answers = {str(label): shown for _section, rows in figures.answers for label, shown in rows}

    # Not "fewer than 5", which beside a time would read as the time itself.
    assert answers["Time to answer, median"] == "too few answers to show"
    assert answers["Answered within the agreed time"] == "too few answers to show"


def test_answered_in_time_uses_the_finnish_day_in_summer_time(localized_site):
    feedback = FeedbackFormPageFactory(parent=localized_site.home)
    june = Period.month(2026, 6)
    # Due 10 June. 23:30 Finnish summer time on the 10th (20:30 UTC) is in time; 00:30 on the 11th (21:30 UTC on
    # the 10th) is late.
    in_time = submit(feedback, local(2026, 6, 5, 12, 0), due_in_days=5)
    late = submit(feedback, local(2026, 6, 5, 12, 0), due_in_days=5)
    Submission.objects.filter(pk=in_time.pk).update(answered_at=local(2026, 6, 10, 23, 30))
    Submission.objects.filter(pk=late.pk).update(answered_at=local(2026, 6, 11, 0, 30))

    figures = by_key(submission_figures(june))

    assert figures["answered_in_time"].value == pytest.approx(50.0)
