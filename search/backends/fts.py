"""FTS5 query strings for SQLite, built from Wagtail's query objects (no database needed)."""

from modelsearch.query import And, Or, Phrase, PlainText


class Unsupported(Exception):
    """A query this module does not translate; the upstream code handles it."""


def fts_string(term):
    """An FTS5 string literal: the term in double quotes, inner quotes doubled. FTS5 then reads it as words."""
    return '"' + term.replace('"', '""') + '"'


def fts_query(query):
    """An FTS5 query expression for a Wagtail query of words, phrases, And and Or, or None when it has no words."""
    if isinstance(query, PlainText):
        terms = [term for term in query.query_string.split() if term]
        if not terms:
            return None
        joiner = " AND " if query.operator == "and" else " OR "
        return "(" + joiner.join(fts_string(term) for term in terms) + ")"
    if isinstance(query, Phrase):
        return fts_string(query.query_string) if query.query_string.strip() else None
    if isinstance(query, (And, Or)):
        parts = [part for part in (fts_query(subquery) for subquery in query.subqueries) if part]
        if not parts:
            return None
        joiner = " AND " if isinstance(query, And) else " OR "
        return "(" + joiner.join(parts) + ")"
    raise Unsupported(query)
