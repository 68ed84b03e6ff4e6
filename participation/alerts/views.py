"""The resident's side of alerts: subscribe, confirm, change the choices, stop.

Double opt-in as the follow-up subscriptions (`forms_engine.views`): the subscribe form stores an unconfirmed
subscription and emails a link; the link's page only shows a button, so a mail scanner that opens links changes
nothing. The one-click unsubscribe address of RFC 8058 stops the emails on a POST without a CSRF token (the mail
program sends it) and shows a button on a GET. No page shows an email address: the subscribe page says the same
whatever address was given, and the other pages are reached only with the subscription's secret token.
"""

from django.db import transaction
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from forms_engine import spam
from forms_engine.notifications import queue_email
from participation.alerts.forms import AlertChoicesForm, AlertSubscribeForm
from participation.alerts.sending import UNCONFIRMED_DAYS, links
from participation.models import AlertSubscription


@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request):
    """The form; on a valid POST, an unconfirmed subscription and an email with the link that confirms it."""
    if request.method == "GET":
        form = AlertSubscribeForm(initial=AlertSubscribeForm.initial_from_query(request.GET))
        return render_subscribe(request, form)
    if spam.is_rate_limited(request, scope="alerts"):
        return spam.too_many_requests(request)
    form = AlertSubscribeForm(request.POST)
    if not form.is_valid():
        return render_subscribe(request, form, status=400)
    email = form.cleaned_data["email"]
    language = translation.get_language()
    with transaction.atomic():
        # A new request replaces the address's earlier unconfirmed ones, so that repeated requests pile up nothing.
        AlertSubscription.objects.filter(email__iexact=email, confirmed_at__isnull=True).delete()
        subscription = form.save_to(AlertSubscription(email=email, language=language))
        manage_url, _unsubscribe_url = links(subscription)
        context = {"confirm_url": manage_url, "days": UNCONFIRMED_DAYS}
        queue_email([email], "participation/email/alert_confirm", context, language)
    return TemplateResponse(request, "participation/alerts/subscribe.html", {"sent": True, "days": UNCONFIRMED_DAYS})


def render_subscribe(request, form, status=200):
    context = {"form": form, "days": UNCONFIRMED_DAYS}
    return TemplateResponse(request, "participation/alerts/subscribe.html", context, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request, token):
    """Confirm (a button, never on a GET), change the choices, or stop."""
    subscription = get_object_or_404(AlertSubscription, token=token)
    action = request.POST.get("action") if request.method == "POST" else None
    done = None
    status = 200
    form = None
    if action == "confirm" and subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
        done = "confirmed"
    elif action == "unsubscribe":
        subscription.delete()
        return TemplateResponse(request, "participation/alerts/ended.html", {})
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
        form = AlertChoicesForm(initial=AlertChoicesForm.initial_from_subscription(subscription))
    context = {"subscription": subscription, "form": form, "done": done}
    return TemplateResponse(request, "participation/alerts/manage.html", context, status=status)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """RFC 8058 one-click unsubscribe: a POST stops the emails at once, without a CSRF token; a GET asks with a
    button (a link opened by a mail scanner stops nothing)."""
    subscription = get_object_or_404(AlertSubscription, token=token)
    if request.method == "POST":
        subscription.delete()
        return TemplateResponse(request, "participation/alerts/ended.html", {})
    return TemplateResponse(request, "participation/alerts/unsubscribe.html", {})
