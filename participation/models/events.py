"""Events: partnership tables, developer cafés, panel meetings and other occasions to take part."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from forms_engine.pages import FormPageMixin
from participation.calendar import event_ics, event_json_ld
from participation.listing import ListingFilter, pages_filter
from participation.models.base import IndexPage, TaggedPage
from participation.models.taxonomy import area_filter, target_group_filter
from portal.blocks import RICH_TEXT_FEATURES, BodyBlock


class EventQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at")

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at")


class EventPage(RoutablePageMixin, FormPageMixin, TaggedPage):
    """One event with its time, place, venue accessibility and, afterwards, attendance by role."""

    starts_at = models.DateTimeField(_("starts"), help_text=_("Finnish time."))
    ends_at = models.DateTimeField(_("ends"), help_text=_("Finnish time."))
    venue = models.TextField(
        _("venue"), blank=True, help_text=_("Name and street address. Leave empty if online only.")
    )
    online_link = models.URLField(_("online link"), blank=True)
    venue_accessibility = RichTextField(
        _("accessibility of the venue"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Step-free access, induction loop, accessible toilet, parking, public transport."),
    )
    channel = models.ForeignKey(
        "participation.ChannelPage",
        verbose_name=_("channel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = TaggedPage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("venue"),
                FieldPanel("online_link"),
                FieldPanel("venue_accessibility"),
            ],
            heading=_("Time and place"),
        ),
        PageChooserPanel("channel", "participation.ChannelPage"),
        FieldPanel("capacity"),
        FieldPanel("body"),
        *TaggedPage.taxonomy_panels,
        InlinePanel(
            "attendance",
            heading=_("Attendance"),
            label=_("Participants by role"),
            help_text=_("Recorded by the organiser after the event, for the statistics."),
        ),
        *FormPageMixin.form_panels,
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("venue"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
    ]

    api_fields = TaggedPage.api_fields + [
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("venue"),
        APIField("online_link"),
        APIField("capacity"),
    ]

    parent_page_types = ["participation.EventIndexPage"]
    subpage_types = []

    resident_label = pgettext_lazy("page type", "Event")

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The event must end after it starts.")})

    @property
    def venue_name(self):
        return next((line.strip() for line in self.venue.splitlines() if line.strip()), "")

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = event_json_ld(self, request)
        return context

    def feed_facts(self):
        from portal.templatetags.portal_tags import time_span  # template tags load Wagtail's models

        place = self.venue_name or (_("Online") if self.online_link else "")
        return [time_span(self.starts_at, self.ends_at), *([place] if place else [])]

    def form_refusal(self):
        if self.is_past:
            return _("This event has already taken place, so registration is closed.")
        return None

    def submission_capacity(self):
        return self.capacity

    def registration_facts(self):
        """The event's time and place for the registration's receipt, email and status page."""
        from portal.templatetags.portal_tags import time_span  # template tags load Wagtail's models

        facts = [(_("When"), time_span(self.starts_at, self.ends_at))]
        venue = ", ".join(line.strip() for line in self.venue.splitlines() if line.strip())
        if venue:
            facts.append((_("Where"), venue))
        if self.online_link:
            facts.append((_("Online"), self.online_link))
        return facts

    def calendar_path(self):
        url = self.get_url()
        return url + self.reverse_subpage("ics") if url else ""

    def calendar_url(self):
        url = self.get_full_url()
        return url + self.reverse_subpage("ics") if url else ""

    @path("")
    def index_route(self, request, *args, **kwargs):
        # The event page itself is the registration form.
        return self.serve_form(request, *args, **kwargs)

    @path("kalenteri/", name="ics")
    def ics(self, request):
        response = HttpResponse(event_ics(self, request), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response


class AttendanceRole(models.TextChoices):
    RESIDENTS = "residents", _("Residents and clients")
    EXPERTS_BY_EXPERIENCE = "experts_by_experience", _("Experts by experience")
    ORGANISATIONS = "organisations", _("Organisation representatives")
    PROFESSIONALS = "professionals", _("Professionals")


class EventAttendance(Orderable):
    """How many took part in one role, recorded after the event."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="attendance")
    role = models.CharField(_("role"), max_length=32, choices=AttendanceRole.choices)
    count = models.PositiveIntegerField(_("number of participants"))

    panels = [FieldPanel("role"), FieldPanel("count")]

    class Meta(Orderable.Meta):
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [models.UniqueConstraint(fields=["page", "role"], name="unique_attendance_role_per_event")]


# The subscribable calendar keeps events this many days after they end (EventIndexPage.calendar).
CALENDAR_DAYS_BACK = 30


class EventIndexPage(IndexPage):
    """Tapahtumat: upcoming events first; past events with a filter."""

    subpage_types = ["participation.EventPage"]
    child_model = EventPage
    ordering = ["starts_at"]
    has_calendar = True

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def listing_filters(self):
        now = timezone.now()
        when = ListingFilter(
            "tila",
            _("When"),
            [
                ("upcoming", _("Upcoming"), models.Q(ends_at__gte=now)),
                ("past", _("Past"), models.Q(ends_at__lt=now)),
            ],
            default="upcoming",
        )
        channels = EventPage._meta.get_field("channel").related_model
        return [
            when,
            target_group_filter(self.content_locale_id),
            area_filter(self.content_locale_id),
            pages_filter("kanava", _("Channel"), channels, "channel", self.content_locale_id),
        ]

    def listing_queryset(self, filters):
        past = filters[0].selected == "past"
        return super().listing_queryset(filters).order_by("-starts_at" if past else "starts_at")

    def count_label(self, count):
        return ngettext("%(count)d event", "%(count)d events", count) % {"count": count}

    @path("kalenteri/", name="calendar")
    def calendar(self, request):
        """The listed events, with the listing's filters, as a calendar to subscribe to (participation.feeds).

        At the listing's default (upcoming events) the calendar also keeps the events that ended in the last
        CALENDAR_DAYS_BACK days: a calendar app drops what its subscription no longer carries, and a subscriber
        should still find last week's event in their calendar.
        """
        from participation.feeds import calendar_response  # the view, only for this sub-view (see IndexPage.feed)

        filters = self.bound_filters(request)
        when, others = filters[0], filters[1:]
        events = self.listing_queryset(filters)
        if when.selected == when.default:
            events = events.filter(ends_at__gte=timezone.now() - datetime.timedelta(days=CALENDAR_DAYS_BACK))
        else:
            events = when.apply(events)
        for listing_filter in others:
            events = listing_filter.apply(events)
        # The locale is in each event's UID and URL.
        events = events.select_related("locale").order_by("starts_at", "pk")
        return calendar_response(self, events, request, filters)
