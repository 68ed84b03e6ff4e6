"""Spam checks that do not get in anyone's way: a honeypot, a minimum fill time and a per-client rate limit.

No CAPTCHA. The honeypot field is hidden from people and assistive technology alike (`hidden`), so only
programs fill it. The fill time is measured from the form's single-use token (`forms_engine.form_tokens`),
which says when the form was shown; a person who was quick only has to send again.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from portal.client import client_address, count_request

RATE_LIMITED = _(
    "Many messages have been sent from your connection in a short time. Please wait ten minutes and send the form "
    "again; what you wrote is kept on this page."
)


def min_fill_seconds():
    # Never more than 5 seconds: a longer wait would get in the way of fast, practised users.
    return min(getattr(settings, "FORMS_MIN_FILL_SECONDS", 3), 5)


def filled_too_fast(form_token, now=None):
    """Whether the form of this token (`form_tokens.FormToken`) was sent sooner than a person could fill it."""
    return form_token.filled_in(now) < min_fill_seconds()


def is_rate_limited(request, scope="submit"):
    """Count this request against the client's limit; True when the limit is already used up."""
    limit, window = getattr(settings, "FORMS_RATE_LIMIT", (10, 10 * 60))
    count = count_request(f"forms_engine:{scope}:{client_address(request)}", window)
    return count > limit


def too_many_requests(request):
    return TemplateResponse(request, "forms_engine/too_many_requests.html", {}, status=429)
