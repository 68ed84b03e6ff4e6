"""Decision follow-up: what happened to what residents raised ("mitä palautteellenne tapahtui")."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from participation.api import choice_fields
from participation.listing import choices_filter, pages_filter
from participation.models.base import IndexPage, TaggedPage
from participation.models.taxonomy import target_group_filter
from portal.blocks import RICH_TEXT_FEATURES


class FollowUpStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PREPARATION = "in_preparation", _("In preparation")
    DECIDED = "decided", _("Decided")
    IMPLEMENTED = "implemented", _("Implemented")
    NOT_TAKEN_FORWARD = "not_taken_forward", _("Not taken forward")


class OriginKind(models.TextChoices):
    CHANNEL = "channel", _("A participation channel")
    EVENT = "event", _("An event")
    FEEDBACK = "feedback", _("Feedback or an idea")


class FollowUpPage(TaggedPage):
    """A matter raised, its current status, and a dated timeline of what has happened to it.

    The current status is always the status of the latest timeline entry; it is kept on the page so that
    listings and statistics can filter by it.
    """

    matter = RichTextField(_("the matter raised"), features=RICH_TEXT_FEATURES)
    origin_kind = models.CharField(_("where it came from"), max_length=16, choices=OriginKind.choices)
    origin_description = models.CharField(
        _("origin in more detail"), max_length=255, blank=True, help_text=_("For example the channel or event.")
    )
    raised_on = models.DateField(_("raised on"))
    status = models.CharField(
        _("current status"),
        max_length=32,
        choices=FollowUpStatus.choices,
        default=FollowUpStatus.RECEIVED,
        editable=False,
    )
    reason_not_taken_forward = models.TextField(
        _("why it was not taken forward"), blank=True, help_text=_("Required when the matter is not taken forward.")
    )
    responsible = models.CharField(_("who is responsible"), max_length=255, blank=True)
    what_changed = RichTextField(_("what changed"), features=RICH_TEXT_FEATURES, blank=True)
    channels = ParentalManyToManyField(
        "participation.ChannelPage", blank=True, related_name="follow_ups", verbose_name=_("related channels")
    )
    methods = ParentalManyToManyField(
        "participation.MethodPage", blank=True, related_name="follow_ups", verbose_name=_("methods used")
    )

    content_panels = TaggedPage.content_panels + [
        FieldPanel("matter"),
        MultiFieldPanel(
            [FieldPanel("origin_kind"), FieldPanel("origin_description"), FieldPanel("raised_on")],
            heading=_("Origin"),
        ),
        InlinePanel("timeline_entries", heading=_("Status timeline"), label=_("Status entry"), min_num=1),
        FieldPanel("reason_not_taken_forward"),
        FieldPanel("responsible"),
        FieldPanel("what_changed"),
        FieldPanel("channels"),
        FieldPanel("methods"),
        *TaggedPage.taxonomy_panels,
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("matter"),
        index.SearchField("what_changed"),
        index.SearchField("reason_not_taken_forward"),
        index.FilterField("status"),
    ]

    api_fields = TaggedPage.api_fields + [
        APIField("raised_on"),
        *choice_fields("status"),
        *choice_fields("origin_kind"),
        APIField("responsible"),
    ]

    parent_page_types = ["participation.FollowUpIndexPage"]
    subpage_types = []
    # Residents may subscribe to its status changes (forms_engine's subscriptions; participation.follow_ups).
    accepts_subscriptions = True

    resident_label = pgettext_lazy("page type", "Decision follow-up")

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")

    def feed_facts(self):
        return [f"{_('Status')}: {self.get_status_display()}"]

    def latest_entry(self):
        entries = sorted(self.timeline_entries.all(), key=lambda entry: (entry.date, entry.sort_order or 0))
        return entries[-1] if entries else None

    def clean(self):
        super().clean()
        latest = self.latest_entry()
        if latest and latest.status == FollowUpStatus.NOT_TAKEN_FORWARD and not self.reason_not_taken_forward.strip():
            raise ValidationError({"reason_not_taken_forward": _("Tell why the matter was not taken forward.")})

    def save(self, *args, **kwargs):
        latest = self.latest_entry()
        if latest is not None:
            self.status = latest.status
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        # Publishing a revision restores the page from JSON; the status follows the restored timeline.
        page = super().with_content_json(content)
        latest = page.latest_entry()
        if latest is not None:
            page.status = latest.status
        return page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["timeline"] = SimpleLazyObject(  # not fetched when the fragment showing it is kept
            lambda: sorted(self.timeline_entries.all(), key=lambda entry: (entry.date, entry.sort_order or 0))
        )
        return context


class FollowUpStatusEntry(Orderable):
    """One dated step in a matter's progress, with a note and an optional link to the decision."""

    page = ParentalKey(FollowUpPage, on_delete=models.CASCADE, related_name="timeline_entries")
    date = models.DateField(_("date"))
    status = models.CharField(_("status"), max_length=32, choices=FollowUpStatus.choices)
    note = models.TextField(_("note"))
    decision_link = models.URLField(_("link to the decision"), blank=True)

    panels = [FieldPanel("date"), FieldPanel("status"), FieldPanel("note"), FieldPanel("decision_link")]

    class Meta(Orderable.Meta):
        verbose_name = _("status entry")
        verbose_name_plural = _("status entries")


class FollowUpIndexPage(IndexPage):
    """Päätösten seuranta: matters raised, filterable by status and target group; latest first."""

    subpage_types = ["participation.FollowUpPage"]
    child_model = FollowUpPage
    ordering = ["-raised_on", "title"]

    class Meta:
        verbose_name = _("follow-up index page")
        verbose_name_plural = _("follow-up index pages")

    def listing_filters(self):
        methods = FollowUpPage._meta.get_field("methods").related_model
        return [
            choices_filter("tila", _("Status"), FollowUpStatus.choices, "status"),
            target_group_filter(self.content_locale_id),
            pages_filter("menetelma", _("Method"), methods, "methods", self.content_locale_id),
        ]

    def count_label(self, count):
        return ngettext("%(count)d matter", "%(count)d matters", count) % {"count": count}
