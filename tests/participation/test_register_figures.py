"""The register's figures in Participation in figures (issue 16, part 5): people by role and language, assignments
done with their hours and attendance, orders answered in time, per area; exact in the admin report and its export
for those allowed to see it, small groups hidden on the public page, no names anywhere, a bounded number of queries."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from forms_engine.models import Submission
from participation.models import Assignment, AssignmentStatus, RegisterProfile
from participation.statistics import BY_AREA, TIME_ZONE, Period
from participation.statistics.figures import Shown
from participation.statistics.register import assignment_counts, people_counts, register_figures
from participation.statistics.report import public_figures
from tests.participation.factories import AreaFactory, FeedbackFormPageFactory
from tests.participation.test_statistics import REPORT_URL, make_user

pytestmark = pytest.mark.django_db

JANUARY = Period.month(2026, 1)
NOW = datetime.datetime(2026, 3, 1, 12, 0, tzinfo=TIME_ZONE)


def local(*args):
    return datetime.datetime(*args, tzinfo=TIME_ZONE)


def person(created_at, end_date, roles=("expert_by_experience",), languages=("fin",), name="Salainen Sanni"):
    profile = RegisterProfile.objects.create(
        name=name,
        email=f"{RegisterProfile.objects.count()}@example.fi",
        roles=list(roles),
        languages=list(languages),
        consent_text="Suostun.",
        consent_at=created_at,
        end_date=end_date,
    )
    RegisterProfile.objects.filter(pk=profile.pk).update(created_at=created_at)
    return profile


def order(page, sent_at, due_date):
    """An order from the experts' bank form, sent at `sent_at`."""
    number = Submission.objects.count() + 1
    submission = Submission.objects.create(
        page=page,
        form_data={"viesti": "Tarvitsemme kokemusasiantuntijan."},
        reference=f"KA-2026-{number:06d}",
        language="fi",
        due_date=due_date,
        retain_until=datetime.date(2030, 1, 1),
        consent_text="Suostun.",
        consent_at=sent_at,
    )
    Submission.objects.filter(pk=submission.pk).update(submit_time=sent_at)
    return submission


def assignment(day, status=AssignmentStatus.CONFIRMED, order=None, told_at=None, area=None, **fields):
    return Assignment.objects.create(
        order=order,
        orderer_told_at=told_at,
        task="Asiakasraadin kokous",
        date=day,
        place="Tampere",
        status=status,
        area=area,
        **fields,
    )


def done(day, hours=None, attendance=None, area=None):
    return assignment(day, status=AssignmentStatus.DONE, hours=hours, attendance=attendance, area=area)


@pytest.fixture
def north():
    return AreaFactory(name="Pohjoinen")


@pytest.fixture
def bank(localized_site):
    return FeedbackFormPageFactory(parent=localized_site.home, title="Kokemusasiantuntijapankki")


@pytest.fixture
def january(bank, north):
    """January 2026: three people in the register, two assignments done, four orders; and look-alikes."""
    # In the register during January: added before it ended, end date not before it began.
    person(local(2025, 6, 1, 9), datetime.date(2026, 12, 31), ["expert_by_experience", "panel_member"], ["fin", "swe"])
    person(local(2026, 1, 15, 9), datetime.date(2027, 12, 31), ["developer_client"], ["fin"])
    person(local(2025, 6, 1, 9), datetime.date(2026, 1, 1), ["expert_by_experience"], ["smi", "sgn"])
    # Added at 00:30 on 1 February Finnish time (still 31 January in UTC): not in January.
    person(local(2026, 2, 1, 0, 30), datetime.date(2027, 12, 31), ["peer_supporter"], ["eng"])
    # Left the register on 31 December.
    person(local(2025, 1, 1, 9), datetime.date(2025, 12, 31), ["peer_supporter"], ["eng"])

    done(datetime.date(2026, 1, 10), hours=Decimal("2.5"), attendance=12, area=north)
    done(datetime.date(2026, 1, 31), hours=Decimal("3.0"))
    done(datetime.date(2026, 2, 1), hours=Decimal("8.0"), attendance=40)  # February
    done(datetime.date(2025, 12, 31), hours=Decimal("8.0"), attendance=40)  # December
    assignment(datetime.date(2026, 1, 20), hours=Decimal("4.0"))  # confirmed, not done

    noon = local(2026, 1, 10, 12)
    due = datetime.date(2026, 1, 15)
    # Told at 23:30 on the due date, Finnish time: in time. Told at 00:30 the next day (22:30 UTC on the due
    # date): late.
    assignment(datetime.date(2026, 2, 10), order=order(bank, noon, due), told_at=local(2026, 1, 15, 23, 30), area=north)
    assignment(datetime.date(2026, 2, 10), order=order(bank, noon, due), told_at=local(2026, 1, 16, 0, 30))
    # Not told, the due date has passed: late.
    assignment(datetime.date(2026, 2, 10), order=order(bank, local(2026, 1, 12, 12), datetime.date(2026, 1, 20)))
    # Sent at 23:30 on 31 January, not yet due on 1 March: an order, but not yet in the share.
    assignment(datetime.date(2026, 4, 10), order=order(bank, local(2026, 1, 31, 23, 30), datetime.date(2026, 4, 1)))
    # Cancelled: left out. Sent in February: not January's. Made by a coordinator without an order: not an order.
    assignment(
        datetime.date(2026, 2, 10),
        status=AssignmentStatus.CANCELLED,
        order=order(bank, noon, datetime.date(2026, 1, 15)),
    )
    assignment(datetime.date(2026, 3, 10), order=order(bank, local(2026, 2, 1, 0, 30), datetime.date(2026, 2, 5)))
    assignment(datetime.date(2026, 1, 25), told_at=local(2026, 1, 24, 12))
    return {"north": north}


# Counts ----------------------------------------------------------------------------------------------------------


def test_people_in_the_register_by_role_and_language(january):
    counts = people_counts(JANUARY)

    assert counts["people"] == 3
    assert {key: value for key, value in counts.items() if key.startswith("role_")} == {
        "role_expert_by_experience": 2,
        "role_developer_client": 1,
        "role_peer_supporter": 0,
        "role_panel_member": 1,
    }
    assert {key: value for key, value in counts.items() if key.startswith("language_")} == {
        "language_fin": 2,
        "language_swe": 1,
        "language_eng": 0,
        "language_smi": 1,
        "language_sgn": 1,
    }


def test_people_are_counted_in_every_period_they_were_in_the_register(january):
    assert people_counts(Period.month(2026, 2))["people"] == 3  # the two still in, and the one added on 1 February
    assert people_counts(Period.month(2025, 12))["people"] == 3  # before the second was added
    assert people_counts(Period.month(2025, 5))["people"] == 1  # only the one who left at the end of 2025


def test_assignments_done_their_hours_and_attendance(january):
    by_area = assignment_counts(JANUARY, now=NOW)
    north = january["north"].translation_key

    assert (by_area[north]["done"], by_area[north]["hours"], by_area[north]["attendance"]) == (1, Decimal("2.5"), 12)
    assert (by_area[None]["done"], by_area[None]["hours"], by_area[None]["attendance"]) == (1, Decimal("3.0"), 0)
    figures = {row.key: row for row in register_figures(JANUARY, now=NOW) if row.by is None}
    assert figures["assignments_done"].value == 2
    assert figures["assignment_hours"].value == Decimal("5.5")
    assert figures["assignment_attendance"].value == 12
    with translation.override("fi"):
        assert figures["assignment_hours"].display == "5,5 h"


def test_orders_answered_in_time(january):
    figures = {row.key: row for row in register_figures(JANUARY, now=NOW) if row.by is None}

    assert figures["orders"].value == 4
    assert figures["orders_in_time"].value == 1
    assert figures["orders_in_time_share"].sample_size == 3
    assert round(figures["orders_in_time_share"].value, 1) == 33.3
    # On 18 January the third order was not yet due: it was not yet late either.
    early = {row.key: row for row in register_figures(JANUARY, now=local(2026, 1, 18, 12)) if row.by is None}
    assert (early["orders_in_time_share"].sample_size, early["orders_in_time_share"].value) == (2, 50)


def test_assignments_by_area(january):
    north = january["north"].translation_key

    figures = register_figures(JANUARY, now=NOW)
    rows = [row for row in figures if row.by == BY_AREA]
    assert {(row.group, row.key): row.value for row in rows if row.key in ("assignments_done", "orders")} == {
        (north, "assignments_done"): 1,
        (north, "orders"): 1,
        (None, "assignments_done"): 1,
        (None, "orders"): 3,
    }
    share = {row.group: row.value for row in rows if row.key == "orders_in_time_share"}
    assert share[north] == 100
    assert share[None] == 0
    assert not [row for row in figures if row.by not in (None, BY_AREA)]  # no channel: by area only


def test_register_figures_take_two_queries_whatever_the_data(january, bank, north, django_assert_num_queries):
    with django_assert_num_queries(2):
        register_figures(JANUARY, now=NOW)
    for day in range(1, 20):
        person(local(2025, 12, day, 9), datetime.date(2027, 1, 1), ["panel_member"], ["swe", "eng"])
        done(datetime.date(2026, 1, day), hours=Decimal("1.5"), attendance=3, area=AreaFactory())
        assignment(datetime.date(2026, 2, 1), order=order(bank, local(2026, 1, day, 9), datetime.date(2026, 1, 25)))
    with django_assert_num_queries(2):
        register_figures(JANUARY, now=NOW)


# Admin report ----------------------------------------------------------------------------------------------------

JANUARY_PARAMS = {"kind": "month", "year": "2026", "month": "1"}


def test_the_report_shows_exact_counts_to_those_allowed_to_see_it(client, january):
    client.force_login(make_user("johtaja", permissions=["view_participation_statistics"]))

    with translation.override("en"):
        response = client.get(REPORT_URL, JANUARY_PARAMS)
        report = response.context["report"]
        area_rows = {str(row.name): row for row in report.by_area.rows}

    assert response.status_code == 200
    assert report.figure("register_people").value == 3
    assert report.figure("register_language_smi").value == 1  # exact, not "fewer than 5"
    assert report.figure("assignments_done").value == 2
    assert area_rows["Pohjoinen"].figures["assignment_hours"].value == Decimal("2.5")
    html = response.content.decode()
    assert "People in the register of experts by experience" in html
    assert "Salainen Sanni" not in html  # never a name


@pytest.mark.parametrize("permissions", [[], ["use_register"]])
def test_the_report_is_refused_to_others_even_with_the_register_permission(client, january, permissions):
    client.force_login(make_user("rekisteri", permissions=permissions))

    response = client.get(REPORT_URL, {**JANUARY_PARAMS, "export": "csv"})

    assert response.status_code == 403
    assert "Content-Disposition" not in response
    assert "People in the register" not in response.content.decode()


def test_csv_export_has_the_register_rows(client, january):
    client.force_login(make_user("johtaja", superuser=True))

    response = client.get(REPORT_URL, {**JANUARY_PARAMS, "export": "csv"})

    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    totals = {row["Figure"]: (row["Section"], row["Value"], row["Unit"]) for row in rows if row["Breakdown"] == "Total"}
    assert totals["People in the register"] == ("People in the register of experts by experience", "3", "count")
    assert totals["Sámi"] == ("People in the register by language", "1", "count")
    assert totals["Assignments done"][1:] == ("2", "count")
    assert totals["Hours worked in them"][1:] == ("5.5", "hours")
    assert totals["Orders received"][1] == "4"
    assert totals["Orders whose orderer was told who is coming by the due date"][1] == "1"
    by_area = {(row["Channel or area"], row["Figure"]): row["Value"] for row in rows if row["Breakdown"] == "Area"}
    assert by_area[("Pohjoinen", "Assignments done")] == "1"
    assert by_area[("No area", "Orders received")] == "3"


def test_xlsx_export_has_the_hours_as_a_number(client, january):
    from openpyxl import load_workbook

    client.force_login(make_user("johtaja", superuser=True))

    response = client.get(REPORT_URL, {**JANUARY_PARAMS, "export": "xlsx"})

    assert response.status_code == 200
    rows = list(load_workbook(io.BytesIO(b"".join(response.streaming_content))).active.iter_rows(values_only=True))
    totals = {row[5]: row[6] for row in rows[1:] if row[2] == "Total"}
    assert totals["Hours worked in them"] == 5.5
    assert totals["People in the register"] == 3


# Public page -----------------------------------------------------------------------------------------------------


def recent_register(north):
    """In the last 12 months: seven people (six experts, one developer client; seven Finnish, five Swedish, one
    Sámi) and two assignments done."""
    added = timezone.now() - datetime.timedelta(days=100)
    ends = timezone.localdate() + datetime.timedelta(days=100)
    for index in range(6):
        person(added, ends, ["expert_by_experience"], ["fin", "swe"] if index < 5 else ["fin"])
    person(added, ends, ["developer_client"], ["fin", "smi"], name="Ainoa Saamenkielinen")
    today = timezone.localdate()
    done(today - datetime.timedelta(days=10), hours=Decimal("2.0"), attendance=3, area=north)
    done(today - datetime.timedelta(days=11), hours=Decimal("1.5"), attendance=3)


def test_public_page_hides_small_groups_of_the_register(client, statistics_page, north):
    recent_register(north)

    with translation.override("en"):
        figures = public_figures(Period.last_12_months())
        register = {str(section): {str(label): value for label, value in rows} for section, rows in figures.register}
        fewer = str(Shown(1, True))
    people = register["People in the register of experts by experience"]
    languages = register["People in the register by language"]
    assignments = register["Assignments from the register"]
    assert people["People in the register"] == "7"
    # One developer client is hidden, and then the six experts too: 7 − 6 would tell the one.
    assert people["Developer client"] == fewer and people["Expert by experience"] == fewer
    assert people["Peer supporter"] == "0"
    # One Sámi speaker is hidden, and then the next smallest (five Swedish speakers); seven Finnish are shown.
    assert (languages["Sámi"], languages["Swedish"], languages["Finnish"]) == (fewer, fewer, "7")
    assert assignments["Assignments done"] == fewer
    assert assignments["Hours worked in them"] == "too few assignments to show"
    assert assignments["People taking part in them"] == "6"

    html = client.get("/fi/osallisuus-lukuina/").content.decode()
    assert 'id="statistics-register"' in html
    with translation.override("fi"):
        assert f"<td>{Shown(1, True)}</td>" in html
    assert "liian vähän toimeksiantoja näytettäväksi" in html
    assert '<th scope="row">Suomi</th>' in html  # a language's name starts its row with a capital
    assert "Ainoa Saamenkielinen" not in html and "Salainen Sanni" not in html


def test_public_page_shows_the_register_figures_in_swedish(client, statistics_page, localized_site, north):
    recent_register(north)
    sv = localized_site.translate(statistics_page, "sv", slug="delaktighet-i-siffror")

    html = client.get(sv.url).content.decode()

    assert "Erfarenhetsexperter och utvecklarklienter" in html
    assert "färre än 5" in html


def test_the_public_section_is_left_out_while_the_register_is_not_in_use(client, statistics_page):
    html = client.get("/fi/osallisuus-lukuina/").content.decode()

    assert 'id="statistics-register"' not in html
    assert public_figures(Period.last_12_months()).register == []
