"""Telling people when a follow-up page's published status changes: its subscribers and the residents whose
submissions started it (they need not subscribe)."""

from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.signals import page_published

from forms_engine.handling import FOLLOW_UP_PAGE_MODEL
from forms_engine.models import NotifiedStatus, Submission, Subscription
from forms_engine.notifications import queue_email


def notify_status_change(page):
    """Queue emails if the page's status differs from the last one told. Returns the number of emails."""
    status = getattr(page, "status", None)
    if not status:
        return 0
    sent = 0
    with transaction.atomic():
        told, created = NotifiedStatus.objects.select_for_update().get_or_create(page=page, defaults={"status": status})
        if not created and told.status == status:
            return 0
        told.status = status
        told.save()
        context = {"follow_up": page, "status_label": page.get_status_display(), "page_url": page.full_url}
        site = page.get_site()
        root_url = site.root_url if site else ""
        for subscription in Subscription.objects.filter(page=page, confirmed_at__isnull=False):
            with translation.override(subscription.language):
                unsubscribe_url = root_url + reverse("forms_engine:subscription", args=[subscription.token])
            queue_email(
                [subscription.email],
                "follow_up_status",
                {**context, "unsubscribe_url": unsubscribe_url},
                subscription.language,
                subscription=subscription,
            )
            sent += 1
        for submission in Submission.objects.filter(follow_up=page).exclude(email=""):
            queue_email([submission.email], "follow_up_status", context, submission.language, submission=submission)
            sent += 1
    return sent


def on_page_published(sender, instance, **kwargs):
    if instance._meta.label == FOLLOW_UP_PAGE_MODEL:
        notify_status_change(instance)


def connect():
    page_published.connect(on_page_published, dispatch_uid="forms_engine_follow_up_status")
