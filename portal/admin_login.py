"""Admin sign-in with a limit on failed attempts, so that passwords cannot be guessed at speed (DESIGN §10).

After `LIMIT` failed attempts from one client address within `WINDOW` seconds, further attempts from that
address are refused with a clear message until the window has passed; a successful sign-in clears the count.
"""

from django import forms
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from portal.client import client_address

LIMIT = 5
WINDOW = 15 * 60


class RateLimitedLoginForm(LoginForm):
    error_messages = {
        **LoginForm.error_messages,
        "too_many_attempts": _("Too many failed sign-in attempts. Please wait 15 minutes and try again."),
    }

    def _failures_key(self):
        address = client_address(self.request) if self.request is not None else ""
        return f"portal:admin-login-failures:{address}"

    def clean(self):
        key = self._failures_key()
        if cache.get(key, 0) >= LIMIT:
            raise forms.ValidationError(self.error_messages["too_many_attempts"], code="too_many_attempts")
        try:
            cleaned_data = super().clean()
        except forms.ValidationError:
            cache.add(key, 0, timeout=WINDOW)
            cache.incr(key)
            raise
        cache.delete(key)
        return cleaned_data
