"""Reporting periods: a month, a quarter, a year or a custom range of days, in Finnish time.

A period is a half-open range of calendar days [start, end) in Europe/Helsinki. Date fields (a follow-up's
`raised_on`) are compared with the days; date-time fields (an event's `starts_at`) with local midnight of those
days, so an event at 23:30 Finnish time on 31 January belongs to January although it is 21:30 UTC.
"""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

TIME_ZONE = ZoneInfo("Europe/Helsinki")

MONTH = "month"
QUARTER = "quarter"
YEAR = "year"
CUSTOM = "custom"
LAST_12_MONTHS = "last_12_months"

KIND_CHOICES = [
    (MONTH, _("Month")),
    (QUARTER, _("Quarter")),
    (YEAR, _("Year")),
    (CUSTOM, _("Custom range")),
]

# The longest custom range the report accepts; a longer one is refused with a message, not a slow query.
MAX_CUSTOM_DAYS = 366 * 10
FIRST_YEAR, LAST_YEAR = 2000, 2100


def local_today():
    return timezone.now().astimezone(TIME_ZONE).date()


def _add_months(day, months):
    """The first day of the month `months` after the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """Days from `start` (inclusive) to `end` (exclusive), in Finnish time."""

    start: datetime.date
    end: datetime.date
    kind: str = CUSTOM

    @classmethod
    def month(cls, year, month):
        start = datetime.date(year, month, 1)
        return cls(start, _add_months(start, 1), MONTH)

    @classmethod
    def quarter(cls, year, quarter):
        start = datetime.date(year, 3 * (quarter - 1) + 1, 1)
        return cls(start, _add_months(start, 3), QUARTER)

    @classmethod
    def year(cls, year):
        return cls(datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1), YEAR)

    @classmethod
    def custom(cls, first_day, last_day):
        """From `first_day` to `last_day`, both included."""
        return cls(first_day, last_day + datetime.timedelta(days=1), CUSTOM)

    @classmethod
    def last_12_months(cls, today=None):
        """The twelve months up to and including today: from the same day a year ago, exclusive."""
        today = today or local_today()
        end = today + datetime.timedelta(days=1)
        return cls(_year_before(end), end, LAST_12_MONTHS)

    @property
    def start_at(self):
        """Local midnight at the start of the first day, as an aware date-time."""
        return datetime.datetime.combine(self.start, datetime.time.min, tzinfo=TIME_ZONE)

    @property
    def end_at(self):
        return datetime.datetime.combine(self.end, datetime.time.min, tzinfo=TIME_ZONE)

    @property
    def last_day(self):
        return self.end - datetime.timedelta(days=1)

    @property
    def label(self):
        if self.kind == MONTH:
            return date_format(self.start, "F Y").capitalize()
        if self.kind == QUARTER:
            return _("Q%(quarter)d %(year)d") % {"quarter": (self.start.month - 1) // 3 + 1, "year": self.start.year}
        if self.kind == YEAR:
            return str(self.start.year)
        return f"{date_format(self.start, 'SHORT_DATE_FORMAT')}–{date_format(self.last_day, 'SHORT_DATE_FORMAT')}"

    @property
    def slug(self):
        """A short name for file names: 2026-01, 2026-q1, 2026 or 2026-01-01_2026-03-15."""
        if self.kind == MONTH:
            return self.start.strftime("%Y-%m")
        if self.kind == QUARTER:
            return f"{self.start.year}-q{(self.start.month - 1) // 3 + 1}"
        if self.kind == YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}_{self.last_day.isoformat()}"


def _year_before(day):
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


class PeriodForm(forms.Form):
    """The report's period selector: plain GET parameters, so it works without JavaScript."""

    kind = forms.ChoiceField(label=_("Period"), choices=KIND_CHOICES, required=False)
    year = forms.IntegerField(label=_("Year"), min_value=FIRST_YEAR, max_value=LAST_YEAR, required=False)
    month = forms.TypedChoiceField(label=_("Month"), coerce=int, required=False)
    quarter = forms.TypedChoiceField(
        label=_("Quarter"), coerce=int, required=False, choices=[(number, str(number)) for number in range(1, 5)]
    )
    # A date input's value must be ISO 8601 whatever the language's own date format.
    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput({"type": "date"}, "%Y-%m-%d"))
    end = forms.DateField(
        label=_("To (inclusive)"), required=False, widget=forms.DateInput({"type": "date"}, "%Y-%m-%d")
    )

    def __init__(self, data=None, today=None, **kwargs):
        self.today = today or local_today()
        quarter = (self.today.month - 1) // 3 + 1
        kwargs.setdefault(
            "initial", {"kind": YEAR, "year": self.today.year, "month": self.today.month, "quarter": quarter}
        )
        super().__init__(data, **kwargs)
        # Month names are translated when the form is built, in the user's language.
        self.fields["month"].choices = [
            (number, date_format(datetime.date(2000, number, 1), "F").capitalize()) for number in range(1, 13)
        ]

    def clean(self):
        data = super().clean()
        kind = data.get("kind") or YEAR
        data["kind"] = kind
        data["year"] = data.get("year") or self.today.year
        if kind == CUSTOM:
            start, end = data.get("start"), data.get("end")
            if not start or not end:
                raise forms.ValidationError(_("Give both the first and the last day of the range."))
            if start.year < FIRST_YEAR:
                self.add_error("start", _("Give a day in %(year)d or later.") % {"year": FIRST_YEAR})
            elif end.year > LAST_YEAR:
                self.add_error("end", _("Give a day in %(year)d or earlier.") % {"year": LAST_YEAR})
            elif end < start:
                self.add_error("end", _("The last day must not be before the first day."))
            elif (end - start).days > MAX_CUSTOM_DAYS:
                self.add_error("end", _("The range can be at most ten years."))
        return data

    def period(self):
        """The chosen period; the current year when the form is empty or invalid."""
        if not self.is_bound or not self.is_valid():
            return Period.year(self.today.year)
        data = self.cleaned_data
        kind, year = data["kind"], data["year"]
        if kind == MONTH:
            return Period.month(year, data.get("month") or self.today.month)
        if kind == QUARTER:
            return Period.quarter(year, data.get("quarter") or (self.today.month - 1) // 3 + 1)
        if kind == CUSTOM:
            return Period.custom(data["start"], data["end"])
        return Period.year(year)
