"""Telling people when a followed page's published status changes: its confirmed subscribers and the residents
whose submissions it follows up (they need not subscribe).

forms_engine knows nothing of what the status is: the app that owns the page calls `notify_subscribers` when the
page is published (participation does for its follow-up pages, from a `page_published` handler). Residents may
subscribe to a page whose class sets `accepts_subscriptions = True`.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import translation

from forms_engine.models import NotifiedStatus, Submission, Subscription
from forms_engine.notifications import queue_email


def accepts_subscriptions(page):
    return getattr(page, "accepts_subscriptions", False)


def notify_subscribers(page, status, status_label):
    """Queue emails if `status` differs from the last one told for `page`. Returns the number of emails.

    `status` is the value compared and kept; `status_label` is what the email says.
    """
    if not status:
        return 0
    sent = 0
    with transaction.atomic():
        told, created = NotifiedStatus.objects.select_for_update().get_or_create(page=page, defaults={"status": status})
        if not created and told.status == status:
            return 0
        told.status = status
        told.save()
        context = {"follow_up": page, "status_label": status_label, "page_url": page.full_url}
        site = page.get_site()
        root_url = site.root_url if site else ""
        for subscription in Subscription.objects.filter(page=page, confirmed_at__isnull=False):
            with translation.override(subscription.language):
                unsubscribe_url = root_url + reverse("forms_engine:subscription", args=[subscription.token])
                one_click_url = root_url + reverse("forms_engine:stop_subscription", args=[subscription.token])
            queue_email(
                [subscription.email],
                "follow_up_status",
                {**context, "unsubscribe_url": unsubscribe_url},
                subscription.language,
                subscription=subscription,
                # Mail programs offer "Unsubscribe" from these (RFC 2369, one click by RFC 8058).
                headers={
                    "List-Unsubscribe": f"<{one_click_url}>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
            )
            sent += 1
        for submission in Submission.objects.filter(follow_up=page).exclude(email=""):
            queue_email([submission.email], "follow_up_status", context, submission.language, submission=submission)
            sent += 1
    return sent
