"""Search scales with the size of a results page, not with the number of matches (issue 12).

The database ranks and pages the matches (LIMIT/OFFSET), counts the facets with GROUP BY and the total with COUNT,
and the search log is written by the task worker, never in the visitor's request.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django_tasks import task_backends
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale

from search import query_log
from search.analysis import analyse_query
from search.engine import PAGE_SIZE, backend_query, ranked_matches, search_queryset
from tests.factories import StandardPageFactory
from tests.participation.factories import (
    AreaFactory,
    ChannelIndexPageFactory,
    ChannelPageFactory,
    MethodLibraryPageFactory,
    MethodPageFactory,
    TargetGroupFactory,
)

MATCHES = 27


@pytest.fixture
def many_matches(localized_site):
    """27 pages about peer support (more than two results pages) with types, target groups and areas."""
    home = localized_site.home
    fi = Locale.objects.get(language_code="fi")
    youth = TargetGroupFactory(name="Nuoret", slug="nuoret", locale=fi)
    elderly = TargetGroupFactory(name="Ikäihmiset", slug="ikaihmiset", locale=fi)
    tampere = AreaFactory(name="Tampere", slug="tampere", locale=fi)
    nokia = AreaFactory(name="Nokia", slug="nokia", locale=fi)
    channels = ChannelIndexPageFactory(parent=home)
    methods = MethodLibraryPageFactory(parent=home)
    tags = {}
    for number in range(MATCHES):
        kind = number % 3
        title = f"Vertaistuki {number}" + " vertaistukiryhmä" * (number % 4)  # ranks differ
        if kind == 0:
            page = StandardPageFactory(parent=home, title=title, slug=f"vertaistuki-{number}")
            tags[page.pk] = ("portal.standardpage", set(), set())
            continue
        factory, parent = (ChannelPageFactory, channels) if kind == 1 else (MethodPageFactory, methods)
        page = factory(parent=parent, title=title, slug=f"vertaistuki-{number}")
        groups = [youth] if number % 2 else [youth, elderly]
        areas = [tampere] if number % 5 else [nokia]
        page.target_groups.set(groups)
        page.areas.set(areas)
        page.save_revision().publish()
        label = "participation.channelpage" if kind == 1 else "participation.methodpage"
        tags[page.pk] = (label, {group.slug for group in groups}, {area.slug for area in areas})
    return tags


def search(client, **params):
    response = client.get("/fi/haku/", {"q": "vertaistuki", **params})
    assert response.status_code == 200
    return response.context["search"]


def expected_counts(tags, chosen_type="", group="", area=""):
    def keep(values, by_type=True, by_group=True, by_area=True):
        label, groups, areas = values
        return (
            (not by_type or not chosen_type or label == chosen_type)
            and (not by_group or not group or group in groups)
            and (not by_area or not area or area in areas)
        )

    types, groups, areas = {}, {}, {}
    for values in tags.values():
        if keep(values, by_type=False):
            types[values[0]] = types.get(values[0], 0) + 1
        if keep(values, by_group=False):
            for slug in values[1]:
                groups[slug] = groups.get(slug, 0) + 1
        if keep(values, by_area=False):
            for slug in values[2]:
                areas[slug] = areas.get(slug, 0) + 1
    total = sum(1 for values in tags.values() if keep(values))
    return {"tyyppi": types, "kohderyhma": groups, "alue": areas}, total


def facet_counts(outcome):
    return {facet.param: {option.value: option.count for option in facet.options} for facet in outcome.facets}


@pytest.mark.parametrize(
    "choice",
    [
        {},
        {"kohderyhma": "ikaihmiset"},
        {"tyyppi": "participation.methodpage", "alue": "tampere"},
        {"tyyppi": "participation.channelpage", "kohderyhma": "nuoret", "alue": "nokia"},
    ],
)
def test_facet_counts_and_total_are_right_with_more_matches_than_a_page(client, many_matches, choice):
    outcome = search(client, **choice)

    counts, total = expected_counts(
        many_matches, choice.get("tyyppi", ""), choice.get("kohderyhma", ""), choice.get("alue", "")
    )
    assert total > 0
    assert facet_counts(outcome) == {param: found for param, found in counts.items() if found}
    assert outcome.total == total
    assert outcome.selected == choice
    assert len(outcome.results) == min(PAGE_SIZE, total)


def test_pages_follow_the_relevance_order_of_every_match(client, many_matches, monkeypatch):
    """Each results page is the same slice of the full relevance order, with no page repeated or left out."""
    if connection.vendor == "postgresql":
        from search.backends import postgres

        # Pages 2 and 3 then come from past the fully ranked candidates.
        monkeypatch.setattr(postgres, "RANKED_CANDIDATES", PAGE_SIZE)
    finnish = Locale.objects.get(language_code="fi")
    everything = [
        pk for pk, _type in ranked_matches(backend_query(analyse_query("vertaistuki", "fi")), search_queryset(finnish))
    ]
    assert len(everything) == MATCHES

    shown = []
    for number in (1, 2, 3):
        shown += [page.pk for page in search(client, page=str(number)).results]

    assert shown == everything


def test_a_results_page_is_limited_in_the_database_and_facets_are_grouped_there(client, many_matches):
    search(client)  # warm the caches
    with CaptureQueriesContext(connection) as queries:
        outcome = search(client, page="2")
    sqls = [query["sql"] for query in queries.captured_queries]

    assert [page.pk for page in outcome.results] and outcome.total == MATCHES
    ranked = [sql for sql in sqls if "LIMIT 10 OFFSET 10" in sql]
    assert len(ranked) == 1  # the ids of the page shown, and no more
    grouped = [sql for sql in sqls if "GROUP BY" in sql and "COUNT(*)" in sql]
    assert len(grouped) == 1  # total and every facet in one statement
    # No other query reads the matches: each one that joins the search index is one of the two above.
    assert all(sql in ranked + grouped for sql in sqls if "indexentry" in sql.lower())


def test_the_number_of_queries_does_not_grow_with_the_matches(client, many_matches, django_assert_max_num_queries):
    search(client)  # warm the caches
    with CaptureQueriesContext(connection) as few:
        search(client, q="vertaistuki 3")  # one match ("3" only in one title)
    with django_assert_max_num_queries(len(few.captured_queries) + 2):  # + one per extra page class shown
        search(client)


@pytest.fixture
def queued_tasks():
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        backend = task_backends["default"]
        backend.clear()
        yield backend.results


def test_the_search_log_is_written_by_the_task_not_in_the_request(client, many_matches, settings, queued_tasks):
    settings.SEARCH_QUERY_LOG_BATCH = 2
    query_log.discard_pending()
    query_log.flush()  # starts the minute again, so that only the batch size hands the batch over
    with CaptureQueriesContext(connection) as queries:
        search(client)
        search(client, q="Vertaistuki")

    assert not Query.objects.filter(query_string="vertaistuki").exists()
    log_tables = ("wagtailsearchpromotions_query", "search_noresultquery")
    written = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith(("INSERT", "UPDATE")) and any(table in query["sql"] for table in log_tables)
    ]
    assert written == []  # the request only queued the task (the dummy backend keeps it in memory)
    [queued] = queued_tasks
    assert queued.task.func is query_log.write_search_log.func
    day, hits, no_results = queued.args
    assert hits == {"vertaistuki": 2} and no_results == {}

    queued.task.call(*queued.args)  # what the worker does

    assert Query.objects.get(query_string="vertaistuki").hits == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner")
def test_postgres_counting_reads_the_index_entries_only_through_the_gin_indexes(client, many_matches):
    """A B-tree path to the matching index entries would test the match on every body, read from TOAST (1.2 s for a
    common word at 100,000 pages), so the statement must find them through the GIN indexes alone; only the few
    ranking candidates' entries are then read again by primary key, for their body rank."""
    from search.backends.postgres import faceting_session

    search(client)  # warm the caches
    with CaptureQueriesContext(connection) as queries:
        search(client)
    [counting] = [query["sql"] for query in queries.captured_queries if "GROUP BY" in query["sql"]]
    with faceting_session(), connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + counting)
        plan = [row[0] for row in cursor.fetchall()]
    entry_scans = [line.strip() for line in plan if "Scan" in line and "wagtailsearch_indexentry" in line]
    by_id = [line for line in entry_scans if line.startswith("->  Index Scan using wagtailsearch_indexentry_pkey")]
    matching = [line for line in entry_scans if line not in by_id]
    assert matching and all(line.startswith("->  Bitmap Heap Scan") for line in matching), "\n".join(plan)
    assert len(by_id) <= 1, "\n".join(plan)
    index_scans = [line.strip() for line in plan if "Bitmap Index Scan on" in line]
    assert all("gin" in line for line in index_scans if "wagtailsear" in line), "\n".join(plan)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the bounded count is PostgreSQL's faceted statement")
def test_a_word_on_more_pages_than_the_count_limit_is_counted_over_the_first_matches_only(
    client, many_matches, settings
):
    """A word on most of 100,000 pages would cost a read of every match: the count stops at SEARCH_COUNT_LIMIT and
    the page says that its numbers are lower bounds, without numbers on the filters."""
    settings.SEARCH_COUNT_LIMIT = 10

    outcome = search(client)
    html = client.get("/fi/haku/", {"q": "vertaistuki"}).content.decode()

    assert outcome.capped and outcome.total == 10
    assert len(outcome.results) == PAGE_SIZE
    assert "Vähintään 10 tulosta haulla ”vertaistuki”" in html
    assert "vain ensimmäiset löydetyt laskettiin" in html
    assert "Nuoret (" not in html and ">Nuoret<" in html  # a filter without its count
    narrowed = search(client, kohderyhma="ikaihmiset")
    assert narrowed.selected == {"kohderyhma": "ikaihmiset"}
    assert narrowed.results and all(page.pk in many_matches for page in narrowed.results)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the bounded count is PostgreSQL's faceted statement")
def test_under_the_count_limit_every_match_is_counted(client, many_matches, settings):
    settings.SEARCH_COUNT_LIMIT = MATCHES

    outcome = search(client)
    html = client.get("/fi/haku/", {"q": "vertaistuki"}).content.decode()

    assert not outcome.capped and outcome.total == MATCHES
    assert f"{MATCHES} tulosta haulla ”vertaistuki”" in html and "Vähintään" not in html
    assert "Nuoret (" in html
