"""The WSGI entry point: `gunicorn -c python:portal.gunicorn portal.wsgi` (README, Production).

What a process would otherwise load on its first requests is loaded here, where the application is loaded, and
not in a gunicorn hook: with `preload_app` (portal/gunicorn.py) this runs once in gunicorn's master before it forks
the workers, so every worker starts warm; without preload, or under another WSGI server, it runs in each process
before that process takes its first request. Either way no resident waits for it:

- the search analysers (Voikko's dictionary, the stemmers: seconds),
- the URLconf with every view module it imports (Wagtail's admin: about half a second) and, for each language,
  its translations and the URL names' reverse table,
- the cache's client library and the base template.

Nothing here connects to the database or the cache: a connection opened in the master would be shared by every
forked worker.
"""

import importlib
import logging
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()


def _warm_up():
    from django.conf import settings
    from django.db import connections
    from django.template.loader import get_template
    from django.urls import get_resolver
    from django.utils import translation

    from search.analysis import warm_up

    logging.getLogger(__name__).info("Search analysers warmed up: %s", warm_up())
    resolver = get_resolver()
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            resolver.reverse_dict  # noqa: B018 - imports the URLconf, builds this language's reverse table
    if settings.CACHES["default"]["BACKEND"] == "portal.redis_cache.PortalRedisCache":
        importlib.import_module("redis")  # Django imports it on the first cache call
    get_template("base.html")
    connections.close_all()  # should nothing above have connected


_warm_up()
