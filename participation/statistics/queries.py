"""Participation's own figures for a period, from aggregate queries.

Every page exists once per language (Finnish source, Swedish and English translations), each translation with
its own copy of the attendance rows. A matter or event is counted once: only its earliest live copy (lowest id
among the live pages sharing its `translation_key`) is read. Breakdowns group by the channel's and area's
`translation_key`, so they do not depend on which language that copy is in.

What is counted (seed 002, "Asiakasosallisuussuunnitelma"; DESIGN §7):

- events held with residents: live events that have ended, counted in the period in which they started;
- participants and their roles: the sum of the attendance counts the organisers recorded for those events;
- ideas raised: follow-up pages whose `raised_on` day is in the period; their current status tells how many of
  them are still being handled (received, in preparation or decided), were taken forward (decided or
  implemented), implemented, or not taken forward.
"""

from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.utils import timezone

from participation.models import AttendanceRole, EventPage, FollowUpPage, FollowUpStatus
from portal.queries import visible

TAKEN_FORWARD = [FollowUpStatus.DECIDED, FollowUpStatus.IMPLEMENTED]
IN_PROGRESS = [FollowUpStatus.RECEIVED, FollowUpStatus.IN_PREPARATION, FollowUpStatus.DECIDED]

GROUP_FIELDS = {None: None, "channel": "channel__translation_key", "area": "areas__translation_key"}
FOLLOW_UP_GROUP_FIELDS = {None: None, "channel": "channels__translation_key", "area": "areas__translation_key"}


def one_per_translation(queryset):
    """Live, public pages of `queryset`, each translation group read once (its earliest live copy)."""
    model = queryset.model
    earlier = visible(model.objects.filter(translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk")))
    return visible(queryset).filter(~Exists(earlier))


def held_events(period, now=None):
    now = now or timezone.now()
    return one_per_translation(
        EventPage.objects.filter(starts_at__gte=period.start_at, starts_at__lt=period.end_at, ends_at__lt=now)
    )


def raised_follow_ups(period):
    return one_per_translation(FollowUpPage.objects.filter(raised_on__gte=period.start, raised_on__lt=period.end))


def _event_aggregates():
    aggregates = {"events": Count("pk", distinct=True), "participants": Sum("attendance__count")}
    for role in AttendanceRole.values:
        aggregates[f"role_{role}"] = Sum("attendance__count", filter=Q(attendance__role=role))
    return aggregates


def _follow_up_aggregates():
    aggregates = {"raised": Count("pk", distinct=True)}
    for status in FollowUpStatus.values:
        aggregates[f"status_{status}"] = Count("pk", filter=Q(status=status), distinct=True)
    aggregates["in_progress"] = Count("pk", filter=Q(status__in=IN_PROGRESS), distinct=True)
    aggregates["taken_forward"] = Count("pk", filter=Q(status__in=TAKEN_FORWARD), distinct=True)
    return aggregates


def _clean(row):
    return {key: value or 0 for key, value in row.items()}


def event_figures(period, by=None, now=None):
    """Events held and participants by role: one dict, or one per group keyed by translation key when `by`.

    One query either way. Events with no channel (or no area) are grouped under None.
    """
    events = held_events(period, now)
    if by is None:
        return _clean(events.aggregate(**_event_aggregates()))
    field = GROUP_FIELDS[by]
    rows = events.order_by().values(field).annotate(**_event_aggregates())
    return {row.pop(field): _clean(row) for row in rows}


def follow_up_figures(period, by=None):
    """Ideas raised in the period and their current status: one dict, or one per group when `by`. One query."""
    follow_ups = raised_follow_ups(period)
    if by is None:
        return _clean(follow_ups.aggregate(**_follow_up_aggregates()))
    field = FOLLOW_UP_GROUP_FIELDS[by]
    rows = follow_ups.order_by().values(field).annotate(**_follow_up_aggregates())
    return {row.pop(field): _clean(row) for row in rows}
