"""Figures of the register of experts by experience and developer clients (issue 16, part 5; DESIGN §5b).

Aggregates only: no name, email or other detail of a person is read. Two queries whatever the amount of data.

- **People in the register**: the profiles that were in the register at some time during the period: added
  (`created_at`) before the period ended and whose end date is not before its first day. They are counted by
  role and by language as the profile is now (a person with two roles or languages counts in each, so the parts
  can add up to more than the total). A profile erased after its retention period (end date +
  `REGISTER_RETENTION_DAYS`) is no longer counted, so figures for periods long past can go down.
- **Assignments done**: assignments with the status done whose day (`date`, when the work took place, not when it
  was marked done) is in the period; their hours and attendance summed (an empty value counts as none).
- **Orders answered in time**: assignments made from an order (the experts' bank form) whose order was sent in the
  period, a cancelled assignment left out. Of the orders with a due date, those whose orderer was told who is
  coming (`orderer_told_at`, a Finnish day) on or before the due date, out of those whose orderer was told or
  whose due date has passed: the same rule as "Answered within the agreed time" for submissions. An order whose
  submission has been erased after its retention period is no longer counted.

Assignments are broken down by their area (`area`'s translation key, None when it has none); they have no channel.
"""

from django.db.models import Count, F, Q, Sum
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from forms_engine.statistics import local_date
from participation.models import Assignment, AssignmentStatus, RegisterLanguage, RegisterProfile, RegisterRole
from participation.statistics.figures import BY_AREA, HOURS, PERCENT, Figure
from participation.statistics.periods import TIME_ZONE

PEOPLE_SECTION = _("People in the register of experts by experience")
LANGUAGES_SECTION = _("People in the register by language")
ASSIGNMENTS_SECTION = _("Assignments from the register")
SECTIONS = (PEOPLE_SECTION, LANGUAGES_SECTION, ASSIGNMENTS_SECTION)

# The figures shown in the per-area table.
BREAKDOWN_KEYS = {"assignments_done", "assignment_hours", "orders", "orders_in_time_share"}


def _first_upper(text):
    return text[:1].upper() + text[1:]


# Lazy, so that the label is translated when shown; a module-level function, so that the public figures' cache can
# pickle it (Django's own `capfirst` cannot be).
first_upper = lazy(_first_upper, str)


def in_list(field, value):
    """Profiles whose JSON list `field` holds `value`: the quoted value matches only a whole item, on SQLite and
    PostgreSQL alike (as the register's filters do)."""
    return Q(**{f"{field}__icontains": f'"{value}"'})


def people_in_register(period):
    return RegisterProfile.objects.filter(created_at__lt=period.end_at, end_date__gte=period.start)


def people_counts(period):
    """{"people": n, "role_<role>": n…, "language_<code>": n…} for `period`. One query."""
    aggregates = {"people": Count("pk")}
    for role in RegisterRole.values:
        aggregates[f"role_{role}"] = Count("pk", filter=in_list("roles", role))
    for language in RegisterLanguage.values:
        aggregates[f"language_{language}"] = Count("pk", filter=in_list("languages", language))
    return {key: value or 0 for key, value in people_in_register(period).aggregate(**aggregates).items()}


ASSIGNMENT_COUNTS = ("done", "hours", "attendance", "orders", "due", "in_time")


def assignment_counts(period, now=None):
    """{area translation key or None: {"done", "hours", "attendance", "orders", "due", "in_time"}}. One query."""
    today = (now or timezone.now()).astimezone(TIME_ZONE).date()
    done = Q(status=AssignmentStatus.DONE, date__gte=period.start, date__lt=period.end)
    ordered = Q(
        order__isnull=False, order__submit_time__gte=period.start_at, order__submit_time__lt=period.end_at
    ) & ~Q(status=AssignmentStatus.CANCELLED)
    answerable = ordered & Q(order__due_date__isnull=False)
    told = answerable & Q(orderer_told_at__isnull=False)
    rows = (
        Assignment.objects.filter(done | ordered)
        .annotate(told_on=local_date("orderer_told_at", period.start_at, TIME_ZONE))
        .order_by()
        .values(group=F("area__translation_key"))
        .annotate(
            done=Count("pk", filter=done),
            hours=Sum("hours", filter=done),
            attendance=Sum("attendance", filter=done),
            orders=Count("pk", filter=ordered),
            due=Count("pk", filter=told | (answerable & Q(order__due_date__lt=today))),
            in_time=Count("pk", filter=told & Q(told_on__lte=F("order__due_date"))),
        )
    )
    return {row.pop("group"): {key: row[key] or 0 for key in ASSIGNMENT_COUNTS} for row in rows}


def _share(counts):
    return 100 * counts["in_time"] / counts["due"] if counts["due"] else None


def _assignment_rows(counts, **group):
    return [
        Figure("assignments_done", _("Assignments done"), counts["done"], ASSIGNMENTS_SECTION, public=True, **group),
        Figure(
            "assignment_hours",
            _("Hours worked in them"),
            counts["hours"],
            ASSIGNMENTS_SECTION,
            unit=HOURS,
            public=True,
            sample_size=counts["done"],
            too_few=_("too few assignments to show"),
            **group,
        ),
        Figure(
            "assignment_attendance",
            _("People taking part in them"),
            counts["attendance"],
            ASSIGNMENTS_SECTION,
            public=True,
            **group,
        ),
        Figure("orders", _("Orders received"), counts["orders"], ASSIGNMENTS_SECTION, public=True, **group),
        Figure(
            "orders_in_time",
            _("Orders whose orderer was told who is coming by the due date"),
            counts["in_time"],
            ASSIGNMENTS_SECTION,
            **group,
        ),
        Figure(
            "orders_in_time_share",
            _("Orders answered in time"),
            _share(counts),
            ASSIGNMENTS_SECTION,
            unit=PERCENT,
            public=True,
            sample_size=counts["due"],
            too_few=_("too few orders to show"),
            **group,
        ),
    ]


def register_figures(period, now=None):
    """The register's rows for `period`: people by role and language, assignments and orders in total and per
    area."""
    people = people_counts(period)
    rows = [Figure("register_people", _("People in the register"), people["people"], PEOPLE_SECTION, public=True)]
    for role, label in RegisterRole.choices:
        rows.append(
            Figure(
                f"register_role_{role}",
                label,
                people[f"role_{role}"],
                PEOPLE_SECTION,
                public=True,
                part_of="register_people",
            )
        )
    for language, label in RegisterLanguage.choices:
        rows.append(
            Figure(
                f"register_language_{language}",
                first_upper(label),  # "suomi" in the catalog, as inside a sentence; here it starts a row
                people[f"language_{language}"],
                LANGUAGES_SECTION,
                public=True,
                part_of="register_people",
            )
        )
    by_area = assignment_counts(period, now=now)
    totals = {key: sum(counts[key] for counts in by_area.values()) for key in ASSIGNMENT_COUNTS}
    rows += _assignment_rows(totals)
    for area, counts in by_area.items():
        rows += [row for row in _assignment_rows(counts, by=BY_AREA, group=area) if row.key in BREAKDOWN_KEYS]
    return rows
