"""Participation channels: networks, panels, councils and other ways to take part."""

from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from forms_engine.pages import FormPageMixin
from participation.api import choice_fields
from participation.listing import choices_filter
from participation.models.base import IndexPage, TaggedPage, bounded
from participation.models.events import EventIndexPage, EventPage
from participation.models.open_calls import OpenCallIndexPage, OpenCallPage
from participation.models.taxonomy import ChannelKind, ParticipationLevel, area_filter, target_group_filter
from portal.blocks import RICH_TEXT_FEATURES, BodyBlock
from portal.queries import visible


class ChannelPage(FormPageMixin, TaggedPage):
    """One channel: who can join, how, how often it meets, and its open calls and upcoming events."""

    kind = models.CharField(_("kind"), max_length=32, choices=ChannelKind.choices)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    who_can_join = RichTextField(_("who can join"), features=RICH_TEXT_FEATURES, blank=True)
    how_to_join = RichTextField(_("how to join"), features=RICH_TEXT_FEATURES, blank=True)
    meeting_rhythm = models.CharField(
        _("meeting rhythm"), max_length=255, blank=True, help_text=_("For example: about six times a year.")
    )
    participation_level = models.CharField(
        _("participation level"), max_length=32, choices=ParticipationLevel.choices, blank=True
    )
    member_organisations = models.TextField(
        _("member organisations"), blank=True, help_text=_("For networks: one organisation a line.")
    )
    open_for_new_members = models.BooleanField(_("open for new members"), default=True)
    contact_name = models.CharField(_("coordinator's name"), max_length=255, blank=True)
    contact_title = models.CharField(_("coordinator's title"), max_length=255, blank=True)
    contact_email = models.EmailField(_("coordinator's email"), blank=True)
    contact_phone = models.CharField(_("coordinator's phone"), max_length=64, blank=True)

    content_panels = TaggedPage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("who_can_join"),
                FieldPanel("how_to_join"),
                FieldPanel("open_for_new_members"),
                FieldPanel("meeting_rhythm"),
                FieldPanel("participation_level"),
            ],
            heading=_("Taking part"),
        ),
        *TaggedPage.taxonomy_panels,
        FieldPanel("member_organisations"),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_title"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Coordinator contact"),
        ),
        *FormPageMixin.form_panels,
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("who_can_join"),
        index.SearchField("how_to_join"),
        index.SearchField("member_organisations"),
        index.FilterField("kind"),
    ]

    api_fields = TaggedPage.api_fields + [
        *choice_fields("kind"),
        *choice_fields("participation_level"),
        APIField("open_for_new_members"),
        APIField("meeting_rhythm"),
    ]

    parent_page_types = ["participation.ChannelIndexPage"]
    # The channel's own feedback (e.g. children's "Kerro meille") and its own surveys.
    subpage_types = ["participation.FeedbackFormPage", "participation.SurveyPage"]

    resident_label = pgettext_lazy("page type", "Way to take part")

    class Meta:
        verbose_name = _("channel")
        verbose_name_plural = _("channels")

    def feed_facts(self):
        return [self.get_kind_display()]

    @property
    def member_organisation_list(self):
        return [line.strip() for line in self.member_organisations.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # An alias (an untranslated page in a Sámi language) shows the Finnish channel, which its language's open
        # calls and events (aliases too) name.
        mine = {"channel_id": self.alias_of_id or self.pk, "locale_id": self.locale_id}
        open_calls = visible(OpenCallPage.objects.filter(**mine, closes_at__gte=timezone.now())).order_by("opens_at")
        context["open_calls"], context["more_open_calls_url"] = bounded(
            open_calls, request, OpenCallIndexPage, self.locale_id, "kanava", self.slug
        )
        events = visible(EventPage.objects.filter(**mine)).upcoming()
        context["upcoming_events"], context["more_events_url"] = bounded(
            events, request, EventIndexPage, self.locale_id, "kanava", self.slug
        )
        # The channel's own pages (a children's "Kerro meille"): fetched only when the page's fragment is rendered.
        context["channel_pages"] = SimpleLazyObject(lambda: list(visible(self.get_children()).specific()))
        return context


class ChannelIndexPage(IndexPage):
    """Osallistumisen kanavat: every channel, filterable by target group, area and kind."""

    subpage_types = ["participation.ChannelPage"]
    child_model = ChannelPage

    class Meta:
        verbose_name = _("channel index page")
        verbose_name_plural = _("channel index pages")

    def listing_filters(self):
        return [
            target_group_filter(self.content_locale_id),
            area_filter(self.content_locale_id),
            choices_filter("tyyppi", _("Kind"), ChannelKind.choices, "kind"),
        ]

    def count_label(self, count):
        return ngettext("%(count)d channel", "%(count)d channels", count) % {"count": count}
