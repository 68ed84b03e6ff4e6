"""Open calls to join a client panel, developer-client group or other channel."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext, pgettext_lazy
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from forms_engine.models import StatisticsKind
from forms_engine.pages import FormPageMixin
from participation.api import LabelField
from participation.listing import ListingFilter, pages_filter
from participation.models.base import IndexPage, TaggedPage
from participation.models.taxonomy import area_filter, target_group_filter
from portal.blocks import RICH_TEXT_FEATURES


class OpenCallStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Opening soon")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


def status_condition(status, now=None):
    """The condition for calls in `status` at `now`: status is derived from the dates, never stored."""
    now = now or timezone.now()
    return {
        OpenCallStatus.UPCOMING: Q(opens_at__gt=now),
        OpenCallStatus.OPEN: Q(opens_at__lte=now, closes_at__gt=now),
        OpenCallStatus.CLOSED: Q(closes_at__lte=now),
    }[status]


class OpenCallQuerySet(PageQuerySet):
    def with_status(self, status, now=None):
        return self.filter(status_condition(status, now))


class OpenCallPage(FormPageMixin, TaggedPage):
    """An open call: who can apply, what the task is, what is offered, and the application period."""

    channel = models.ForeignKey(
        "participation.ChannelPage",
        verbose_name=_("channel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="open_calls",
        help_text=_("The channel this call recruits for."),
    )
    opens_at = models.DateTimeField(_("applications open"), help_text=_("Finnish time."))
    closes_at = models.DateTimeField(_("applications close"), help_text=_("Finnish time."))
    places = models.PositiveIntegerField(_("number of places"), null=True, blank=True)
    who_can_apply = RichTextField(_("who can apply"), features=RICH_TEXT_FEATURES, blank=True)
    tasks_and_commitment = RichTextField(_("tasks and time commitment"), features=RICH_TEXT_FEATURES, blank=True)
    compensation = RichTextField(
        _("compensation"), features=RICH_TEXT_FEATURES, blank=True, help_text=_("Fees and travel costs.")
    )
    orientation = RichTextField(_("orientation and training"), features=RICH_TEXT_FEATURES, blank=True)
    agreement_terms = RichTextField(
        _("agreement"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("The developer-client agreement: task, rules, confidentiality and support."),
    )
    selection_process = RichTextField(_("selection process"), features=RICH_TEXT_FEATURES, blank=True)

    objects = PageManager.from_queryset(OpenCallQuerySet)()

    content_panels = TaggedPage.content_panels + [
        PageChooserPanel("channel", "participation.ChannelPage"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]), FieldPanel("places")],
            heading=_("Application period"),
        ),
        FieldPanel("who_can_apply"),
        FieldPanel("tasks_and_commitment"),
        FieldPanel("compensation"),
        FieldPanel("orientation"),
        FieldPanel("agreement_terms"),
        FieldPanel("selection_process"),
        *TaggedPage.taxonomy_panels,
        *FormPageMixin.form_panels,
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("who_can_apply"),
        index.SearchField("tasks_and_commitment"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]

    api_fields = TaggedPage.api_fields + [
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("places"),
        # Derived from the dates at the time of the request: upcoming, open or closed.
        APIField("status", serializer=serializers.CharField()),
        APIField("status_label", serializer=LabelField(source="status.label")),
    ]

    parent_page_types = ["participation.OpenCallIndexPage"]
    subpage_types = []
    statistics_kind = StatisticsKind.APPLICATION

    resident_label = pgettext_lazy("page type", "Open call")

    class Meta:
        verbose_name = _("open call")
        verbose_name_plural = _("open calls")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Applications must close after they open.")})

    def status_at(self, now):
        if now < self.opens_at:
            return OpenCallStatus.UPCOMING
        if now < self.closes_at:
            return OpenCallStatus.OPEN
        return OpenCallStatus.CLOSED

    @property
    def status(self):
        return self.status_at(timezone.now())

    @property
    def is_open(self):
        return self.status == OpenCallStatus.OPEN

    def feed_facts(self):
        from portal.templatetags.portal_tags import weekday_datetime  # template tags load Wagtail's models

        closes = pgettext("open call", "Closed") if self.status == OpenCallStatus.CLOSED else _("Closes")
        return [str(self.status.label), f"{closes} {weekday_datetime(self.closes_at)}"]

    def form_refusal(self):
        if self.status == OpenCallStatus.UPCOMING:
            return _("Applications are not open yet. You can apply once the application period starts.")
        if self.status == OpenCallStatus.CLOSED:
            return _("This call has closed, so applications are no longer accepted.")
        return None


class OpenCallIndexPage(IndexPage):
    """Avoimet haut: open calls, filterable by status, target group and area; open ones first."""

    subpage_types = ["participation.OpenCallPage"]
    child_model = OpenCallPage
    ordering = ["-closes_at"]

    class Meta:
        verbose_name = _("open call index page")
        verbose_name_plural = _("open call index pages")

    def listing_queryset(self, filters):
        now = timezone.now()
        # Open calls first (closing soonest first), then upcoming, then closed ones, newest first.
        return (
            super()
            .listing_queryset(filters)
            .annotate(
                status_rank=models.Case(
                    models.When(status_condition(OpenCallStatus.OPEN, now), then=0),
                    models.When(status_condition(OpenCallStatus.UPCOMING, now), then=1),
                    default=2,
                )
            )
            .order_by("status_rank", "closes_at")
        )

    def listing_filters(self):
        now = timezone.now()
        status_filter = ListingFilter(
            "tila",
            _("Status"),
            [(status.value, status.label, status_condition(status, now)) for status in OpenCallStatus],
        )
        channels = OpenCallPage._meta.get_field("channel").related_model
        return [
            status_filter,
            target_group_filter(self.content_locale_id),
            area_filter(self.content_locale_id),
            pages_filter("kanava", _("Channel"), channels, "channel", self.content_locale_id),
        ]

    def count_label(self, count):
        return ngettext("%(count)d open call", "%(count)d open calls", count) % {"count": count}
