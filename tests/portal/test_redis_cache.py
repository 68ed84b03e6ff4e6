"""The production cache backend against the Redis server the machine runs (REDIS_URL, or the local default)."""

import os
import uuid
import warnings

import pytest
from django.core.cache import CacheKeyWarning

from portal.redis_cache import PortalRedisCache

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def redis_cache():
    prefix = f"test-{uuid.uuid4().hex}"
    cache = PortalRedisCache(REDIS_URL, {"KEY_PREFIX": prefix})
    yield cache
    client = cache._cache.get_client(write=True)
    if keys := client.keys(f"{prefix}:*"):  # never FLUSHDB: the server is shared
        client.delete(*keys)
    cache.close()


def test_values_round_trip_as_with_djangos_backend(redis_cache):
    redis_cache.set("number", 41)
    redis_cache.set("page", {"parts": (b"<html>", b"</html>")})

    assert redis_cache.incr("number") == 42
    assert redis_cache.get_many(["number", "page", "missing"]) == {
        "number": 42,
        "page": {"parts": (b"<html>", b"</html>")},
    }
    assert redis_cache.delete("page") is True
    assert redis_cache.get("page", "gone") == "gone"


def test_one_client_serves_every_call():
    cache = PortalRedisCache(REDIS_URL, {})

    assert cache._cache.get_client(write=True) is cache._cache.get_client(write=False)


def test_keys_are_not_checked_for_memcacheds_limits(redis_cache):
    key = "portal:page:https:osallistu.example.fi:fi:" + "x" * 300 + " with spaces"

    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        redis_cache.set(key, "stored")

        assert redis_cache.get(key) == "stored"
