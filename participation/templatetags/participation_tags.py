from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils import timezone

from participation.models import EventPage, FollowUpPage, OpenCallPage, OpenCallStatus
from participation.statistics.report import last_12_months_public_figures
from portal.queries import visible

register = template.Library()


@register.simple_tag(takes_context=True)
def home_highlights(context, limit=3):
    """What the front page shows: open calls, upcoming events and the latest follow-up updates."""
    locale_id = context["page"].locale_id
    now = timezone.now()
    return {
        "open_calls": list(
            visible(OpenCallPage.objects.filter(locale_id=locale_id))
            .with_status(OpenCallStatus.OPEN, now)
            .order_by("closes_at")[:limit]
        ),
        "events": list(visible(EventPage.objects.filter(locale_id=locale_id)).upcoming(now)[:limit]),
        "follow_ups": list(
            visible(FollowUpPage.objects.filter(locale_id=locale_id)).order_by("-last_published_at")[:limit]
        ),
    }


@register.simple_tag
def public_figures():
    """The statistics page's figures for the last 12 months (`participation.statistics.report`)."""
    return last_12_months_public_figures()


# The listing filters an alert subscription can carry: alerts are narrowed by target group and area only.
ALERT_FILTER_PARAMS = ("kohderyhma", "alue")


def _alert_filters(listing):
    return [f for f in (listing.filters if listing else []) if f.param in ALERT_FILTER_PARAMS and f.selected]


@register.simple_tag
def alert_subscribe_url(listing, kind):
    """The alert subscription form with this listing's kind and its target group and area filters filled in."""
    query = [("tyyppi", kind)] + [(f.param, f.selected) for f in _alert_filters(listing)]
    return f"{reverse('alerts:subscribe')}?{urlencode(query)}"


@register.simple_tag
def alert_filter_labels(listing):
    """The names of the filters `alert_subscribe_url` carries ("Ikäihmiset", "Tampere"), none when none is chosen."""
    return [str(f.selected_label) for f in _alert_filters(listing)]
