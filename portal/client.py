"""Who is asking and how often: the client's address and the counts that rate limits compare with their limits."""

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The client's IP address.

    Behind `TRUSTED_PROXY_COUNT` reverse proxies, each appending to X-Forwarded-For, the address the nearest
    trusted proxy saw is used; anything further left in the header could be forged by the client.
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def count_request(key, window):
    """Count one more request under `key` in the shared cache; returns the count within the `window` (seconds)."""
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1
