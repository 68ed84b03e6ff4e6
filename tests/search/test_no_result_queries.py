"""Searches that found nothing: counted per query and Finnish day in the query log's batches, reported as the most
frequent ones in "Participation in figures" (admin report and export only, never on the public page)."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.users.models import UserProfile

from participation.statistics import Period, hook_figures
from participation.statistics.report import public_figures
from search import query_log, statistics
from search.models import NoResultQuery

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/participation-in-figures/"
JANUARY = Period.month(2026, 1)


def search(client, query, **params):
    response = client.get("/fi/haku/", {"q": query, **params})
    assert response.status_code == 200
    return response


def no_results(query_string):
    return NoResultQuery.objects.filter(query_string=query_string).values_list("date", "hits")


def test_a_search_with_no_results_is_counted_in_the_batch(client, search_site, settings):
    settings.SEARCH_QUERY_LOG_BATCH = 3
    query_log.discard_pending()
    query_log.flush()  # starts the minute again, so that only the batch size writes
    search(client, "Xyzzyqwerty")
    search(client, "xyzzyqwerty")
    assert not NoResultQuery.objects.exists()  # not written on every search

    search(client, "lapsi")  # the third search writes the batch; it found pages, so it is not counted

    assert list(no_results("xyzzyqwerty")) == [(timezone.localdate(), 2)]
    assert not NoResultQuery.objects.filter(query_string="lapsi").exists()
    assert Query.objects.get(query_string="xyzzyqwerty").hits == 2  # Wagtail's log counts it too


def test_only_new_searches_that_found_nothing_are_counted(client, search_site, settings):
    settings.SEARCH_QUERY_LOG_BATCH = 1
    query_log.discard_pending()
    search(client, "kokemusasiantuntijan")  # results
    search(client, "xyzzyqwerty", page="2")  # paging is not a new search
    search(client, "")  # empty
    search(client, "   ")
    SearchPromotion.objects.create(
        query=Query.get("puuttuvasana"), page=search_site.experts, description="Katso tästä."
    )
    search(client, "puuttuvasana")  # no pages, but a promoted result answers it
    search(client, "xyzzyqwerty")

    assert dict(NoResultQuery.objects.values_list("query_string", "hits")) == {"xyzzyqwerty": 1}


def test_the_day_is_the_finnish_day(search_site, settings, monkeypatch):
    settings.SEARCH_QUERY_LOG_BATCH = 100
    query_log.discard_pending()
    query_log.record("Uimahalli", no_results=True)
    query_log.record("uimahalli", no_results=False)
    # 22:30 UTC on 31 January is 00:30 on 1 February in Finland.
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime(2026, 1, 31, 22, 30, tzinfo=datetime.UTC))
    query_log.flush()

    assert list(no_results("uimahalli")) == [(datetime.date(2026, 2, 1), 1)]
    assert Query.objects.get(query_string="uimahalli").hits == 2


def test_queries_older_than_the_retention_period_are_erased(search_site, settings, monkeypatch):
    settings.SEARCH_QUERY_RETENTION_DAYS = 30
    monkeypatch.setitem(query_log._state, "erased_on", None)
    today = timezone.localdate()
    NoResultQuery.objects.create(query_string="vanha nimi", date=today - datetime.timedelta(days=31), hits=1)
    NoResultQuery.objects.create(query_string="tuore", date=today - datetime.timedelta(days=30), hits=1)
    QueryDailyHits.objects.create(query=Query.get("vanha nimi"), date=today - datetime.timedelta(days=31), hits=1)
    QueryDailyHits.objects.create(query=Query.get("tuore"), date=today - datetime.timedelta(days=30), hits=1)
    promoted = Query.get("promoted")
    SearchPromotion.objects.create(query=promoted, page=search_site.experts, description="Pysyy.")
    query_log.discard_pending()
    query_log.record("xyzzyqwerty", no_results=True)

    query_log.flush()

    assert set(NoResultQuery.objects.values_list("query_string", flat=True)) == {"tuore", "xyzzyqwerty"}
    assert set(Query.objects.values_list("query_string", flat=True)) == {"tuore", "xyzzyqwerty", "promoted"}


@pytest.fixture
def counted(db):
    rows = [
        ("uimahalli", datetime.date(2026, 1, 1), 3),
        ("uimahalli", datetime.date(2026, 1, 31), 4),
        ("koirapuisto", datetime.date(2026, 1, 15), 5),
        ("asukasraati", datetime.date(2026, 1, 10), 2),
        ("=hyperlink(1)", datetime.date(2026, 1, 10), 1),
        ("joulukuu", datetime.date(2025, 12, 31), 50),  # before the period
        ("helmikuu", datetime.date(2026, 2, 1), 60),  # after it
    ]
    rows += [(f"harvinainen {number:02d}", datetime.date(2026, 1, 20), 1) for number in range(10)]
    NoResultQuery.objects.bulk_create(
        NoResultQuery(query_string=query, date=day, hits=hits) for query, day, hits in rows
    )


def test_the_figure_lists_the_most_frequent_in_order_for_the_finnish_days_of_the_period(counted):
    assert statistics.most_frequent(JANUARY)[:4] == [
        ("uimahalli", 7),
        ("koirapuisto", 5),
        ("asukasraati", 2),
        ("=hyperlink(1)", 1),
    ]
    figures = [figure for figure in hook_figures(JANUARY) if figure.rank is not None]
    assert [figure.rank for figure in figures] == list(range(1, 11))
    assert [(figure.label, figure.value) for figure in figures[:3]] == [
        ("uimahalli", 7),
        ("koirapuisto", 5),
        ("asukasraati", 2),
    ]
    assert figures[-1].label == "harvinainen 05"  # ties in alphabetical order, ten in all
    assert not any(figure.public for figure in figures)
    total = next(figure for figure in hook_figures(JANUARY) if figure.key == "searches_without_results")
    assert total.value == 7 + 5 + 2 + 1 + 10
    assert statistics.most_frequent(Period.month(2026, 2)) == [("helmikuu", 60)]
    assert all(figure.by is None for figure in statistics.figures(JANUARY))  # no breakdown by channel or area


def test_the_public_page_does_not_show_search_queries(counted):
    shown = str(public_figures(JANUARY))

    assert "uimahalli" not in shown
    assert "with no results" not in shown


@pytest.fixture
def superuser_client(client, localized_site):
    user = get_user_model().objects.create_superuser("johtaja", "johtaja@example.fi", "salasana-123456")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def test_the_admin_report_shows_the_ranked_list(superuser_client, counted):
    response = superuser_client.get(REPORT_URL, {"kind": "month", "year": "2026", "month": "1"})

    assert response.status_code == 200
    html = response.content.decode()
    table = html[html.index("Most frequent searches with no results") :]
    table = table[: table.index("</table>")]
    assert '<th scope="col">Rank</th>' in table
    assert '<tr><td>1</td><th scope="row">uimahalli</th><td>7</td></tr>' in table
    assert table.index("uimahalli") < table.index("koirapuisto") < table.index("asukasraati")
    assert "joulukuu" not in html and "helmikuu" not in html
    assert "Searches with no results" in html


def test_the_export_has_the_ranked_rows(superuser_client, counted):
    response = superuser_client.get(REPORT_URL, {"kind": "month", "year": "2026", "month": "1", "export": "csv"})

    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    ranked = [row for row in rows if row["Section"] == "Most frequent searches with no results"]
    assert [(row["Breakdown"], row["Channel or area"], row["Figure"], row["Value"]) for row in ranked[:4]] == [
        ("Rank", "1", "uimahalli", "7"),
        ("Rank", "2", "koirapuisto", "5"),
        ("Rank", "3", "asukasraati", "2"),
        ("Rank", "4", "'=hyperlink(1)", "1"),  # not run as a formula by a spreadsheet
    ]
    totals = {row["Figure"]: row["Value"] for row in rows if row["Breakdown"] == "Total"}
    assert totals["Searches with no results"] == "25"

    from openpyxl import load_workbook

    response = superuser_client.get(REPORT_URL, {"kind": "month", "year": "2026", "month": "1", "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = [row for row in sheet.iter_rows(values_only=True) if row[4] == "Most frequent searches with no results"]
    assert [(row[3], row[5], row[6]) for row in rows[:2]] == [(1, "uimahalli", 7), (2, "koirapuisto", 5)]
