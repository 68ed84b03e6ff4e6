"""Settings of the servers bench/pages.py starts: production's, with the bench's URLconf (bench/pages_urls.py).

The baseline views are added here and not to the product's URLconf; everything else, middleware included, is
production's. Each run keeps its cache entries under a key prefix of its own in the shared Redis, so it never
serves a page another run (or `make serve`) cached from another database.
"""

import os

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.pages_urls"
CACHES["default"]["KEY_PREFIX"] = os.environ.get("BENCH_CACHE_PREFIX", "bench-pages")  # noqa: F405
