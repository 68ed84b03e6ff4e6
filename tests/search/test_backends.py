"""The search backends: the SQLite scoring path, the PostgreSQL index, and Elasticsearch when configured."""

import os

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, Phrase, PlainText

from search.backends.fts import fts_query
from search.indexing import ANALYSED_TEXT, ANALYSED_TITLE

sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite backend")
postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL backend")


def test_fts_queries_quote_every_term():
    assert fts_query(PlainText("lapsi")) == '("lapsi")'
    assert fts_query(And([PlainText("a"), Or([PlainText("b"), PlainText('c"d')])])) == '(("a") AND (("b") OR ("c""d")))'
    assert fts_query(Phrase("x y")) == '"x y"'
    assert fts_query(PlainText("   ")) is None


def test_pages_index_the_analysed_title_and_text(search_site):
    experts = search_site.experts
    fields = {field.field_name for field in type(experts).get_search_fields() if hasattr(field, "field_name")}
    assert {ANALYSED_TITLE, ANALYSED_TEXT} <= fields
    assert "asiantuntija" in experts.search_analysed_title().split()
    assert {"kokemustoimija", "nuori", "tampere"} <= set(experts.search_analysed_text().split())


@sqlite_only
def test_sqlite_scores_with_bm25_in_one_joined_query(search_site):
    backend = get_search_backend()
    with CaptureQueriesContext(connection) as queries:
        results = list(backend.search(PlainText("asiantuntija"), Page.objects.live()))
    assert [page.title for page in results] == ["Kokemusasiantuntijapankki"]
    (sql,) = [query["sql"] for query in queries.captured_queries if "MATCH" in query["sql"]]
    assert "bm25(" in sql
    assert sql.count("MATCH") == 1  # no correlated subquery re-running the search per page


@sqlite_only
def test_sqlite_analysed_title_goes_to_the_title_column(search_site):
    from modelsearch.conf import get_app_config

    entry = get_app_config().get_model("IndexEntry").objects.get(object_id=str(search_site.experts.pk))
    assert "asiantuntija" in entry.title.split()


def test_backend_facets_and_counts(search_site):
    backend = get_search_backend()
    finnish = search_site.site.locales["fi"]
    results = backend.search(PlainText("tampere"), Page.objects.live().filter(locale=finnish))
    assert results.count() == 3
    assert results.facet("live") == {True: 3}


@postgres_only
@pytest.mark.django_db
def test_the_postgres_gin_index_on_title_and_body_exists_after_migrate():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", ["search_indexentry_title_body_gin"])
        row = cursor.fetchone()
    assert row is not None
    assert "gin" in row[0].lower() and "title" in row[0] and "body" in row[0]


@postgres_only
def test_postgres_can_use_the_index_for_the_backends_search_expression(search_site):
    from modelsearch.conf import get_app_config

    table = get_app_config().get_model("IndexEntry")._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute(
            f'EXPLAIN SELECT id FROM "{table}" WHERE ("{table}"."title" || "{table}"."body") @@ %s::tsquery',
            ["asiantuntija"],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET enable_seqscan = on")
    assert "search_indexentry_title_body_gin" in plan, plan


@postgres_only
@pytest.mark.django_db
def test_postgres_keeps_index_rows_small_with_the_body_stored_out_of_line():
    from modelsearch.conf import get_app_config

    table = get_app_config().get_model("IndexEntry")._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = %s", [table])
        (options,) = cursor.fetchone()
        cursor.execute(
            "SELECT attname, attstorage FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0", [table]
        )
        storage = dict(cursor.fetchall())
    assert "toast_tuple_target=128" in options
    assert {storage[column] for column in ("title", "autocomplete", "title_text")} == {"m"}  # kept in the row
    assert {storage[column] for column in ("body", "body_text")} == {"x"}  # moved out of line when large


@postgres_only
def test_postgres_runs_the_search_query_with_bitmap_scans_only(search_site):
    """Plain and index scans would test the match on each row's body, fetched from TOAST (search.backends.postgres).

    Which bitmap scan is cheapest depends on the tables' sizes: on this small site it may be the unique index per
    page; at 10,000 pages it is the GIN indexes.
    """
    from search.analysis import analyse_query
    from search.engine import backend_query, search_queryset

    backend = get_search_backend()
    query = backend_query(analyse_query("nuoret", "fi"))
    results = backend.search(query, search_queryset(search_site.site.locales["fi"]).only("id", "content_type_id"))
    sql, params = results[:100].get_queryset().values_list("pk").query.sql_with_params()
    with backend.ranking_session(), connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    scans = [line.strip() for line in plan.splitlines() if " Scan " in line]
    assert scans and all(line.startswith("->  Bitmap") for line in scans), plan


def test_a_page_is_found_when_one_word_is_in_its_title_and_another_only_in_its_text(search_site):
    from search.analysis import analyse_query
    from search.engine import backend_query, ranked_matches, search_queryset

    query = backend_query(analyse_query("budjetointi asukkaat", "fi"))
    matches = ranked_matches(query, search_queryset(search_site.site.locales["fi"]))
    assert [pk for pk, _content_type in matches] == [search_site.budgeting.pk]


@postgres_only
def test_postgres_analysed_title_goes_to_the_title_vector(search_site):
    from modelsearch.conf import get_app_config

    entry = get_app_config().get_model("IndexEntry").objects.get(object_id=str(search_site.experts.pk))
    assert "'asiantuntija'" in entry.title


@postgres_only
def test_postgres_fully_ranks_only_the_best_candidates_and_still_finds_every_page(search_site, monkeypatch):
    from search.backends import postgres
    from search.engine import ranked_matches, search_queryset

    finnish = search_site.site.locales["fi"]
    everything = ranked_matches(PlainText("nuori"), search_queryset(finnish))
    assert len(everything) >= 2
    monkeypatch.setattr(postgres, "RANKED_CANDIDATES", 1)
    bounded = ranked_matches(PlainText("nuori"), search_queryset(finnish))
    assert sorted(bounded) == sorted(everything)  # the same pages, so the same counts and facets
    assert bounded[0] == everything[0] == (search_site.survey.pk, search_site.survey.content_type_id)


@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="needs a cluster at ELASTICSEARCH_URL")
def test_elasticsearch_finds_the_same_pages(search_site, settings):
    from django.core.management import call_command

    from search.settings import search_backends

    settings.WAGTAILSEARCH_BACKENDS = search_backends(os.environ)
    call_command("update_index", verbosity=0)
    backend = get_search_backend()
    results = backend.search(
        PlainText("asiantuntija"), Page.objects.live().filter(locale=search_site.site.locales["fi"])
    )
    assert [page.title for page in results][:1] == ["Kokemusasiantuntijapankki"]
