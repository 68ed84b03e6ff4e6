"""The search backend the portal uses on its own database: Wagtail's database backend, with two fixes.

Set ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}``. Like
``wagtail.search.backends.database`` it picks the implementation for the default database:

- SQLite (the embedded default): `search.backends.sqlite` scores with FTS5's own ``bm25()`` in one joined query
  instead of a correlated subquery per matching page (2–8 s → a few milliseconds at 10,000 pages) and indexes the
  analysed title in the title column, so title matches weigh more.
- PostgreSQL: `search.backends.postgres` uses the ``simple`` text search configuration by default (the words are
  already analysed in Python) and relies on the GIN index on ``title || body`` that this app's migration creates.
- Anything else: Wagtail's own database backend.

Elasticsearch and OpenSearch are configured with Wagtail's own backends (see ``portal/settings/production.py``).
"""

from django.db import connection

_sqlite_fts = {}  # whether SQLite has FTS5 and its table, tested once per process as Wagtail does


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up by this name
    if connection.vendor == "sqlite":
        if "usable" not in _sqlite_fts:
            from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

            _sqlite_fts["usable"] = fts5_available() and fts_table_exists()
        if _sqlite_fts["usable"]:
            from search.backends.sqlite import PortalSQLiteSearchBackend

            return PortalSQLiteSearchBackend(params)
    elif connection.vendor == "postgresql":
        from search.backends.postgres import PortalPostgresSearchBackend

        return PortalPostgresSearchBackend(params)

    from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

    return DatabaseSearchBackend(params)
