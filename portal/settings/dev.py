"""The embedded default that `make run` uses: SQLite, mail as files, tasks run in-process."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DEBUG", "true").lower() in {"1", "true", "yes"}
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-osallistu-ja-vaikuta")
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")
WHITENOISE_USE_FINDERS = True
