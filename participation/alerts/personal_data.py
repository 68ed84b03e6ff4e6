"""Alert subscriptions in a data-subject request: the personal-data tool of forms_engine finds, exports and erases
them through `forms_engine.retention.PERSONAL_DATA_FIND_HOOK` and `PERSONAL_DATA_ERASE_HOOK` (registered in
`participation/wagtail_hooks.py`). The emails sent to the address are found and erased by the tool itself."""

from participation.models import AlertSubscription


def subscriptions_of(email):
    return AlertSubscription.objects.filter(email__iexact=email.strip())


def find(email):
    """The address's alert subscriptions as plain data for the export."""
    return [
        {
            "page": "alerts",
            "open_calls": subscription.open_calls,
            "events": subscription.events,
            "target_groups": [term.name for term in subscription.target_groups.all()],
            "areas": [term.name for term in subscription.areas.all()],
            "frequency": subscription.frequency,
            "language": subscription.language,
            "created_at": subscription.created_at,
            "confirmed_at": subscription.confirmed_at,
            "last_summary_at": subscription.digest_sent_at,
        }
        for subscription in subscriptions_of(email).prefetch_related("target_groups", "areas").order_by("pk")
    ]


def erase(email):
    """Erase the address's alert subscriptions. Returns how many."""
    subscriptions = subscriptions_of(email)
    count = subscriptions.count()
    subscriptions.delete()
    return count
