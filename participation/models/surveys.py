"""Surveys (kyselyt) whose results come back to the residents who answered them (issue 14, item 4)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from forms_engine.models import StatisticsKind
from forms_engine.pages import FormPageMixin
from participation.models.base import TaggedPage
from participation.surveys import published_results
from portal.blocks import RICH_TEXT_FEATURES

# The optional "tell me when the results are out" box the survey adds to its form. Its answer is kept in the
# submission's answers (so it is exported, and erased with the submission) under this name.
RESULTS_WANTED = "ov_results_wanted"
RESULTS_ANNOUNCEMENT = "survey_results"


class SurveyPhase(models.TextChoices):
    UPCOMING = "upcoming", pgettext_lazy("survey", "Opening soon")
    OPEN = "open", pgettext_lazy("survey", "Open")
    CLOSED = "closed", pgettext_lazy("survey", "Closed")


class SurveyPage(FormPageMixin, TaggedPage):
    """Kysely: a survey open for answers between two times; after it closes, the counts of its choice questions
    and what the coordinators learned from them, once the editor publishes them.

    Its answers from the Finnish, Swedish and English pages count together (`forms_engine.summaries`); groups of
    fewer than five are hidden (`participation.surveys`). Free-text answers are never published.
    """

    intro = models.TextField(_("introduction"), blank=True)
    opens_at = models.DateTimeField(_("survey opens"), help_text=_("Finnish time."))
    closes_at = models.DateTimeField(_("survey closes"), help_text=_("Finnish time."))
    publish_results = models.BooleanField(
        _("publish results"),
        default=False,
        help_text=_(
            "Show the counts of the choice questions and what we learned on this page once the survey has closed. "
            "Those who asked are told by email when the results are shown. Free-text answers are never shown."
        ),
    )
    results_text = RichTextField(
        _("what we learned and what we will do"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("A short account, published with the results."),
    )

    content_panels = TaggedPage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])], heading=_("Answering period")
        ),
        MultiFieldPanel([FieldPanel("publish_results"), FieldPanel("results_text")], heading=_("Results")),
        *TaggedPage.taxonomy_panels,
        *FormPageMixin.no_reply_form_panels,  # no handling time: nobody replies to a survey answer
    ]
    search_fields = TaggedPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("results_text"),
        index.FilterField("closes_at"),
    ]

    # On the home page, or a channel's own survey (the family centre asking its clients).
    parent_page_types = ["portal.HomePage", "participation.ChannelPage"]
    subpage_types = []
    statistics_kind = StatisticsKind.SURVEY
    # Nobody answers a survey answer one by one: saved closed with no due date, no email to coordinators per
    # answer, a receipt that promises no reply, left out of the answer-time figures (forms_engine's FormPageBase).
    answers_need_reply = False

    resident_label = pgettext_lazy("page type", "Survey")

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("A survey must close after it opens.")})

    def phase_at(self, now):
        if now < self.opens_at:
            return SurveyPhase.UPCOMING
        if now < self.closes_at:
            return SurveyPhase.OPEN
        return SurveyPhase.CLOSED

    @property
    def phase(self):
        return self.phase_at(timezone.now())

    def results_public_at(self, now):
        """Results are shown only after closing, and only when the editor has ticked "publish results"."""
        return self.publish_results and self.phase_at(now) == SurveyPhase.CLOSED

    @property
    def results_public(self):
        return self.results_public_at(timezone.now())

    def next_change(self, now=None):
        """When what the page shows changes by the clock (it opens or closes), or None: cached pages expire then."""
        now = now or timezone.now()
        return next((moment for moment in (self.opens_at, self.closes_at) if moment and moment > now), None)

    def form_refusal(self):
        phase = self.phase
        if phase == SurveyPhase.UPCOMING:
            return _("This survey is not open yet. You can answer once it opens.")
        if phase == SurveyPhase.CLOSED:
            return _("This survey has closed, so answers are no longer accepted.")
        return None

    # The form: the editor's questions and the optional "tell me when the results are out".

    RESULTS_WANTED_LABEL = _("Tell me by email when the results are out (optional)")
    RESULTS_WANTED_HINT = _("We send one email to the address you gave above, and nothing else.")
    NEEDS_EMAIL = _("Give your email address above, or untick the box: we need it to tell you.")

    def email_field_name(self):
        return next((field.clean_name for field in self.get_form_fields() if field.field_type == "email"), None)

    def extended_form_class(self, base):
        """The editor's form with the results box, which appears only when the form asks for an email address."""
        email_name = self.email_field_name()
        if email_name is None:
            return base
        page = self

        def clean(form):
            cleaned_data = super(form_class, form).clean()
            if cleaned_data.get(RESULTS_WANTED) and not cleaned_data.get(email_name) and email_name not in form.errors:
                form.add_error(RESULTS_WANTED, forms.ValidationError(page.NEEDS_EMAIL, code="needs_email"))
            return cleaned_data

        form_class = type(
            base.__name__,
            (base,),
            {
                RESULTS_WANTED: forms.BooleanField(
                    label=self.RESULTS_WANTED_LABEL, help_text=self.RESULTS_WANTED_HINT, required=False
                ),
                "clean": clean,
            },
        )
        return form_class

    def get_data_fields(self):
        return super().get_data_fields() + [(RESULTS_WANTED, _("Wants to hear of the results"))]

    # Serving: the results, and a cache that expires when the survey opens or closes.

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["results"] = published_results(self) if self.results_public else None
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        change = self.next_change()
        if change is not None:
            response.page_cache_until = change  # portal.page_cache keeps the page no longer than this
        return response
