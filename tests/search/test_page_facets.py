"""Results and facets follow publishing, unpublishing, moving, deleting, retagging and translating pages at once.

On PostgreSQL search reads the pages' words, locale, type, live flag, path, target groups and areas from the
`search_pagefacets` table (migrations ``search.0004_postgres_page_facets`` and ``0005``), which triggers keep; these
tests run on both databases, and on PostgreSQL also compare that table with the pages, link tables and index entries
it copies.
"""

import pytest
from django.db import connection
from wagtail.models import Page, PageViewRestriction

from search.engine import tagged_models
from tests.participation.factories import MethodLibraryPageFactory

QUERY = "tampere"  # the area's name is in the analysed text of the pages tagged with it


def search(client, query=QUERY, language="fi", **params):
    response = client.get(f"/{language}/haku/", {"q": query, **params})
    assert response.status_code == 200
    return response.context["search"]


def found(outcome):
    return {page.pk for page in outcome.results}


def facets(outcome):
    return {facet.param: {option.value: option.count for option in facet.options} for facet in outcome.facets}


def assert_side_table_matches_pages():
    """On PostgreSQL: every page's row in search_pagefacets is what the pages and link tables say."""
    if connection.vendor != "postgresql":
        return
    expected = {}
    for page in Page.objects.all():
        expected[page.pk] = [page.locale_id, page.content_type_id, page.live, page.depth, page.path, set(), set()]
    for model in tagged_models():
        for index, attribute in ((5, "target_groups"), (6, "areas")):
            relation = model._meta.get_field(attribute)
            through = relation.remote_field.through
            rows = through.objects.values_list(relation.m2m_field_name(), relation.m2m_reverse_field_name())
            for page_id, term_id in rows:
                expected[page_id][index].add(term_id)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT page_id, locale_id, content_type_id, live, depth, path, target_groups, areas FROM search_pagefacets"
        )
        stored = {row[0]: [*row[1:6], set(row[6]), set(row[7])] for row in cursor.fetchall()}
        # Each page's words, title rank inputs and body size are its index entry's (0005_postgres_page_search_vectors).
        cursor.execute(
            "SELECT f.page_id FROM search_pagefacets f LEFT JOIN wagtailsearch_indexentry e "
            "ON e.object_id = f.page_id::text AND e.content_type_id = f.content_type_id "
            "WHERE f.entry_id IS DISTINCT FROM e.id OR f.title IS DISTINCT FROM e.title "
            "OR f.title_norm IS DISTINCT FROM e.title_norm OR f.body_size IS DISTINCT FROM pg_column_size(e.body) "
            "OR f.lexemes IS DISTINCT FROM strip(e.title || e.body)"
        )
        differing = [row[0] for row in cursor.fetchall()]
    assert stored == expected
    assert differing == []


def test_tagged_pages_are_counted(client, search_site):
    outcome = search(client)

    assert found(outcome) == {search_site.experts.pk, search_site.survey.pk, search_site.workshop.pk}
    assert facets(outcome)["kohderyhma"] == {"nuoret": 2, "lapset": 1}
    assert facets(outcome)["alue"] == {"tampere": 3}
    assert_side_table_matches_pages()


def test_an_unpublished_page_leaves_results_and_facets_and_comes_back_when_published(client, search_site):
    search_site.survey.unpublish()

    outcome = search(client)
    assert found(outcome) == {search_site.experts.pk, search_site.workshop.pk}
    assert facets(outcome)["kohderyhma"] == {"nuoret": 1}
    assert "participation.methodpage" not in facets(outcome)["tyyppi"]
    assert_side_table_matches_pages()

    search_site.survey.refresh_from_db()
    search_site.survey.save_revision().publish()
    outcome = search(client)
    assert search_site.survey.pk in found(outcome)
    assert facets(outcome)["kohderyhma"] == {"nuoret": 2, "lapset": 1}
    assert_side_table_matches_pages()


def test_new_target_groups_are_counted_once_published(client, search_site):
    experts = search_site.experts.specific
    experts.target_groups.set([search_site.children])
    experts.save_revision().publish()

    outcome = search(client, kohderyhma="lapset")
    assert facets(outcome)["kohderyhma"] == {"nuoret": 1, "lapset": 2}
    assert found(outcome) == {search_site.experts.pk, search_site.survey.pk}
    assert outcome.total == 2
    assert_side_table_matches_pages()


def test_a_page_moved_into_a_private_section_leaves_results_and_facets(client, search_site):
    private = MethodLibraryPageFactory(parent=search_site.site.home, title="Sisäiset", slug="sisaiset")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    search(client)  # the restricted paths are now remembered for this site version

    search_site.survey.move(private, pos="last-child")

    outcome = search(client)
    assert found(outcome) == {search_site.experts.pk, search_site.workshop.pk}
    assert facets(outcome)["kohderyhma"] == {"nuoret": 1}
    assert_side_table_matches_pages()

    Page.objects.get(pk=search_site.survey.pk).move(search_site.site.home, pos="last-child")
    assert search_site.survey.pk in found(search(client))
    assert_side_table_matches_pages()


def test_a_deleted_page_leaves_results_and_facets(client, search_site):
    Page.objects.get(pk=search_site.workshop.pk).delete()

    outcome = search(client)
    assert found(outcome) == {search_site.experts.pk, search_site.survey.pk}
    assert "participation.eventpage" not in facets(outcome)["tyyppi"]
    assert facets(outcome)["alue"] == {"tampere": 2}
    assert_side_table_matches_pages()


def test_a_translation_is_found_in_its_own_language_only(client, search_site):
    budgeting_sv = search_site.site.translate(
        search_site.budgeting,
        "sv",
        title="Deltagande budgetering",
        slug="budgetering",
        summary="Invånarna bestämmer tillsammans om budgeteringen.",
    )

    assert [page.pk for page in search(client, "budgetering", "sv").results] == [budgeting_sv.pk]
    assert search(client, "budgetering", "fi").total == 0
    assert found(search(client)) == {search_site.experts.pk, search_site.survey.pk, search_site.workshop.pk}
    assert_side_table_matches_pages()

    Page.objects.get(pk=budgeting_sv.pk).specific.unpublish()
    assert search(client, "budgetering", "sv").total == 0
    assert_side_table_matches_pages()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the table and its triggers are PostgreSQL's")
def test_postgres_every_target_group_and_area_link_table_keeps_the_side_table(db):
    """A tagged page class added later needs a migration that installs its link tables' triggers."""
    tables = set()
    for model in tagged_models():
        for attribute in ("target_groups", "areas"):
            tables.add(model._meta.get_field(attribute).remote_field.through._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'search_pagefacets_terms'"
        )
        with_triggers = {row[0] for row in cursor.fetchall()}
    assert tables <= with_triggers
