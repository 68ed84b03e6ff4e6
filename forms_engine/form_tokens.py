"""The single-use token of a form shown to a resident, and the signed address of the receipt that follows.

A form page puts a token in every form it shows. The token is signed (`django.core.signing`), names the page it
was shown on, says when it was shown and carries a random nonce. When the form is sent, the nonce is stored on
the submission (`Submission.form_token`, unique), so the same form sent twice — a double click, a reload of the
POST, a replay — finds the first submission instead of making a second one.

The token also measures the minimum fill time (`FORMS_MIN_FILL_SECONDS`), and it has a maximum age: a form
left open longer is given back with its answers and a fresh token.

After a send the browser is redirected (303) to the page's own address with a signed `kuitti` parameter naming
the submission: the receipt is a GET, so reloading it sends nothing, and only the browser that sent the form
has the address.
"""

import functools
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

TOKEN_SALT = "forms_engine.form_token"
RECEIPT_SALT = "forms_engine.receipt"
RECEIPT_PARAMETER = "kuitti"


class InvalidToken(Exception):
    """The token was not made here for this page (missing, altered or from another page)."""


class ExpiredToken(InvalidToken):
    """The form was shown longer ago than the token's maximum age."""


@dataclass(frozen=True)
class FormToken:
    nonce: str
    shown_at: int

    def filled_in(self, now=None):
        """Seconds between showing the form and sending it."""
        return (now or time.time()) - self.shown_at


def max_age():
    return getattr(settings, "FORMS_TOKEN_MAX_AGE", 24 * 60 * 60)


def issue(page, shown_at=None):
    """A new token for a form shown on `page` now (or at `shown_at`, seconds since the epoch)."""
    return _issue(page.pk, shown_at)


def _issue(page_pk, shown_at=None):
    shown_at = int(time.time() if shown_at is None else shown_at)
    payload = {"p": page_pk, "t": shown_at, "n": secrets.token_urlsafe(16)}
    return signing.Signer(salt=TOKEN_SALT).sign_object(payload)


def renewed(value):
    """A new token for the page that token `value` was made for: each visitor of a cached form page gets its own."""
    return _issue(_page_of(value))


@functools.lru_cache(maxsize=256)
def _page_of(value):
    # A cached page's rendered token, read once per process rather than on every visit.
    return signing.Signer(salt=TOKEN_SALT).unsign_object(value)["p"]


def read(value, page, now=None, expire=True):
    """The token's nonce and time, if it was made here for `page` and (when `expire`) is not too old."""
    try:
        payload = signing.Signer(salt=TOKEN_SALT).unsign_object(value or "")
        token = FormToken(nonce=str(payload["n"]), shown_at=int(payload["t"]))
        page_pk = payload["p"]
    except (signing.BadSignature, KeyError, TypeError, ValueError) as bad:
        raise InvalidToken from bad
    if page_pk != page.pk:
        raise InvalidToken
    if expire and token.filled_in(now) > max_age():
        raise ExpiredToken
    return token


def receipt_url(request, page, submission, repeated=False):
    """The page's address with the signed receipt parameter: what the browser is redirected to after a send."""
    value = signing.dumps({"s": submission.pk, "r": int(bool(repeated))}, salt=RECEIPT_SALT)
    return f"{page.get_url(request)}?{RECEIPT_PARAMETER}={value}"


def read_receipt(value):
    """(submission pk, whether it was a repeated send), or None when the parameter is not valid or too old."""
    try:
        payload = signing.loads(value, salt=RECEIPT_SALT, max_age=max_age())
        return int(payload["s"]), bool(payload.get("r"))
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
