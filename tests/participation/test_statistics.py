"""Participation in figures: exact figures on a known data set, periods in Finnish time, the admin report's
permissions and exports, the public page's small-group suppression, and bounded query counts."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from participation.models import EventAttendance, FollowUpStatusEntry, StatisticsPage
from participation.statistics import TIME_ZONE, Period
from participation.statistics.figures import Shown, suppress_small
from participation.statistics.periods import PeriodForm
from participation.statistics.queries import event_figures, follow_up_figures
from participation.statistics.report import build_report, last_12_months_public_figures, public_figures
from tests.participation.factories import (
    AreaFactory,
    ChannelPageFactory,
    EventPageFactory,
    FollowUpPageFactory,
)

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/participation-in-figures/"
JANUARY = Period.month(2026, 1)
NOW = datetime.datetime(2026, 3, 1, 12, 0, tzinfo=TIME_ZONE)


def local(*args):
    return datetime.datetime(*args, tzinfo=TIME_ZONE)


def attendance(**counts):
    return [EventAttendance(role=role, count=count) for role, count in counts.items()]


def entries(*statuses, day=datetime.date(2026, 2, 1)):
    return [
        FollowUpStatusEntry(date=day + datetime.timedelta(days=position), status=status, note="Merkintä.")
        for position, status in enumerate(statuses)
    ]


def event(sections, starts_at, hours=2, channel=None, areas=(), **counts):
    page = EventPageFactory(
        parent=sections.events,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=hours),
        channel=channel,
        attendance=attendance(**counts),
    )
    page.areas.set(areas)
    page.save_revision().publish()
    return page


def follow_up(sections, raised_on, statuses, channels=(), areas=()):
    page = FollowUpPageFactory(
        parent=sections.follow_ups,
        raised_on=raised_on,
        timeline_entries=entries(*statuses),
        reason_not_taken_forward="Ei resursseja." if statuses[-1] == "not_taken_forward" else "",
    )
    page.channels.set(channels)
    page.areas.set(areas)
    page.save_revision().publish()
    return page


@pytest.fixture
def data(localized_site, sections):
    """January 2026: two events held, five matters raised; plus look-alikes that must not count."""
    panel = ChannelPageFactory(parent=sections.channels, title="Asiakasraati")
    cafe = ChannelPageFactory(parent=sections.channels, title="Kehittäjäkahvila")
    north, south = AreaFactory(name="Pohjoinen"), AreaFactory(name="Etelä")
    # 23:30 on the last day of January, Finnish time (21:30 UTC): counts in January.
    late = event(
        sections,
        local(2026, 1, 31, 23, 30),
        channel=panel,
        areas=[north],
        residents=12,
        experts_by_experience=3,
        professionals=4,
    )
    both_areas = event(
        sections, local(2026, 1, 10, 17, 0), channel=cafe, areas=[north, south], residents=7, organisations=2
    )
    # 00:30 on 1 February Finnish time is still 31 January in UTC: counts in February, not January.
    event(sections, local(2026, 2, 1, 0, 30), channel=panel, residents=100)
    # A draft event in January does not count.
    draft = event(sections, local(2026, 1, 15, 12, 0), channel=panel, residents=50)
    draft.unpublish()
    # The Swedish translation of an event, with its own copy of the attendance rows, does not count twice.
    localized_site.translate(sections.events, "sv", slug="evenemang")
    localized_site.translate(both_areas, "sv")

    follow_up(sections, datetime.date(2026, 1, 1), ["received"], channels=[panel], areas=[north])
    follow_up(sections, datetime.date(2026, 1, 15), ["received", "in_preparation"], channels=[panel])
    follow_up(sections, datetime.date(2026, 1, 20), ["received", "decided"], channels=[cafe], areas=[south])
    implemented = follow_up(
        sections, datetime.date(2026, 1, 31), ["received", "decided", "implemented"], channels=[panel], areas=[north]
    )
    follow_up(sections, datetime.date(2026, 1, 25), ["received", "not_taken_forward"])
    follow_up(sections, datetime.date(2026, 2, 1), ["received", "implemented"], channels=[panel])
    follow_up(sections, datetime.date(2025, 12, 31), ["received"], channels=[panel])
    localized_site.translate(sections.follow_ups, "sv", slug="uppfoljning")
    localized_site.translate(implemented, "sv")
    return {"panel": panel, "cafe": cafe, "north": north, "south": south, "late": late}


# Periods ---------------------------------------------------------------------------------------------------------


def test_periods_are_half_open_ranges_of_finnish_days():
    assert JANUARY.start_at == local(2026, 1, 1)
    assert JANUARY.end_at == local(2026, 2, 1)
    assert JANUARY.end_at.astimezone(datetime.UTC) == datetime.datetime(2026, 1, 31, 22, 0, tzinfo=datetime.UTC)
    assert Period.quarter(2026, 4) == Period(datetime.date(2026, 10, 1), datetime.date(2027, 1, 1), "quarter")
    assert Period.year(2026).last_day == datetime.date(2026, 12, 31)
    assert Period.custom(datetime.date(2026, 3, 5), datetime.date(2026, 3, 5)).end == datetime.date(2026, 3, 6)
    # Summer time: midnight at the start of April is 21:00 UTC on 31 March.
    assert Period.month(2026, 3).end_at.astimezone(datetime.UTC).hour == 21
    last_year = Period.last_12_months(datetime.date(2026, 11, 25))
    assert (last_year.start, last_year.end) == (datetime.date(2025, 11, 26), datetime.date(2026, 11, 26))
    assert Period.last_12_months(datetime.date(2028, 2, 28)).start == datetime.date(2027, 2, 28)


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, Period.year(2026)),
        ({"kind": "month", "year": "2026", "month": "2"}, Period.month(2026, 2)),
        ({"kind": "quarter", "year": "2025", "quarter": "3"}, Period.quarter(2025, 3)),
        ({"kind": "year", "year": "2024"}, Period.year(2024)),
        (
            {"kind": "custom", "start": "2026-01-15", "end": "2026-02-14"},
            Period.custom(datetime.date(2026, 1, 15), datetime.date(2026, 2, 14)),
        ),
        ({"kind": "custom", "start": "2026-02-14", "end": "2026-01-15"}, Period.year(2026)),
        ({"kind": "month", "year": "x", "month": "13"}, Period.year(2026)),
        ({"kind": "custom", "start": "9999-12-30", "end": "9999-12-31"}, Period.year(2026)),
        ({"kind": "custom", "start": "0001-01-01", "end": "2026-01-01"}, Period.year(2026)),
    ],
)
def test_period_form(params, expected):
    form = PeriodForm(params or None, today=datetime.date(2026, 5, 5))
    assert form.period() == expected


def test_period_form_keeps_the_chosen_days_in_every_language():
    form = PeriodForm({"kind": "custom", "start": "2026-01-15", "end": "2026-02-14"})
    with translation.override("fi"):
        assert form.is_valid()
        assert 'value="2026-01-15"' in str(form["start"])  # a date input takes ISO 8601 only, not 15.1.2026


# Figures ---------------------------------------------------------------------------------------------------------


def test_event_figures_for_a_month(data):
    figures = event_figures(JANUARY, now=NOW)

    assert figures == {
        "events": 2,
        "participants": 28,
        "role_residents": 19,
        "role_experts_by_experience": 3,
        "role_organisations": 2,
        "role_professionals": 4,
    }


def test_an_event_at_2330_on_the_last_day_counts_in_that_month(data):
    february = event_figures(Period.month(2026, 2), now=NOW)

    assert (february["events"], february["participants"]) == (1, 100)


def test_events_that_have_not_ended_are_not_counted(data):
    # At 00:30 on 1 February the late event (23:30–01:30) is still going on.
    figures = event_figures(JANUARY, now=local(2026, 2, 1, 0, 30))

    assert (figures["events"], figures["participants"]) == (1, 9)


def test_event_figures_by_channel_and_area(data):
    by_channel = event_figures(JANUARY, by="channel", now=NOW)
    by_area = event_figures(JANUARY, by="area", now=NOW)

    panel, cafe = data["panel"].translation_key, data["cafe"].translation_key
    assert {key: (row["events"], row["participants"]) for key, row in by_channel.items()} == {
        panel: (1, 19),
        cafe: (1, 9),
    }
    north, south = data["north"].translation_key, data["south"].translation_key
    assert {key: (row["events"], row["participants"]) for key, row in by_area.items()} == {
        north: (2, 28),
        south: (1, 9),
    }


def test_follow_up_figures_for_a_month(data):
    figures = follow_up_figures(JANUARY)

    assert figures["raised"] == 5
    assert figures["in_progress"] == 3
    assert figures["taken_forward"] == 2
    assert figures["status_implemented"] == 1
    assert figures["status_not_taken_forward"] == 1
    assert figures["status_received"] == 1


def test_follow_up_figures_by_channel_and_area(data):
    by_channel = follow_up_figures(JANUARY, by="channel")
    by_area = follow_up_figures(JANUARY, by="area")

    panel, cafe = data["panel"].translation_key, data["cafe"].translation_key
    assert {
        key: (row["raised"], row["taken_forward"], row["status_implemented"]) for key, row in by_channel.items()
    } == {
        panel: (3, 1, 1),
        cafe: (1, 1, 0),
        None: (1, 0, 0),
    }
    north, south = data["north"].translation_key, data["south"].translation_key
    assert {key: row["raised"] for key, row in by_area.items()} == {north: 2, south: 1, None: 2}


def test_report_names_channels_and_areas(data):
    with translation.override("en"):
        report = build_report(JANUARY, now=NOW)
        channel_rows = {str(row.name): row for row in report.by_channel.rows}
        area_names = [str(row.name) for row in report.by_area.rows]

    assert report.figure("events").value == 2
    assert report.figure("raised").value == 5
    assert set(channel_rows) == {"Asiakasraati", "Kehittäjäkahvila", "No channel"}
    assert channel_rows["Asiakasraati"].figures["participants"].value == 19
    assert area_names == ["Etelä", "Pohjoinen", "No area"]


# Small groups ----------------------------------------------------------------------------------------------------


def test_groups_of_fewer_than_five_are_hidden_with_one_more_when_the_total_would_reveal_them():
    assert suppress_small([3, 10, 7], total=20) == [Shown(3, True), Shown(10, False), Shown(7, True)]
    assert suppress_small([2, 3, 20], total=25) == [Shown(2, True), Shown(3, True), Shown(20, False)]
    assert suppress_small([0, 12, 8], total=20) == [Shown(0), Shown(12), Shown(8)]
    assert suppress_small([4, 0, 0], total=4) == [Shown(4, True), Shown(0), Shown(0)]
    with translation.override("en"):
        assert str(Shown(3, True)) == "fewer than 5"


# Public page -----------------------------------------------------------------------------------------------------


def recent_data(sections):
    """In the last 12 months: 9 matters (6 being handled, 3 implemented) and one event with 30 + 2 people."""
    today = timezone.localdate()
    for index in range(9):
        statuses = ["received", "implemented"] if index < 3 else ["received"]
        follow_up(sections, today - datetime.timedelta(days=10 + index), statuses)
    follow_up(sections, today - datetime.timedelta(days=400), ["received"])  # older than 12 months
    event(sections, timezone.now() - datetime.timedelta(days=20), residents=30, professionals=2)


def test_public_page_shows_the_last_12_months_with_small_groups_hidden(client, statistics_page, sections):
    recent_data(sections)

    response = client.get("/fi/osallisuus-lukuina/")

    assert response.status_code == 200
    with translation.override("fi"):
        figures = last_12_months_public_figures()  # what the page showed, from the cache
    # Raised 9; being handled 6 and implemented 3 are both hidden (the 3 is small, the 6 would reveal it).
    assert [shown for _label, shown in figures.ideas] == [Shown(9), Shown(6, True), Shown(3, True), Shown(0)]
    # Events 1 (hidden), participants 32, residents 30 and professionals 2 both hidden.
    assert [shown for _label, shown in figures.events][:2] == [Shown(1, True), Shown(32)]
    html = response.content.decode()
    with translation.override("fi"):
        fewer = str(Shown(3, True))
    assert f"<td>{fewer}</td>" in html
    assert "<td>9</td>" in html and "<td>32</td>" in html
    assert "<td>3</td>" not in html and "<td>6</td>" not in html and "<td>30</td>" not in html
    assert html.count("<caption>") >= 2
    assert "<h1>Osallisuus lukuina</h1>" in html.replace("\u00ad", "")  # headings carry soft hyphens
    # No submissions were answered: the answer-time figures say so in words.
    assert "ei vielä vastauksia" in html
    assert "None" not in html


def test_public_page_counts_its_figures_at_most_every_few_minutes(client, statistics_page, sections):
    recent_data(sections)
    with CaptureQueriesContext(connection) as first:
        first_page = client.get("/fi/osallisuus-lukuina/").content
    recent_data(sections)  # not shown until the cached figures expire
    with CaptureQueriesContext(connection) as again:
        page_again = client.get("/fi/osallisuus-lukuina/").content

    assert page_again == first_page
    assert len(again) < len(first)


def test_public_figures_hide_the_complement_of_a_single_small_group(sections, localized_site):
    recent_data(sections)

    figures = public_figures(Period.last_12_months())

    with translation.override("en"):
        ideas = {str(label): shown for label, shown in figures.ideas}
        events = {str(label): shown for label, shown in figures.events}
    # 6 being handled, 3 implemented, 0 not taken forward out of 9: the 3 is hidden, and so is the 6.
    assert ideas["Implemented"] == Shown(3, True)
    assert ideas["Still being handled"] == Shown(6, True)
    assert ideas["Not taken forward"] == Shown(0, False)
    assert events["Residents and clients"] == Shown(30, True)
    assert events["Professionals"] == Shown(2, True)


def test_statistics_page_rules(localized_site, statistics_page):
    assert StatisticsPage.can_create_at(localized_site.home) is False  # one per language
    assert StatisticsPage.parent_page_types == ["portal.HomePage"]


def test_public_page_query_count_does_not_grow(client, statistics_page, sections, django_assert_max_num_queries):
    recent_data(sections)
    client.get(statistics_page.url)
    with CaptureQueriesContext(connection) as before:
        client.get(statistics_page.url)
    before = len(before)  # read now: the next request clears the query log
    recent_data(sections)
    recent_data(sections)
    client.get(statistics_page.url)
    with django_assert_max_num_queries(before):
        response = client.get(statistics_page.url)
    assert response.status_code == 200
    with django_assert_max_num_queries(20):
        client.get(statistics_page.url)


# Admin report ----------------------------------------------------------------------------------------------------


def make_user(username, superuser=False, permissions=()):
    User = get_user_model()
    if superuser:
        user = User.objects.create_superuser(username, f"{username}@example.fi", "salasana-123456")
    else:
        user = User.objects.create_user(username, f"{username}@example.fi", "salasana-123456")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        for codename in permissions:
            user.user_permissions.add(Permission.objects.get(codename=codename))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def test_anonymous_users_are_sent_to_log_in(client, localized_site):
    response = client.get(REPORT_URL)

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_editors_without_the_permission_are_refused(client, localized_site):
    client.force_login(make_user("toimittaja"))

    assert client.get(REPORT_URL).status_code == 403
    assert "participation-in-figures" not in client.get("/admin/").content.decode()


@pytest.mark.parametrize("superuser, permissions", [(True, ()), (False, ["view_participation_statistics"])])
def test_managers_and_superusers_see_the_report(client, data, superuser, permissions):
    client.force_login(make_user("johtaja", superuser=superuser, permissions=permissions))

    response = client.get(REPORT_URL, {"kind": "month", "year": "2026", "month": "1"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Participation in figures" in html
    assert "<svg" in html and "<caption" in html
    assert response.context["report"].period == JANUARY
    assert "participation-in-figures" in client.get("/admin/").content.decode()


@pytest.fixture
def manager_client(client, data):
    client.force_login(make_user("johtaja", superuser=True))
    return client


def test_csv_export(manager_client):
    response = manager_client.get(REPORT_URL, {"kind": "month", "year": "2026", "month": "1", "export": "csv"})

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="osallisuus-lukuina-2026-01.csv"'
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    totals = {row["Figure"]: row["Value"] for row in rows if row["Breakdown"] == "Total"}
    assert totals["Events held"] == "2"
    assert totals["Participants"] == "28"
    assert totals["Ideas and matters raised"] == "5"
    assert totals["Implemented"] == "1"
    assert rows[0]["Period starts"] == "2026-01-01" and rows[0]["Period ends"] == "2026-01-31"
    by_channel = {
        (row["Channel or area"], row["Figure"]): row["Value"] for row in rows if row["Breakdown"] == "Channel"
    }
    assert by_channel[("Asiakasraati", "Participants")] == "19"
    assert by_channel[("Kehittäjäkahvila", "Events held")] == "1"


@pytest.mark.parametrize("export", ["", "csv"])
def test_a_period_with_errors_shows_the_errors_and_no_figures(manager_client, export):
    params = {"kind": "custom", "start": "9999-12-30", "end": "9999-12-31", "export": export}
    response = manager_client.get(REPORT_URL, params)

    assert response.status_code == 200
    assert "Content-Disposition" not in response
    assert "Give a day in 2100 or earlier." in response.content.decode()
    assert "Events held" not in response.content.decode()


def test_xlsx_export(manager_client):
    from openpyxl import load_workbook

    response = manager_client.get(REPORT_URL, {"kind": "month", "year": "2026", "month": "1", "export": "xlsx"})

    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    heading = rows[0]
    assert heading[:3] == ("Period starts", "Period ends", "Breakdown")
    totals = {row[5]: row[6] for row in rows[1:] if row[2] == "Total"}
    assert totals["Events held"] == 2
    assert totals["Participants"] == 28


def test_report_query_count_does_not_grow(manager_client, sections, django_assert_max_num_queries):
    params = {"kind": "year", "year": str(timezone.localdate().year)}
    manager_client.get(REPORT_URL, params)
    with CaptureQueriesContext(connection) as before:
        manager_client.get(REPORT_URL, params)
    before = len(before)  # read now: the next request clears the query log
    recent_data(sections)
    recent_data(sections)
    manager_client.get(REPORT_URL, params)
    with django_assert_max_num_queries(before):
        assert manager_client.get(REPORT_URL, params).status_code == 200
    with django_assert_max_num_queries(30):
        manager_client.get(REPORT_URL, params)
