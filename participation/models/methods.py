"""The method library: participation methods professionals can use, step by step."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from forms_engine.pages import FormPageMixin
from participation.api import choice_fields
from participation.listing import ListingFilter, choices_filter
from participation.models.base import IndexPage, TaggedPage, bounded
from participation.models.follow_ups import FollowUpIndexPage
from participation.models.taxonomy import ParticipationLevel, target_group_filter
from portal.blocks import RICH_TEXT_FEATURES
from portal.queries import visible


class MethodPhase(models.TextChoices):
    """When in the life of a service a method is used."""

    PLAN = "plan", _("Planning")
    DEVELOP = "develop", _("Development")
    EVALUATE = "evaluate", _("Evaluation")
    DECIDE = "decide", _("Decision-making")


PHASE_FIELDS = {
    MethodPhase.PLAN: "for_planning",
    MethodPhase.DEVELOP: "for_development",
    MethodPhase.EVALUATE: "for_evaluation",
    MethodPhase.DECIDE: "for_decision_making",
}


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("What to do"))

    class Meta:
        icon = "list-ol"
        label = _("Step")


class MethodPage(FormPageMixin, TaggedPage):
    """One method: its purpose, when to use it, what it takes, and the steps to follow."""

    purpose = RichTextField(_("purpose"), features=RICH_TEXT_FEATURES, blank=True)
    for_planning = models.BooleanField(_("planning"), default=False)
    for_development = models.BooleanField(_("development"), default=False)
    for_evaluation = models.BooleanField(_("evaluation"), default=False)
    for_decision_making = models.BooleanField(_("decision-making"), default=False)
    participation_level = models.CharField(
        _("participation level"), max_length=32, choices=ParticipationLevel.choices, blank=True
    )
    group_size = models.CharField(_("group size"), max_length=255, blank=True)
    duration = models.CharField(_("duration"), max_length=255, blank=True)
    preparation_time = models.CharField(_("preparation time"), max_length=255, blank=True)
    materials = RichTextField(
        _("resources and materials"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What is needed, with links to documents and templates."),
    )
    steps = StreamField([("step", StepBlock())], blank=True, verbose_name=_("steps"))
    children_and_vulnerable = RichTextField(
        _("including children and people in vulnerable positions"), features=RICH_TEXT_FEATURES, blank=True
    )

    content_panels = TaggedPage.content_panels + [
        FieldPanel("purpose"),
        MultiFieldPanel(
            [FieldPanel(name) for name in PHASE_FIELDS.values()],
            heading=_("When to use it"),
        ),
        FieldPanel("participation_level"),
        MultiFieldPanel(
            [FieldPanel("group_size"), FieldPanel("duration"), FieldPanel("preparation_time"), FieldPanel("materials")],
            heading=_("What it takes"),
        ),
        FieldPanel("steps"),
        FieldPanel("children_and_vulnerable"),
        *TaggedPage.taxonomy_panels,
        InlinePanel("experts", heading=_("Method experts"), label=_("Expert")),
        *FormPageMixin.form_panels,
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("steps"),
        index.SearchField("children_and_vulnerable"),
        index.FilterField("participation_level"),
    ]

    api_fields = TaggedPage.api_fields + [
        *choice_fields("participation_level"),
        APIField("phases", serializer=serializers.ListField(child=serializers.CharField())),
        APIField("group_size"),
        APIField("duration"),
        APIField("preparation_time"),
    ]

    parent_page_types = ["participation.MethodLibraryPage"]
    subpage_types = []

    resident_label = pgettext_lazy("page type", "Method")

    class Meta:
        verbose_name = _("method")
        verbose_name_plural = _("methods")

    def feed_facts(self):
        if not self.participation_level:
            return []
        return [f"{_('Participation level')}: {self.get_participation_level_display()}"]

    @property
    def phases(self):
        return [phase for phase, field_name in PHASE_FIELDS.items() if getattr(self, field_name)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # An alias shows the Finnish method, which its language's follow-ups (aliases too) name.
        follow_ups = self.follow_ups.model.objects.filter(methods=self.alias_of_id or self.pk, locale_id=self.locale_id)
        follow_ups = visible(follow_ups).order_by("-raised_on", "title")
        context["follow_ups"], context["more_follow_ups_url"] = bounded(
            follow_ups, request, FollowUpIndexPage, self.locale_id, "menetelma", self.slug
        )
        return context


class MethodExpert(Orderable):
    """A person to ask about the method (the osaajapankki)."""

    page = ParentalKey(MethodPage, on_delete=models.CASCADE, related_name="experts")
    name = models.CharField(_("name"), max_length=255)
    title = models.CharField(_("title or organisation"), max_length=255, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)

    panels = [FieldPanel("name"), FieldPanel("title"), FieldPanel("email"), FieldPanel("phone")]

    class Meta(Orderable.Meta):
        verbose_name = _("method expert")
        verbose_name_plural = _("method experts")


class MethodLibraryPage(IndexPage):
    """Menetelmäkirjasto: methods, filterable by phase, participation level and target group."""

    subpage_types = ["participation.MethodPage"]
    child_model = MethodPage

    class Meta:
        verbose_name = _("method library")
        verbose_name_plural = _("method libraries")

    def listing_filters(self):
        phase_filter = ListingFilter(
            "vaihe",
            _("Phase"),
            [(phase.value, phase.label, models.Q(**{PHASE_FIELDS[phase]: True})) for phase in MethodPhase],
        )
        level_filter = choices_filter(
            "taso", _("Participation level"), ParticipationLevel.choices, "participation_level"
        )
        return [phase_filter, level_filter, target_group_filter(self.content_locale_id)]

    def count_label(self, count):
        return ngettext("%(count)d method", "%(count)d methods", count) % {"count": count}
