"""Settings for the test suite: fast hashing, local memory cache, tasks run immediately, mail in memory."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}, "fragments": FRAGMENT_CACHE}  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Attachments of the tests go to a temporary folder of their own, never to var/private.
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="osallistu-test-private-"))
STORAGES = {**STORAGES, "attachments": {**STORAGES["attachments"], "OPTIONS": {"location": PRIVATE_MEDIA_ROOT}}}  # noqa: F405
# Uploaded and generated media of the tests (the demo's video and audio among them) go to a temporary folder.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="osallistu-test-media-"))
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# On SQLite the test database is a file, as the embedded default's is, so that the write-ahead log and the
# write lock between connections are exercised (an in-memory database has neither). One file per process.
if DATABASES["default"].get("ENGINE") == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(Path(tempfile.gettempdir()) / f"osallistu-test-{os.getpid()}.sqlite3")}  # noqa: F405
