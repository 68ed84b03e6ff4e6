"""The WSGI entry point: `gunicorn -c python:portal.gunicorn portal.wsgi` (README, Production).

The search analysers are warmed up here, where the application is loaded, and not in a gunicorn hook: with
`preload_app` (portal/gunicorn.py) this runs once in gunicorn's master before it forks the workers, so every worker
starts with Voikko loaded; without preload, or under another WSGI server, it runs in each process before that
process takes its first request. Either way no resident's first search waits seconds for Voikko to load.
"""

import logging
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()


def _warm_up():
    from django.db import connections

    from search.analysis import warm_up

    logging.getLogger(__name__).info("Search analysers warmed up: %s", warm_up())
    # Nothing here should have opened a database connection, but one made in gunicorn's master would be shared by
    # every forked worker: close any before the fork.
    connections.close_all()


_warm_up()
