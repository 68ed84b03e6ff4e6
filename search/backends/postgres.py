"""Wagtail's PostgreSQL search backend, configured for words that are already analysed, and with a faster match.

The portal analyses text in Python (`search.analysis`), so PostgreSQL's own stemming is switched off: the
``simple`` text search configuration only lower-cases.

The upstream backend matches ``(title || body) @@ query``. Its GIN index was never created (this app's migration
``0001_postgres_title_body_gin`` adds it), and even with it the planner often scans the table and concatenates two
tsvectors for every row (about 130 ms at 10,000 pages for a common word). Here a positive query matches
``title @@ query OR body @@ query`` instead, which the existing GIN indexes on each column serve, and ranks as
upstream. Every query word is present in the body (the analysed title and text are indexed there), so the two
expressions find the same pages. Negated, fuzzy and field-restricted queries go through the upstream code.
"""

from django.db.models import Q
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import Fuzzy, MatchAll, Not


def _has_negation(query):
    if isinstance(query, Not):
        return True
    return any(_has_negation(subquery) for subquery in getattr(query, "subqueries", ()))


class PortalPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        if self.fields is not None or isinstance(self.query, (MatchAll, Fuzzy)) or _has_negation(self.query):
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        search_query = self.build_tsquery(self.query, config=config)
        rank_expression = self._build_rank_expression(self.get_search_vectors(search_query), config)
        queryset = self.queryset.filter(Q(index_entries__title=search_query) | Q(index_entries__body=search_query))
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)


class PortalPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = PortalPostgresSearchQueryCompiler

    def __init__(self, params):
        params = {"SEARCH_CONFIG": "simple", **params}
        super().__init__(params)


SearchBackend = PortalPostgresSearchBackend
