"""Search backend settings from the environment (imported by `portal/settings/production.py`).

Without ``ELASTICSEARCH_URL`` the portal searches its own database (`search.backends`). With it, Wagtail's
Elasticsearch backend is used; ``ELASTICSEARCH_BACKEND`` picks another of Wagtail's backends for other versions
(``elasticsearch7``, ``elasticsearch9``, ``opensearch2``, ``opensearch3``). The analysed fields
(`search.indexing`) are indexed there like any other field, so results are the same as on the database.
Run ``manage.py update_index`` after switching.
"""

DATABASE_BACKEND = {"BACKEND": "search.backends"}
ELASTICSEARCH_BACKENDS = {"elasticsearch7", "elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3"}


def search_backends(environ):
    url = environ.get("ELASTICSEARCH_URL", "").strip()
    if not url:
        return {"default": dict(DATABASE_BACKEND)}
    backend = environ.get("ELASTICSEARCH_BACKEND", "elasticsearch8").strip() or "elasticsearch8"
    if backend not in ELASTICSEARCH_BACKENDS:
        raise ValueError(f"ELASTICSEARCH_BACKEND must be one of {', '.join(sorted(ELASTICSEARCH_BACKENDS))}.")
    return {
        "default": {
            "BACKEND": f"wagtail.search.backends.{backend}",
            "URLS": [part.strip() for part in url.split(",") if part.strip()],
            "INDEX_PREFIX": environ.get("ELASTICSEARCH_INDEX_PREFIX", "osallistu_"),
            "TIMEOUT": int(environ.get("ELASTICSEARCH_TIMEOUT", "5")),
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
