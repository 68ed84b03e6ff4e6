"""The anonymous full-page cache: a page rendered once for a visitor without a session is served to the next ones.

Why not wagtail-cache: its releases require Wagtail < 8, and it knows nothing of the form pages' single-use
tokens. This middleware does one job and sits early in MIDDLEWARE (after SecurityMiddleware and WhiteNoise), so a
hit skips sessions, CSRF, authentication, URL routing and the database altogether.

What is cached (in Django's default cache: Redis in production, local memory otherwise):
- GET and HEAD requests under a language prefix (/fi/, /sv/, /en/ — so never the admin, documents or media), from
  visitors that send no cookie but the CSRF and language cookies (so never a signed-in editor: their session
  cookie bypasses the cache both ways, it is neither read nor written), without an Authorization header or a
  `preview` parameter;
- HTML responses, and the listings' Atom feeds and calendars (participation.feeds: the same for every reader, polled
  often), with status 200 or 404 that set no cookie (except the CSRF cookie, see below), vary only by
  cookie and encoding, and carry no `Cache-Control: no-cache/no-store/max-age=0` (the status, receipt and
  subscription pages of forms_engine are `never_cache`), outside the URL names of `PAGE_CACHE_SKIP_URL_NAMES`
  (the search, so that every search is logged).

The key is scheme, host, language, path and query string. Each entry carries the site version it was rendered at
(`portal.versioned`, read before rendering and bumped when pages, privacy, settings, snippets, images,
documents, redirects or submissions change): a hit reads the version and the entry in one round trip, and an
entry of an older version is a miss. An entry also expires after `PAGE_CACHE_SECONDS`, which bounds how long
what depends on the clock (an open call closing, the next events) can be behind; a view that knows when its page
changes by the clock sets `response.page_cache_until`, and the entry expires then (a survey opening or closing).

Forms. A page with a form carries per-visitor secrets: the CSRF token and the form's single-use token
(forms_engine.form_tokens), whose nonce two residents must never share. Such a page is stored with a placeholder
in place of each of those hidden inputs' values, and every hit fills fresh ones in: a new form token
(`renew_input`) and the visitor's own CSRF token, setting the CSRF cookie as CsrfViewMiddleware would. Those hits
are `Cache-Control: private`. They are gzipped for clients that accept it without exposing the secrets to a
compression side channel (BREACH): each text between the inputs is compressed on its own when the page is stored,
and each hit puts its inputs between them as stored (uncompressed) deflate blocks, so no secret is ever in a
compressor's window and a response's length depends only on the secrets' lengths.

Headers. A shared page gets `Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE,
stale-while-revalidate=PAGE_CACHE_STALE_WHILE_REVALIDATE`, a weak ETag (If-None-Match gives a 304) and
`Vary: Cookie, Accept-Encoding`, and is sent gzipped to clients that accept it (compressed once, when stored).
An HTML response that is not shared and says nothing of caching gets `Cache-Control: private, no-cache`.

`PAGE_CACHE_SECONDS = 0` (environment `PAGE_CACHE=off`) turns all of this off.
"""

import contextlib
import gzip
import hashlib
import math
import re
import secrets
import struct
import zlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CsrfViewMiddleware
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from portal import versioned
from portal.versioned import VERSION_KEY

CSRF_INPUT = "csrfmiddlewaretoken"
STORED_STATUSES = {200, 404}
STORED_CONTENT_TYPES = ("text/html", "application/atom+xml", "text/calendar")
ALLOWED_VARY = {"cookie", "accept-encoding"}
# Headers the middleware sets itself on every hit; the rest of a response's headers are stored and replayed.
OWN_HEADERS = {"cache-control", "content-length", "content-encoding", "etag", "expires", "vary"}
GZIP_ACCEPTED = re.compile(r"\bgzip\b")

# Hidden inputs whose value is per visitor: name -> function(old value) -> new value. The CSRF input is built in.
_renewers = {}


def renew_input(name, renew):
    """Have `renew(value_as_rendered)` give each visitor of a cached page a fresh value for hidden input `name`."""
    global _INPUTS
    _renewers[name] = renew
    _INPUTS = _inputs_pattern()


_CSRF_CHAR_INDEX = {char: index for index, char in enumerate(CSRF_ALLOWED_CHARS)}


def masked_csrf_token(secret):
    """The visitor's CSRF secret as Django's `get_token` masks it (each character shifted by a random mask's, the
    mask in front), with the mask drawn as 128 random bits at once (32 hexadecimal characters, which are letters
    and digits too) where Django draws 32 characters one by one: the masking cost a form page's hit more than
    everything else it does. Django's CSRF check unmasks it as its own."""
    mask = secrets.token_hex(16)
    count = len(CSRF_ALLOWED_CHARS)
    index = _CSRF_CHAR_INDEX
    return mask + "".join(
        CSRF_ALLOWED_CHARS[(index[char] + index[shift]) % count] for char, shift in zip(secret, mask, strict=True)
    )


def _inputs_pattern():
    names = "|".join(re.escape(name) for name in (CSRF_INPUT, *_renewers))
    # As Django renders hidden inputs and {% csrf_token %}: name="…" value="…" side by side.
    return re.compile(rf'name="({names})" value="([^"]*)"'.encode())


_INPUTS = _inputs_pattern()


def private_only_for_its_inputs(response):
    """Say that `response` is `Cache-Control: private` only because of its per-visitor hidden inputs, so the page
    cache may store it with placeholders there (a form page's form)."""
    response.private_only_for_its_inputs = True
    return response


@dataclass(frozen=True)
class Entry:
    version: int
    status: int
    headers: tuple  # (name, value) pairs
    parts: tuple  # the body (bytes), split where `inputs` go
    inputs: tuple = ()  # (name, value as rendered) of each per-visitor input, in order
    gzipped: bytes = b""
    etag: str = ""
    deflated_parts: tuple = ()  # each of `parts` compressed on its own (raw deflate), for a page with inputs

    @property
    def shared(self):
        return not self.inputs


GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # deflate, no name, no time, unknown OS


def deflated_separately(parts):
    """Each part as raw deflate data of its own compressor, byte-aligned, the last one ending the stream: what
    `gzipped_with_inputs` puts the inputs between."""
    deflated = []
    for index, part in enumerate(parts):
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        end = zlib.Z_FINISH if index == len(parts) - 1 else zlib.Z_FULL_FLUSH
        deflated.append(compressor.compress(part) + compressor.flush(end))
    return tuple(deflated)


def gzipped_with_inputs(deflated_parts, inputs, body):
    """A gzip member of `body`: the deflated parts with each input between them in stored blocks (never compressed)."""
    pieces = [GZIP_HEADER, deflated_parts[0]]
    for value, deflated in zip(inputs, deflated_parts[1:], strict=True):
        for start in range(0, len(value), 65535):  # a stored block holds at most 65,535 bytes
            chunk = value[start : start + 65535]
            pieces += [struct.pack("<BHH", 0, len(chunk), len(chunk) ^ 0xFFFF), chunk]
        pieces.append(deflated)
    pieces.append(struct.pack("<II", zlib.crc32(body), len(body) & 0xFFFFFFFF))
    return b"".join(pieces)


def timeout(response, seconds):
    """How long to keep `response`: `seconds`, or less when the page changes by the clock sooner (a view sets
    `response.page_cache_until`, e.g. a survey's closing time, when its results replace the form)."""
    until = getattr(response, "page_cache_until", None)
    if until is None:
        return seconds
    left = math.ceil((until - timezone.now()).total_seconds())
    return max(1, min(seconds, left))


def enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        key = self.key(request) if enabled() else None
        if key is None:
            return self.uncached(request, self.get_response(request))
        try:
            found = cache.get_many([VERSION_KEY, key])
            version = found.get(VERSION_KEY)
            entry = found.get(key)
            if entry is not None and entry.version == version:
                response = self.hit(request, entry)
                if response is not None:
                    return response
            if version is None:  # first start, or the cache was emptied: a new series
                version = versioned.current()
            versioned.remember(version)  # the render reads no version of its own
        except Exception:  # a cache that is away serves every page uncached, never an error
            return self.uncached(request, self.get_response(request))
        response = self.get_response(request)
        entry = self.entry(request, response, version)
        if entry is None:
            return self.uncached(request, response)
        with contextlib.suppress(Exception):  # a cache that is away keeps nothing
            cache.set(key, entry, timeout(response, settings.PAGE_CACHE_SECONDS if entry.status == 200 else 60))
        if entry.shared:
            self.share(request, response, entry)
        return response

    def key(self, request):
        """The cache key of a request that may be served from the cache, or None."""
        if request.method not in ("GET", "HEAD") or "HTTP_AUTHORIZATION" in request.META:
            return None
        language = request.path_info.split("/", 2)[1]
        if language not in self.languages:
            return None
        if any(name not in (settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME) for name in request.COOKIES):
            return None
        if "preview" in request.GET:
            return None
        try:
            host = request.get_host()
        except Exception:  # a host not allowed: Django answers it as usual
            return None
        path = hashlib.md5(request.get_full_path().encode(), usedforsecurity=False).hexdigest()
        return f"portal:page:{request.scheme}:{host}:{language}:{path}"

    def entry(self, request, response, version):
        """What to store of `response`, or None when it must not be shared."""
        if response.status_code not in STORED_STATUSES or response.streaming or response.has_header("Content-Encoding"):
            return None
        if not response.get("Content-Type", "").startswith(STORED_CONTENT_TYPES):
            return None
        if getattr(request, "is_preview", False):
            return None
        match = getattr(request, "resolver_match", None)
        if match is not None and match.view_name in getattr(settings, "PAGE_CACHE_SKIP_URL_NAMES", ()):
            return None
        control = {
            part.strip().split("=")[0].lower(): part.strip() for part in response.get("Cache-Control", "").split(",")
        }
        if {"no-cache", "no-store"} & control.keys() or control.get("max-age") == "max-age=0":
            return None
        vary = {name.strip().lower() for name in response.get("Vary", "").split(",") if name.strip()}
        if vary - ALLOWED_VARY:
            return None
        if set(response.cookies) - {settings.CSRF_COOKIE_NAME}:
            return None
        pieces = _INPUTS.split(response.content)  # text, name, value, text, name, value, …, text
        parts, inputs = (
            tuple(pieces[::3]),
            tuple((name.decode(), value.decode()) for name, value in zip(pieces[1::3], pieces[2::3], strict=True)),
        )
        if not inputs and settings.CSRF_COOKIE_NAME in response.cookies:
            return None  # the CSRF token went somewhere this cannot replace
        if "private" in control and not (inputs and getattr(response, "private_only_for_its_inputs", False)):
            return None
        headers = tuple((name, value) for name, value in response.items() if name.lower() not in OWN_HEADERS)
        if inputs:
            return Entry(
                version, response.status_code, headers, parts, inputs, deflated_parts=deflated_separately(parts)
            )
        body = parts[0]
        compressed = gzip.compress(body, compresslevel=6, mtime=0) if len(body) > 200 else b""
        return Entry(
            version,
            response.status_code,
            headers,
            parts,
            gzipped=compressed if len(compressed) < len(body) else b"",
            etag=f'W/"{hashlib.blake2b(body, digest_size=12).hexdigest()}"',
        )

    def hit(self, request, entry):
        if entry.shared:
            if entry.status == 200 and _matches(request.META.get("HTTP_IF_NONE_MATCH", ""), entry.etag):
                response = HttpResponse(status=304)
                self.share(request, response, entry, body=False)
                return response
            response = HttpResponse(status=entry.status)
            for name, value in entry.headers:
                response[name] = value
            self.share(request, response, entry)
            return response
        try:
            self.csrf.process_request(request)
            if "CSRF_COOKIE" not in request.META:
                # A first visit: a new secret, as Django's get_token would make it, in a 25th of the time (128 random
                # bits as 32 hexadecimal characters, where Django draws 32 letters or digits one by one).
                request.META["CSRF_COOKIE"] = secrets.token_hex(16)
            request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # (re)sent with its full age, as get_token has it
            values = [
                masked_csrf_token(request.META["CSRF_COOKIE"]) if name == CSRF_INPUT else _renewers[name](value)
                for name, value in entry.inputs
            ]
        except Exception:  # e.g. a token made before the secret key changed: render the page anew
            return None
        inputs = [
            b'name="%s" value="%s"' % (name.encode(), value.encode())
            for (name, _old), value in zip(entry.inputs, values, strict=True)
        ]
        body = [entry.parts[0]]
        for value, part in zip(inputs, entry.parts[1:], strict=True):
            body += [value, part]
        content = b"".join(body)
        response = HttpResponse(status=entry.status)
        for name, value in entry.headers:
            response[name] = value
        if entry.deflated_parts and GZIP_ACCEPTED.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            content = gzipped_with_inputs(entry.deflated_parts, inputs, content)
            response["Content-Encoding"] = "gzip"
        response.content = b"" if request.method == "HEAD" else content
        response["Content-Length"] = str(len(content))
        response["Cache-Control"] = "private"
        patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
        return self.csrf.process_response(request, response)

    def share(self, request, response, entry, body=True):
        """Make `response` the shared page of `entry`: its caching headers and, when accepted, its gzipped body."""
        response["Cache-Control"] = (
            f"public, max-age={settings.PAGE_CACHE_MAX_AGE}, "
            f"stale-while-revalidate={settings.PAGE_CACHE_STALE_WHILE_REVALIDATE}"
        )
        response["ETag"] = entry.etag
        patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
        if not body:
            return
        content = entry.parts[0]
        if entry.gzipped and GZIP_ACCEPTED.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            content = entry.gzipped
            response["Content-Encoding"] = "gzip"
        response.content = b"" if request.method == "HEAD" else content
        response["Content-Length"] = str(len(content))

    def uncached(self, request, response):
        if (
            enabled()
            and not response.has_header("Cache-Control")
            and response.get("Content-Type", "").startswith("text/html")
        ):
            response["Cache-Control"] = "private, no-cache"
        return response


def _matches(if_none_match, etag):
    if not if_none_match or not etag:
        return False
    tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in tags or etag.removeprefix("W/") in tags
