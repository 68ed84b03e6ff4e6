"""Admin sign-in and password reset that cannot be abused at speed (DESIGN §10).

Sign-in: django-axes counts failed attempts per username and, separately, per client address
(`AXES_LOCKOUT_PARAMETERS` in the settings). After `AXES_FAILURE_LIMIT` failures either one is locked out until
`AXES_COOLOFF_TIME` has passed since its latest failure. A successful sign-in clears nothing
(`AXES_RESET_ON_SUCCESS = False`): axes would clear the address's count too, so guesses alternated with signing in
to another account would never be locked out. The locked-out page is Wagtail's own sign-in page with a message in
the user's language (status 429).

Password reset: at most `RESET_LIMIT_PER_ADDRESS` requests per client address and `RESET_LIMIT_PER_EMAIL` per
email address in `RESET_WINDOW`, and the link is sent through the portal's email queue, so it is retried when
the mail server is down.
"""

import hashlib

from django.db import transaction
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm, PasswordResetForm
from wagtail.admin.views.account import PasswordResetView
from wagtail.users.models import UserProfile

from forms_engine.notifications import queue_email
from portal.client import client_address, count_request

LOCKED_OUT = _("Too many failed sign-in attempts. Please wait 15 minutes and try again.")
RESET_LIMITED = _("Too many password reset requests. Please wait an hour and try again.")

RESET_LIMIT_PER_ADDRESS = 5
RESET_LIMIT_PER_EMAIL = 3
RESET_WINDOW = 60 * 60


class AdminLoginForm(LoginForm):
    """Wagtail's sign-in form, saying so when axes refused the attempt because of too many failures."""

    def get_invalid_login_error(self):
        error = super().get_invalid_login_error()
        if self.request is not None and getattr(self.request, "axes_locked_out", False):
            error.message, error.code, error.params = LOCKED_OUT, "locked_out", {}
        return error


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the sign-in page as Wagtail rendered it (with the message above), as 429."""
    if original_response is None or original_response.status_code != 200:
        return HttpResponse(LOCKED_OUT, status=429, content_type="text/plain; charset=utf-8")
    original_response.status_code = 429
    return original_response


def _over_limit(key, limit):
    return count_request(key, RESET_WINDOW) > limit


def reset_limited(request, email):
    """Count one password reset request; True when the client address or the email address has used its limit.

    Every requested address counts, registered or not, so the refusal tells nothing about who has an account.
    """
    by_address = _over_limit(f"portal:password-reset:address:{client_address(request)}", RESET_LIMIT_PER_ADDRESS)
    email_key = hashlib.sha256(email.strip().lower().encode()).hexdigest()  # no addresses in the cache
    by_email = _over_limit(f"portal:password-reset:email:{email_key}", RESET_LIMIT_PER_EMAIL)
    return by_address or by_email


class QueuedPasswordResetForm(PasswordResetForm):
    """Wagtail's reset form, sending the link through the portal's email queue in the user's admin language."""

    def send_mail(self, subject_template_name, email_template_name, context, from_email, to_email, **kwargs):
        language = UserProfile.get_for_user(context["user"]).get_preferred_language()
        with transaction.atomic():
            queue_email([to_email], "password_reset", context, language)


class RateLimitedPasswordResetView(PasswordResetView):
    """Wagtail's password reset view, refusing with a message once a limit is used up."""

    def form_valid(self, form):
        if reset_limited(self.request, form.cleaned_data["email"]):
            form.add_error(None, RESET_LIMITED)
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return super().form_valid(form)
