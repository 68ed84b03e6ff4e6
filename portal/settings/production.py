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
# Every server process must see the same cache: which sections are private, the rate limits and the page chrome
# are kept there and forgotten on change. A per-process cache would keep serving a newly private page.
required("REDIS_URL")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
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
