"""The resident's side of alerts: subscribe, confirm, change the choices, stop.

Double opt-in as the follow-up subscriptions (`forms_engine.views`): the subscribe form stores an unconfirmed
subscription and emails a link; the link's page only shows a button, so a mail scanner that opens links changes
nothing. The one-click unsubscribe address of RFC 8058 stops the emails on a POST without a CSRF token (the mail
program sends it) and shows a button on a GET. No page shows an email address: the subscribe page says the same
whatever address was given, and the other pages are reached only with the subscription's secret token.
"""

import datetime

from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from forms_engine import spam
from forms_engine.forms import HONEYPOT
from forms_engine.notifications import queue_email
from participation.alerts.forms import AlertChoicesForm, AlertSubscribeForm
from participation.alerts.sending import UNCONFIRMED_DAYS, request_root_url
from participation.models import AlertSubscription

# The query of the page a successful subscribe redirects to (POST → redirect → GET: a refresh sends nothing again).
SENT = "lahetetty"
# While an address's request is younger than this and waits for confirmation, asking again sends no new email: so
# that nobody can fill another person's mailbox with confirmation requests.
RESEND_AFTER = datetime.timedelta(hours=1)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    """The form; on a valid POST, an unconfirmed subscription and an email with the link that confirms it.

    The page after it says the same whatever happened (sent, held back as a repeat, refused as a honeypot hit), so
    that it tells nothing about an address.
    """
    if request.method != "POST":
        if SENT in request.GET:
            return TemplateResponse(
                request, "participation/alerts/subscribe.html", {"sent": True, "days": UNCONFIRMED_DAYS}
            )
        form = AlertSubscribeForm(query=request.GET)
        return render_subscribe(request, form)
    if spam.is_rate_limited(request, scope="alerts"):
        return spam.too_many_requests(request)
    form = AlertSubscribeForm(request.POST)
    if not form.is_valid():
        return render_subscribe(request, form, status=400)
    if not request.POST.get(HONEYPOT):  # only programs fill the hidden field: they get the same page, and no email
        create_and_confirm(request, form)
    return redirect(reverse("alerts:subscribe") + f"?{SENT}=1")


def create_and_confirm(request, form):
    email = form.cleaned_data["email"]
    language = translation.get_language()
    with transaction.atomic():
        waiting = AlertSubscription.objects.filter(email__iexact=email, confirmed_at__isnull=True)
        recent = waiting.filter(created_at__gt=timezone.now() - RESEND_AFTER).first()
        if recent is not None:
            # No second email; the link already sent confirms the newest choices.
            return form.save_to(recent)
        # A new request replaces the address's earlier unconfirmed ones, so that repeated requests pile up nothing.
        waiting.delete()
        subscription = AlertSubscription(email=email, language=language, root_url=request_root_url(request))
        form.save_to(subscription)
        confirm_url = request.build_absolute_uri(reverse("alerts:manage", args=[subscription.token]))
        context = {"confirm_url": confirm_url, "days": UNCONFIRMED_DAYS}
        queue_email([email], "participation/email/alert_confirm", context, language)
    return subscription


def render_subscribe(request, form, status=200):
    context = {"form": form, "days": UNCONFIRMED_DAYS, "honeypot": HONEYPOT}
    return TemplateResponse(request, "participation/alerts/subscribe.html", context, status=status)


def ended(request, already=False):
    """The page after stopping; also for the link of a subscription already stopped or replaced (200, not a bare
    404: the resident followed a real link of ours and needs to know that nothing more will come)."""
    return TemplateResponse(request, "participation/alerts/ended.html", {"already": already})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    """Confirm (a button, never on a GET), change the choices, or stop.

    Confirming replaces the address's earlier confirmed subscription: one address has one set of choices, which
    its manage page shows whole, and never gets the same alert or summary twice.
    """
    subscription = AlertSubscription.objects.filter(token=token).first()
    if subscription is None:
        return ended(request, already=True)
    action = request.POST.get("action") if request.method == "POST" else None
    done = None
    status = 200
    form = None
    replaced = False
    if action == "confirm" and subscription.confirmed_at is None:
        with transaction.atomic():
            earlier = AlertSubscription.objects.filter(email__iexact=subscription.email, confirmed_at__isnull=False)
            replaced = bool(earlier.exclude(pk=subscription.pk).delete()[0])
            subscription.confirmed_at = timezone.now()
            subscription.save(update_fields=["confirmed_at"])
        done = "confirmed"
    elif action == "unsubscribe":
        subscription.delete()
        return ended(request)
    elif action == "save" and subscription.confirmed_at is not None:
        form = AlertChoicesForm(request.POST)
        if form.is_valid():
            subscription.language = translation.get_language()
            form.save_to(subscription)
            done = "saved"
            form = None
        else:
            status = 400
    if form is None and subscription.confirmed_at is not None:
        form = AlertChoicesForm(subscription=subscription)
    context = {"subscription": subscription, "form": form, "done": done, "replaced": replaced}
    return TemplateResponse(request, "participation/alerts/manage.html", context, status=status)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """RFC 8058 one-click unsubscribe: a POST stops the emails at once, without a CSRF token; a GET asks with a
    button (a link opened by a mail scanner stops nothing)."""
    subscription = AlertSubscription.objects.filter(token=token).first()
    if subscription is None:
        return ended(request, already=True)
    if request.method == "POST":
        subscription.delete()
        return ended(request)
    return TemplateResponse(request, "participation/alerts/unsubscribe.html", {})
