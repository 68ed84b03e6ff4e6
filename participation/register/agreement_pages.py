"""The person's side of an agreement, reached only through the private link in their email (no account).

The page shows the exact text that was sent; the person types their name, ticks "I accept" and sends the form (a
plain POST with a CSRF token: no JavaScript needed). The typed name must be the person's name in the agreement,
ignoring case and extra spaces, so that accepting is a deliberate act by the person it was sent to; a mistyped
name gets an error in the page's language. Accepting records the typed name, the time and the client's address.
Accepting twice (a refresh, a double click, a second tab) changes nothing and shows the accepted agreement; an
agreement whose end date has passed can no longer be accepted and says so.

Every page here is `never_cache`, so the page cache (portal.page_cache) neither stores nor serves it, and it is
`noindex`. A link that is not an agreement's is a 404.
"""

import unicodedata

from django import forms
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from participation.models import Agreement
from participation.register.agreement_pdf import agreement_pdf, pdf_filename
from portal.client import client_address


def normalised_name(value):
    return " ".join(unicodedata.normalize("NFC", value).casefold().split())


class AcceptForm(forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=255,
        error_messages={"required": _("Type your first name and surname.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    accept = forms.BooleanField(
        label=_("I have read the agreement and I accept it"),
        error_messages={"required": _("Tick the box to accept the agreement.")},
    )

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        self.agreement = agreement

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if normalised_name(name) != normalised_name(self.agreement.person.name):
            raise forms.ValidationError(
                _("Type your name as it is in the agreement. If it is wrong there, contact the coordinator.")
            )
        return name


def agreement_for(token):
    return get_object_or_404(Agreement.objects.select_related("person"), token=token)


def accept(agreement, name, request):
    """Record the acceptance, once: a second acceptance (however two requests cross) changes nothing. Returns
    whether this request accepted it."""
    return record_acceptance(agreement, name, client_address(request) or None)


def record_acceptance(agreement, name, address):
    """The acceptance with the typed name and the address it came from, once (`accept`)."""
    accepted = Agreement.objects.filter(pk=agreement.pk, accepted_at__isnull=True).update(
        accepted_at=timezone.now(), accepted_name=name, accepted_address=address
    )
    return bool(accepted)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def agreement(request, token):
    """The agreement, its form, or that it was accepted. The page's own words are in the address's language (the
    email links in the agreement's); the agreement's text is as it was sent, marked with its language."""
    agreement = agreement_for(token)
    if request.method == "POST" and agreement.accepted_at is None and not agreement.has_ended():
        form = AcceptForm(request.POST, agreement=agreement)
        if form.is_valid():
            accept(agreement, form.cleaned_data["name"], request)
            return redirect(reverse("register_links:agreement", args=[token]) + "?hyvaksytty=1")
        status = 400
    elif request.method == "POST":
        # Accepted already (a replay, a second tab) or ended: the page says which.
        return redirect(reverse("register_links:agreement", args=[token]))
    else:
        form = AcceptForm(agreement=agreement)
        status = 200
    context = {
        "agreement": agreement,
        "form": form,
        "just_accepted": agreement.accepted_at is not None and "hyvaksytty" in request.GET,
        "ended": agreement.has_ended(),
    }
    return TemplateResponse(request, "participation/register/agreement.html", context, status=status)


def accepted_agreement(token):
    agreement = agreement_for(token)
    if agreement.accepted_at is None:
        return None, redirect(reverse("register_links:agreement", args=[token]))
    return agreement, None


@never_cache
@require_http_methods(["GET", "HEAD"])
def printable(request, token):
    """The accepted agreement as a page to print; before acceptance, the agreement's own page."""
    agreement, elsewhere = accepted_agreement(token)
    if elsewhere:
        return elsewhere
    return TemplateResponse(request, "participation/register/agreement_printable.html", {"agreement": agreement})


@never_cache
@require_http_methods(["GET", "HEAD"])
def pdf(request, token):
    agreement, elsewhere = accepted_agreement(token)
    if elsewhere:
        return elsewhere
    return pdf_response(agreement)


def pdf_response(agreement):
    response = HttpResponse(agreement_pdf(agreement), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf_filename(agreement)}"'
    return response
