"""The resident's side: the private status page (and cancelling a registration there) and follow-up subscriptions."""

from django import forms
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from forms_engine import spam
from forms_engine.follow_ups import accepts_subscriptions
from forms_engine.forms import MAX_LENGTH_MESSAGE, OneEmailField
from forms_engine.handling import cancel_place
from forms_engine.models import Place, Submission, Subscription
from forms_engine.notifications import queue_email


@never_cache
@require_http_methods(["GET", "POST"])
def status(request, token):
    """The reference, state, place and the public answer; nothing else of what was sent.

    A registration is cancelled in two steps that work without JavaScript: "cancel" shows a confirmation with
    "Keep my place" and "Cancel my registration"; only "confirm_cancel" cancels.
    """
    submission = get_object_or_404(Submission.objects.select_related("page"), token=token)
    can_cancel = submission.place in (Place.CONFIRMED, Place.WAITING)
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "confirm_cancel":
        cancelled = cancel_place(submission, request)
        return redirect(reverse("forms_engine:status", args=[token]) + ("?peruttu=1" if cancelled else ""))
    if request.method == "POST" and not (action == "cancel" and can_cancel):
        return redirect(reverse("forms_engine:status", args=[token]))
    cancelled = submission.place == Place.CANCELLED and bool(request.GET.get("peruttu"))
    page = submission.page.specific
    context = {
        "submission": submission,
        "form_page": page,
        "can_cancel": can_cancel,
        "confirm_cancel": action == "cancel",
        "cancelled": cancelled,
    }
    return TemplateResponse(request, "forms_engine/status.html", context)


class SubscribeForm(forms.Form):
    email = OneEmailField(
        label=_("Your email address"),
        error_messages={"required": _("Enter your email address."), "max_length": MAX_LENGTH_MESSAGE},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


def follow_up_page(page_id):
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if page is None or not accepts_subscriptions(page):
        raise Http404
    return page


@never_cache
@require_http_methods(["POST"])
def subscribe(request, page_id):
    """Ask for a confirmation by email; the subscription starts only when the link in it is followed."""
    page = follow_up_page(page_id)
    if spam.is_rate_limited(request, scope="subscribe"):
        return spam.too_many_requests(request)
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(request, "forms_engine/subscribe.html", {"form": form, "follow_up": page}, status=400)
    email = form.cleaned_data["email"]
    language = translation.get_language()
    with transaction.atomic():
        subscription = Subscription.objects.filter(page=page, email__iexact=email).first()
        if subscription is None:
            try:
                with transaction.atomic():
                    subscription = Subscription.objects.create(page=page, email=email, language=language)
            except IntegrityError:
                subscription = Subscription.objects.get(page=page, email=email)
        if subscription.confirmed_at is None:
            context = {"follow_up": page, "confirm_url": subscription_url(request, subscription)}
            queue_email([email], "confirm_subscription", context, language, subscription=subscription)
    return TemplateResponse(request, "forms_engine/subscribe.html", {"follow_up": page, "sent": True})


def subscription_url(request, subscription):
    with translation.override(subscription.language):
        return request.build_absolute_uri(reverse("forms_engine:subscription", args=[subscription.token]))


def subscription_ended(request):
    """The link of a subscription already stopped (or of a matter since removed): a page that says so (200, not a
    bare 404: the resident followed a real link of ours and needs to know that nothing more will come)."""
    return TemplateResponse(request, "forms_engine/subscription.html", {"done": "ended"})


@never_cache
@require_http_methods(["GET", "POST"])
def subscription(request, token):
    """Confirm or end a subscription. Links only show a button, so that mail scanners change nothing."""
    subscription = Subscription.objects.filter(token=token).select_related("page").first()
    if subscription is None:
        return subscription_ended(request)
    page = subscription.page.specific
    done = None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "confirm" and subscription.confirmed_at is None:
            subscription.confirmed_at = timezone.now()
            subscription.save(update_fields=["confirmed_at"])
            done = "confirmed"
        elif action == "unsubscribe":
            subscription.delete()
            done = "unsubscribed"
    context = {"subscription": subscription, "follow_up": page, "done": done}
    return TemplateResponse(request, "forms_engine/subscription.html", context)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def stop_subscription(request, token):
    """RFC 8058 one-click unsubscribe, the address of a status email's `List-Unsubscribe`: the mail program's POST
    ends the subscription at once, without a CSRF token; a GET shows the subscription's page with its button (a link
    opened by a mail scanner ends nothing)."""
    if request.method != "POST":
        return subscription(request, token)
    stopped = Subscription.objects.filter(token=token).select_related("page").first()
    if stopped is None:
        return subscription_ended(request)
    context = {"subscription": stopped, "follow_up": stopped.page.specific, "done": "unsubscribed"}
    stopped.delete()
    return TemplateResponse(request, "forms_engine/subscription.html", context)
