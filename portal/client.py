"""Who is asking: the client's address, for rate limits."""

from django.conf import settings


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
