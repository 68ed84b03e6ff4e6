"""Wagtail's PostgreSQL search backend, configured for words that are already analysed, and with a faster match.

The portal analyses text in Python (`search.analysis`), so PostgreSQL's own stemming is switched off: the
``simple`` text search configuration only lower-cases.

The upstream backend matches ``(title || body) @@ query``. Its GIN index was never created (this app's migration
``0001_postgres_title_body_gin`` adds it), and even with it the planner often scans the table and concatenates two
tsvectors for every row (about 130 ms at 10,000 pages for a common word). Here a positive query matches
``title @@ query OR body @@ query`` instead when the query is one word (or alternatives of one word), which the
existing GIN indexes on each column serve and which finds the same pages. Queries of several words or phrases keep
``(title || body) @@ query``, since their words can be split between the two vectors; `ranking_session` lets the
planner use that index too.

The analysed title (`search.indexing.ANALYSED_TITLE`) is indexed in the title vector with the title itself (as on
SQLite), not in the body, so the small title vector alone tells whether a page's title has a query word's base form.
Switching to this layout needs ``manage.py update_index``.

Ranking is bounded: upstream computes ``ts_rank`` on every matching page's body vector, and a body vector is large
enough to be stored out of line (TOAST), so a common word matching half of the pages read and decompressed
thousands of them per query. Here every match is still returned (counts and facets stay exact), but only the
``RANKED_CANDIDATES`` best by a cheap measure — the title rank (small vectors), then the stored size of the body
vector (a proxy for how often the words occur in it, read without decompressing) — get upstream's full title and
body rank and come first in its order; the rest follow by the cheap measure. Queries matching fewer pages than
that are ordered exactly as upstream. A results page is one query with LIMIT/OFFSET: within the candidates, a top-N
sort of the matching index entries by the cheap measure (only `RANKED_CANDIDATES` rows kept) and an outer full rank
of those; past them, the cheap measure with LIMIT and OFFSET. Only a request for every match, or a slice across the
end of the candidates, numbers all matches with a window. Matches are found from the index entries and joined to
the pages by integer id, so a rare word's pages are looked up by primary key.

`ranking_session` is what the search engine runs the query in: a transaction whose planner settings, for that
query alone, leave it only bitmap scans. The planner does not count the cost of fetching a body vector from TOAST
storage (migration ``0003_postgres_index_entry_storage``), so for a word on most pages it would scan the table and
fetch every body to test the match (about 35 ms at 10,000 pages), where the GIN indexes answer it without reading
the bodies (about 3 ms).

The search page itself counts and pages through `FacetedStatement` (the compiler's `faceted_page`): one statement
on ``search_pagefacets``, a row per page with its words, title vector, body size, locale, type, live flag, path
and target group and area ids, kept by triggers (migrations ``0004_postgres_page_facets`` and
``0005_postgres_page_search_vectors``), in the same order as above.

Negated, fuzzy and field-restricted queries go through the upstream code.
"""

from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.db import connections, transaction
from django.db.models import F, FloatField, Func, IntegerField, Q, Value, Window
from django.db.models.expressions import Case, When
from django.db.models.functions import Cast, RowNumber
from django.db.models.sql.subqueries import InsertQuery
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.index import AutocompleteField, SearchField, get_indexed_models
from modelsearch.query import And, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from search.indexing import ANALYSED_TITLE

RANKED_CANDIDATES = 200
# Plain and index scans test the match on every row's body; bitmap scans over the GIN indexes do not.
RANKING_PLANNER_SETTINGS = {"random_page_cost": "1.1", "enable_seqscan": "off", "enable_indexscan": "off"}
# Counting joins every match to the pages and to the target group and area tables: index (and index-only) scans
# of those are cheaper than bitmap scans, and the index entries, tested only through an expression no B-tree
# index answers (`_matching_entries`), are still read through the GIN indexes.
COUNTING_PLANNER_SETTINGS = {"random_page_cost": "1.1", "enable_seqscan": "off"}
# The faceted statement (`FacetedStatement`): see its measurements in the README.
FACETING_PLANNER_SETTINGS = {"random_page_cost": "1.1", "enable_seqscan": "off", "jit": "off", "work_mem": "32MB"}
FACETS_TABLE = "search_pagefacets"
# Matches counted and ranked at most (settings.SEARCH_COUNT_LIMIT): see `FacetedStatement`.
DEFAULT_COUNT_LIMIT = 5_000  # at 100,000 pages a word on most of them took 180 ms; 5,000 matches take about 12


def _has_negation(query):
    if isinstance(query, Not):
        return True
    return any(_has_negation(subquery) for subquery in getattr(query, "subqueries", ()))


TITLE_FIELDS = frozenset({"title", ANALYSED_TITLE})


def _has_phrase(query):
    if isinstance(query, Phrase):
        return True
    return any(_has_phrase(subquery) for subquery in getattr(query, "subqueries", ()))


def _words(query):
    """Every word of a query of words, and/or combinations (and boosts) of them."""
    if isinstance(query, PlainText):
        return query.query_string.split()
    subqueries = getattr(query, "subqueries", None) or [getattr(query, "subquery", None)]
    return [word for subquery in subqueries if subquery is not None for word in _words(subquery)]


def _may_span_columns(query):
    """Whether the query needs several words (or a phrase), which could be split between the title and the body."""
    if isinstance(query, (And, Phrase)):
        return True
    if isinstance(query, PlainText):
        return len(query.query_string.split()) > 1
    return any(_may_span_columns(subquery) for subquery in getattr(query, "subqueries", ()))


def _other_content_types(model):
    """Content types of the indexed models that are not `model` or one of its subclasses."""
    own = set(get_descendants_content_types_pks(model))
    others = {get_content_type_pk(indexed) for indexed in get_indexed_models()}
    return sorted(others - own) or [0]


class PortalObjectIndexer(ObjectIndexer):
    """Puts the analysed title in the title vector, beside the title, as the SQLite backend does."""

    @cached_property
    def prepared(self):
        """Every search field's (field, weight, value), worked out once for the title, body and plain texts.

        Upstream works out every field again for each of the five columns, and the analysed text reads the page's
        target groups and areas each time.
        """
        return [prepared for field in self.search_fields for prepared in self.prepare_field(self.obj, field)]

    def _vector(self, in_title):
        texts = []
        for current_field, weight, value in self.prepared:
            if isinstance(current_field, SearchField) and (current_field.field_name in TITLE_FIELDS) == in_title:
                texts.append((value, weight))
        return self.as_vector(texts)

    def _plain_text(self, in_title):
        # As upstream: the plain title text is the `title` field alone.
        texts = []
        for current_field, _weight, value in self.prepared:
            if isinstance(current_field, SearchField) and (current_field.field_name == "title") == in_title:
                text = value.strip()
                if text:
                    texts.append(text)
        return " ".join(texts)

    @cached_property
    def autocomplete(self):
        texts = [(value, weight) for field, weight, value in self.prepared if isinstance(field, AutocompleteField)]
        return self.as_vector(texts, for_autocomplete=True)

    @cached_property
    def title_text(self):
        return self._plain_text(in_title=True)

    @cached_property
    def body_text(self):
        return self._plain_text(in_title=False)

    @cached_property
    def title(self):
        return self._vector(in_title=True)

    @cached_property
    def body(self):
        return self._vector(in_title=False)


class PortalPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        # As upstream, with PortalObjectIndexer.
        if not model.get_search_fields():
            return
        indexers = [PortalObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for column in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(IndexEntry._meta.get_field(column), getattr(indexer, column))
                sql, value_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(value_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table}
                    (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,
                params,
            )
        self._refresh_title_norms()


class StoredSize(Func):
    """``pg_column_size()``: the stored (possibly compressed) size of a value, without decompressing it."""

    function = "pg_column_size"
    output_field = IntegerField()


class PortalPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def _matching_entries(self, search_query):
        """The index entries that match, with the id of their object as an integer (`object_id` is text).

        Driving the match from the index entries lets PostgreSQL look the few pages of a rare word up by primary key
        instead of joining the text ids of every page of the language.
        """
        # The content type is tested as "none of the other indexed models'", which no B-tree index answers and
        # whose selectivity PostgreSQL estimates from its statistics: with "one of the page types'" it would read
        # a common word's entries through the content type index and test the match on every body, fetched from
        # TOAST (1.2 s for a word on most of 100,000 pages), where the GIN indexes answer it in milliseconds.
        entries = IndexEntry.objects.exclude(content_type_id__in=_other_content_types(self.queryset.model))
        entries = entries.annotate(object_pk=Cast("object_id", IntegerField()))
        if _may_span_columns(self.query):
            # One word in the title and another only in the body: the page matches only the two vectors joined.
            combined = F("title")._combine(F("body"), "||", False)
            return entries.annotate(_vector_=combined).filter(_vector_=search_query)
        return entries.filter(Q(title=search_query) | Q(body=search_query))

    def search(self, config, start, stop, score_field=None, backend=None):
        if self.fields is not None or isinstance(self.query, (MatchAll, Fuzzy)) or _has_negation(self.query):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        rank_expression = self._build_rank_expression(self.get_search_vectors(search_query), config)
        entries = self._matching_entries(search_query)
        if not self.order_by_relevance:
            queryset = self.queryset.filter(pk__in=entries.values("object_pk"))
            return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)
        if stop is not None and stop <= RANKED_CANDIDATES:
            return self._top_n(entries, rank_expression, config, start, stop, score_field)

        if _may_span_columns(self.query):
            combined = F("index_entries__title")._combine(F("index_entries__body"), "||", False)
            queryset = self.queryset.annotate(_vector_=combined).filter(_vector_=search_query)
        else:
            queryset = self.queryset.filter(Q(index_entries__title=search_query) | Q(index_entries__body=search_query))
        title_rank = self._build_rank_expression([(F("index_entries__title"), F("index_entries__title_norm"))], config)
        cheap_order = [title_rank.desc(), StoredSize(F("index_entries__body")).desc(), F("pk").desc()]
        if stop is not None and start >= RANKED_CANDIDATES:
            # Past the candidates the order is the cheap measure: a top-N sort of start + stop rows.
            queryset = queryset.order_by(*cheap_order)
            if score_field is not None:
                queryset = queryset.annotate(**{score_field: Value(None, output_field=FloatField())})
            return queryset[start:stop]
        # Everything, or a slice across the end of the candidates: a window numbers every match by the cheap measure.
        queryset = queryset.annotate(_cheap_position=Window(RowNumber(), order_by=cheap_order))
        bounded_rank = Case(
            When(_cheap_position__lte=RANKED_CANDIDATES, then=rank_expression),
            default=None,
            output_field=FloatField(),
        )
        # Ties in the full rank are broken as upstream does, by the newest page first.
        candidate_pk = Case(When(_cheap_position__lte=RANKED_CANDIDATES, then=F("pk")), default=None)
        queryset = queryset.order_by(
            bounded_rank.desc(nulls_last=True), candidate_pk.desc(nulls_last=True), "_cheap_position"
        )
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: bounded_rank})
        return queryset[start:stop]

    def _top_n(self, entries, rank_expression, config, start, stop, score_field):
        """A page of results among the candidates, in the same order, without numbering or sorting every match.

        The RANKED_CANDIDATES best matches by the cheap measure come from the matching index entries of the pages
        searched (a top-N sort, which keeps only that many rows in memory); an outer query ranks them in full, by
        upstream's rank and then the newest page.
        """
        title_rank = self._build_rank_expression([(F("title"), F("title_norm"))], config)
        candidates = (
            entries.filter(object_pk__in=self.queryset.order_by().values("pk"))
            .order_by(title_rank.desc(), StoredSize(F("body")).desc(), F("object_pk").desc())
            .values("object_pk")[:RANKED_CANDIDATES]
        )
        ranked = self.queryset.filter(pk__in=candidates).annotate(_full_rank=rank_expression)
        ranked = ranked.order_by(F("_full_rank").desc(), F("pk").desc())
        if score_field is not None:
            ranked = ranked.annotate(**{score_field: F("_full_rank")})
        return ranked[start:stop]

    def faceted_page(self, selection, start, stop, backend):
        """The counts of the matches and the ids of one results page, from one statement (`FacetedStatement`).

        `selection` says what is searched and chosen (`search.engine.FacetSelection`).

        None when this query takes the upstream path (negated, fuzzy or field-restricted queries).
        """
        if self.fields is not None or isinstance(self.query, (MatchAll, Fuzzy)) or _has_negation(self.query):
            return None
        if _has_phrase(self.query):
            return None  # the page rows keep the words without their positions
        if start < RANKED_CANDIDATES < stop:
            return None  # a page across the end of the candidates (never with pages of ten)
        config = self.get_config(backend)
        search_query = self.build_tsquery(self.query, config=config)
        title_rank = self._build_rank_expression([(F("title"), F("title_norm"))], config)
        full_rank = self._build_rank_expression([(F("title"), F("title_norm")), (F("body"), 1.0)], config)
        # The tsquery and the title rank as SQL on the columns of an index entry: the page rows have columns of the
        # same names (title, title_norm) and are given the index entries' table name as their alias.
        entries = IndexEntry.objects.all()
        using = entries.db
        compiler = entries.query.get_compiler(using=using)
        tsquery = compiler.compile(search_query.resolve_expression(entries.query))
        title_rank_sql, title_rank_params = compiler.compile(title_rank.resolve_expression(entries.query))
        # A title with none of the query's words ranks 0 (ts_rank of no match, and upstream's sums and products of
        # those): only the few titles with one of them are ranked.
        any_word = Or([PlainText(word) for word in _words(self.query)])
        any_word_sql, any_word_params = compiler.compile(
            self.build_tsquery(any_word, config=config).resolve_expression(entries.query)
        )
        title = compiler.compile(F("title").resolve_expression(entries.query))
        title_rank_sql = (
            f"CASE WHEN {title[0]} @@ {any_word_sql} THEN {title_rank_sql} ELSE 0 END",
            [*title[1], *any_word_params, *title_rank_params],
        )
        ranks = IndexEntry.objects.annotate(_full_rank=full_rank).values_list("id", "_full_rank")
        return FacetedStatement(using, tsquery, title_rank_sql, ranks, selection, start, stop).run()


@dataclass
class FacetedRows:
    present_types: dict  # {content type id: matches}, whatever is chosen
    types: dict  # with the target group and area chosen
    groups: dict  # {term id: matches} with the type and area chosen
    areas: dict  # with the type and target group chosen
    page_ids: list  # the results page, best first
    capped_at: int | None = None  # `count_limit()`, when there are more matches: the first ones found were counted


class FacetedStatement:
    """Counts and a results page from one statement: the matches are found once, in a materialised `m`.

    `m` joins the matching index entries (through the GIN indexes) to `search_pagefacets` (migration
    ``0004_postgres_page_facets``), one narrow row per page with its locale, type, live flag, path and target group
    and area ids, and keeps each match's title rank and body size. The total and every facet are grouped from `m`
    (target groups and areas by unnesting the arrays, each facet with the other facets' choices applied), and the
    page shown is ranked from it as `PortalPostgresSearchQueryCompiler.search` ranks it: within the
    `RANKED_CANDIDATES` best by the cheap measure, upstream's full rank (the body vectors of those candidates only,
    read by entry id); past them, the cheap measure. No per-match join to the pages or the link tables, no second
    search for the page.

    `m` keeps at most `SEARCH_COUNT_LIMIT` matches (5,000 by default), plus one to tell that there are more, in the
    order the table gives them, not by rank. A query with more — a word on most pages of a very large site — is
    counted, faceted and ranked over those first ones only (`FacetedRows.capped_at`), so the statement costs what
    that many matches cost whatever the size of the site, and the search page says "at least" and leaves the
    numbers off its filters. Below the limit every count is exact.
    """

    def __init__(self, using, tsquery, title_rank, ranks, selection, start, stop):
        self.using, self.tsquery, self.title_rank, self.ranks = using, tsquery, title_rank, ranks
        self.selection, self.start, self.stop = selection, start, stop
        # The page rows are named as the index entries are, so that the compiled rank reads their own columns.
        self.alias = connections[using].ops.quote_name(IndexEntry._meta.db_table)

    def _filters(self):
        selection = self.selection
        tsquery_sql, tsquery_params = self.tsquery
        f = self.alias
        sql = [f"{f}.lexemes @@ {tsquery_sql}", f"{f}.locale_id = %s", f"{f}.live", f"{f}.depth > 1"]
        sql.append(f"{f}.content_type_id = ANY(%s)")
        params = [*tsquery_params, selection.locale_id, list(selection.content_type_ids)]
        for path in selection.excluded_paths:
            sql.append(f"{f}.path NOT LIKE %s")
            params.append(path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        return " AND ".join(sql), params

    def _chosen(self, by_type=True, by_group=True, by_area=True):
        """The test of the chosen facets on a row of `m` (all of them, or all but one)."""
        selection = self.selection
        sql, params = ["TRUE"], []
        if by_type and selection.chosen_type is not None:
            sql.append("m.content_type_id = %s")
            params.append(selection.chosen_type)
        for chosen, ids, column in (
            (by_group, selection.group_ids, "target_groups"),
            (by_area, selection.area_ids, "areas"),
        ):
            if chosen and ids is not None:
                sql.append(f"m.{column} && %s::bigint[]")
                params.append(list(ids))
        return " AND ".join(sql), params

    def _page(self):
        """The kind-4 part: the ids of the results page with their position."""
        chosen, params = self._chosen()
        cheap = "m.title_rank DESC, m.body_size DESC, m.page_id DESC"
        if self.stop <= RANKED_CANDIDATES:
            ranks_sql, ranks_params = self.ranks.query.sql_with_params()
            sql = (
                f"SELECT 4, c.page_id, ROW_NUMBER() OVER (ORDER BY r._full_rank DESC, c.page_id DESC) "
                f"FROM (SELECT m.page_id, m.entry_id FROM m WHERE {chosen} ORDER BY {cheap} LIMIT %s) c "
                f"JOIN ({ranks_sql}) r ON r.id = c.entry_id "
                f"ORDER BY r._full_rank DESC, c.page_id DESC LIMIT %s OFFSET %s"
            )
            params = [*params, RANKED_CANDIDATES, *ranks_params, self.stop - self.start, self.start]
        else:
            sql = (
                f"SELECT 4, p.page_id, ROW_NUMBER() OVER () FROM "
                f"(SELECT m.page_id FROM m WHERE {chosen} ORDER BY {cheap} LIMIT %s OFFSET %s) p"
            )
            params = [*params, self.stop - self.start, self.start]
        return f"({sql})", params

    def sql(self):
        title_rank_sql, title_rank_params = self.title_rank
        filters, filter_params = self._filters()
        selection = self.selection
        parts = [("SELECT 0, m.content_type_id, COUNT(*) FROM m GROUP BY m.content_type_id", [])]
        if selection.group_ids is not None or selection.area_ids is not None:
            chosen, params = self._chosen(by_type=False)
            parts.append((f"SELECT 1, m.content_type_id, COUNT(*) FROM m WHERE {chosen} GROUP BY 2", params))
        for kind, column, chosen in (
            (2, "target_groups", self._chosen(by_group=False)),
            (3, "areas", self._chosen(by_area=False)),
        ):
            # unnest() in the select list (a ProjectSet), not in FROM: a function scan per match costs twice as much.
            unnested = f"SELECT unnest(m.{column}) AS id FROM m WHERE {chosen[0]}"
            parts.append((f"SELECT {kind}, t.id, COUNT(*) FROM ({unnested}) t GROUP BY 2", chosen[1]))
        parts.append(self._page())
        f = self.alias
        sql = (
            f"WITH m AS MATERIALIZED (SELECT {f}.page_id, {f}.content_type_id, {f}.target_groups, {f}.areas, "
            f"{f}.entry_id, {title_rank_sql} AS title_rank, {f}.body_size FROM {FACETS_TABLE} {f} WHERE {filters} "
            f"LIMIT %s) " + " UNION ALL ".join(part for part, _params in parts)
        )
        return sql, [
            *title_rank_params,
            *filter_params,
            count_limit() + 1,
            *(value for _part, params in parts for value in params),
        ]

    def run(self):
        sql, params = self.sql()
        using = self.using
        with faceting_session(using), connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        found = FacetedRows(present_types={}, types={}, groups={}, areas={}, page_ids=[])
        by_kind = {0: found.present_types, 1: found.types, 2: found.groups, 3: found.areas}
        page = []
        for kind, key, count in rows:
            if kind == 4:
                page.append((count, key))
            else:
                by_kind[kind][key] = count
        if self.selection.group_ids is None and self.selection.area_ids is None:
            found.types = dict(found.present_types)
        found.page_ids = [pk for _position, pk in sorted(page)]
        if sum(found.present_types.values()) > count_limit():
            found.capped_at = count_limit()
        return found


def count_limit():
    return getattr(settings, "SEARCH_COUNT_LIMIT", DEFAULT_COUNT_LIMIT)


@contextmanager
def faceting_session(using="default"):
    """The planner settings of the faceted statement, for it alone (see `FACETING_PLANNER_SETTINGS`)."""
    with transaction.atomic(using=using):
        with connections[using].cursor() as cursor:
            settings = ", ".join("set_config(%s, %s, true)" for _setting in FACETING_PLANNER_SETTINGS)
            cursor.execute(f"SELECT {settings}", [part for item in FACETING_PLANNER_SETTINGS.items() for part in item])
        yield


class PortalPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = PortalPostgresSearchQueryCompiler
    index_class = PortalPostgresIndex

    def faceted_page(self, query, model, selection, start, stop):
        """`FacetedRows` of `query` on the pages of `selection`, or None where this backend cannot give them."""
        results = self.search(query, model, operator="and")
        compiler = getattr(results, "query_compiler", None)
        return compiler.faceted_page(selection, start, stop, self) if compiler is not None else None

    def __init__(self, params):
        params = {"SEARCH_CONFIG": "simple", **params}
        super().__init__(params)

    @contextmanager
    def ranking_session(self, using="default", planner_settings=None):
        """Run a search query with planner settings that let the GIN indexes answer common words (see above)."""
        planner_settings = planner_settings or RANKING_PLANNER_SETTINGS
        with transaction.atomic(using=using):
            with connections[using].cursor() as cursor:
                settings = ", ".join("set_config(%s, %s, true)" for _setting in planner_settings)
                cursor.execute(f"SELECT {settings}", [part for item in planner_settings.items() for part in item])
            yield

    def counting_session(self, using="default"):
        """Run the statement that counts the matches and their facets (`search.engine.DatabaseMatches.counts`)."""
        return self.ranking_session(using, planner_settings=COUNTING_PLANNER_SETTINGS)


SearchBackend = PortalPostgresSearchBackend
