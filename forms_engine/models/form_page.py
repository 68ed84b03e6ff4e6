"""The form page's data: fields built by editors, routing and handling rules (`FormPageBase`).

The mixin builds on `wagtail.contrib.forms.FormMixin` but never sends mail while the resident waits: the
submission, its routing and its notification emails are written in one transaction (`forms_engine.submitting`)
and the mail goes out in the background (`forms_engine.notifications`).
"""

import os

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.template.loader import select_template
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractFormField, FormMixin
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from forms_engine import easy_fields
from forms_engine.attachments import DEFAULT_MAX_MB, FILE_FIELD_TYPE, max_upload_mb
from forms_engine.forms import PortalFormBuilder
from forms_engine.models.attachments import FileKindsField
from forms_engine.models.submissions import Place, Submission

# Wagtail's field types and the project's own, each made by `PortalFormBuilder.create_<type>_field`.
FIELD_TYPE_CHOICES = (
    FORM_FIELD_CHOICES + ((FILE_FIELD_TYPE, _("File (audio, video, image or PDF)")),) + easy_fields.FIELD_TYPE_CHOICES
)


class AutocompletePurpose(models.TextChoices):
    """What a field asks for, as an HTML `autocomplete` token (WCAG 2.2 SC 1.3.5), so browsers can fill it in."""

    NAME = "name", _("Name")
    EMAIL = "email", _("Email address")
    TEL = "tel", _("Phone number")
    STREET_ADDRESS = "street-address", _("Street address")
    POSTAL_CODE = "postal-code", _("Postal code")
    MUNICIPALITY = "address-level2", _("Municipality")
    ORGANIZATION = "organization", _("Organisation")
    BIRTHDAY = "bday", _("Date of birth")
    NONE = "off", _("Not the resident's own details")


class FormField(TranslatableMixin, AbstractFormField):
    """One field of a page's form. Labels and choices are translated; the stored name stays the same.

    Translatable (wagtail-localize) because it is a `TranslatableMixin` child of the page; its locale follows
    the page's. `autocomplete` says what the field asks for; left empty, it is guessed from the field's type
    and name (`forms_engine.forms.autocomplete_purpose`).
    """

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(_("field type"), max_length=16, choices=FIELD_TYPE_CHOICES)
    field_type.required_on_save = True  # as Wagtail's own: previews build the form from it
    autocomplete = models.CharField(
        _("autocomplete purpose"),
        max_length=32,
        blank=True,
        choices=AutocompletePurpose.choices,
        help_text=_(
            "What the field asks for, so that browsers can fill in the resident's own details. Leave empty to "
            "guess from the field type and name (email, name, phone, postal code, municipality)."
        ),
    )

    file_kinds = FileKindsField(
        _("kinds of file"),
        blank=True,
        help_text=_("For a file field: the kinds of file it takes. Files are checked by their content."),
    )
    file_max_mb = models.PositiveSmallIntegerField(
        _("largest file in megabytes"),
        default=DEFAULT_MAX_MB,
        validators=[MinValueValidator(1)],
        help_text=_("For a file field: the largest file it takes."),
    )

    panels = AbstractFormField.panels + [
        FieldPanel("autocomplete"),
        MultiFieldPanel([FieldPanel("file_kinds"), FieldPanel("file_max_mb")], heading=_("File field")),
    ]

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
        SynchronizedField("autocomplete"),
        SynchronizedField("file_kinds"),
        SynchronizedField("file_max_mb"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")

    def clean(self):
        super().clean()
        if self.field_type != FILE_FIELD_TYPE:
            return
        errors = {}
        if not self.file_kinds:
            errors["file_kinds"] = _("Choose at least one kind of file.")
        if self.file_max_mb and self.file_max_mb > max_upload_mb():
            errors["file_max_mb"] = _("A file can be at most %(max)s MB.") % {"max": max_upload_mb()}
        if errors:
            raise ValidationError(errors)


class RoutingRule(TranslatableMixin, Orderable):
    """Send a submission to another coordinator group when a field has a given value (e.g. area = Tampere)."""

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="form_routing_rules")
    field_name = models.CharField(
        _("field"), max_length=255, help_text=_("The field's name as in the export, for example 'alue'.")
    )
    value = models.CharField(_("value"), max_length=255, help_text=_("Matched without regard to case."))
    group = models.ForeignKey("auth.Group", verbose_name=_("coordinator group"), on_delete=models.CASCADE)

    panels = [FieldPanel("field_name"), FieldPanel("value"), FieldPanel("group")]

    translatable_fields = [
        SynchronizedField("field_name"),
        TranslatableField("value"),
        SynchronizedField("group"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")

    def matches(self, form_data):
        value = form_data.get(self.field_name)
        values = value if isinstance(value, list) else [value]
        return any(str(item).strip().casefold() == self.value.strip().casefold() for item in values if item)


class StatisticsKind(models.TextChoices):
    """What a form page's submissions count as in the statistics (`FormPageBase.statistics_kind`)."""

    APPLICATION = "application"
    FEEDBACK = "feedback"
    SURVEY = "survey"


def build_form_panels(handling_time=True):
    """The form's editing panels; `handling_time` False leaves out the handling time (nobody replies)."""
    handling = (
        ["coordinator_groups", "handling_days", "retention_days"]
        if handling_time
        else ["coordinator_groups", "retention_days"]
    )
    return [
        MultiFieldPanel(
            [
                FieldPanel("form_heading"),
                FieldPanel("form_intro"),
                FieldPanel("submit_label"),
                FieldPanel("one_question_per_screen"),
            ],
            heading=_("Form"),
        ),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("receipt_text"),
        MultiFieldPanel([FieldPanel(name) for name in handling], heading=_("Handling")),
        InlinePanel("form_routing_rules", label=_("Routing rules")),
    ]


class FormPageBase(FormMixin, models.Model):
    """What makes a page a form page: who handles its submissions, how fast, how long they are kept.

    Page types use `forms_engine.pages.FormPageMixin`, which adds serving the form, its send and its receipt.

    Page classes may override `form_refusal()` (a message when the form does not accept submissions, e.g. a
    closed call) and `submission_capacity()` (places shared by the page and its translations; further
    submissions go to a waiting list), and set `statistics_kind` (a `StatisticsKind`) when their submissions
    are counted in the statistics (`forms_engine.statistics.submission_counts`).

    `answers_need_reply` False (a survey) says that nobody answers its submissions one by one: each is saved closed
    and with no due date, so it never waits or falls overdue in the inbox and stays out of the answer-time figures;
    coordinators get no email per submission (they find them in the inbox under their form), and the receipt
    promises no reply. The handling time is then not used.
    """

    statistics_kind = None
    answers_need_reply = True

    form_heading = models.CharField(_("form heading"), max_length=255, blank=True)
    form_intro = models.TextField(_("form introduction"), blank=True)
    submit_label = models.CharField(_("submit button label"), max_length=64, blank=True)
    one_question_per_screen = models.BooleanField(
        _("one question per screen with large type"),
        default=False,
        help_text=_(
            "For children and anyone who reads little: each question on a screen of its own, in large type, with "
            "'Next' and 'Back' buttons. A form with a file field is shown whole."
        ),
    )
    receipt_text = models.TextField(
        _("what happens next"),
        blank=True,
        help_text=_("Shown on the receipt page and in the receipt email."),
    )
    coordinator_groups = ParentalManyToManyField(
        "auth.Group",
        blank=True,
        related_name="+",
        verbose_name=_("coordinator groups"),
        help_text=_("The groups whose members receive and handle this form's submissions."),
    )
    handling_days = models.PositiveSmallIntegerField(
        _("handling time in days"), default=14, help_text=_("The agreed time within which a submission is answered.")
    )
    retention_days = models.PositiveIntegerField(
        _("retention in days"), default=365, help_text=_("Submissions are erased automatically after this time.")
    )

    form_builder = PortalFormBuilder
    landing_page_template = "forms_engine/landing.html"

    form_panels = build_form_panels()
    # For page types whose answers need no reply (`answers_need_reply` False): no handling time to set.
    no_reply_form_panels = build_form_panels(handling_time=False)

    class Meta:
        abstract = True

    def get_landing_page_template(self, request, *args, **kwargs):
        """`<app>/<model_snake>_landing.html` when a page type has its own, otherwise the shared receipt page."""
        name, extension = os.path.splitext(self.get_template(request, *args, **kwargs))
        return select_template([f"{name}_landing{extension}", self.landing_page_template]).template.name

    def get_submission_class(self):
        return Submission

    def get_data_fields(self):
        return [("reference", _("Reference"))] + super().get_data_fields()

    def has_form(self):
        return bool(self.get_form_fields())

    def get_form_fields(self):
        if not hasattr(self, "_form_fields_cache"):
            self._form_fields_cache = list(self.form_fields.all())
        return self._form_fields_cache

    def get_form(self, *args, **kwargs):
        kwargs.pop("user", None)
        kwargs["page"] = self  # the form's single-use token is bound to this page
        return self.get_form_class()(*args, **kwargs)

    def form_refusal(self):
        """A message telling why the form does not accept submissions now, or None."""
        return None

    def submission_capacity(self):
        """How many confirmed places there are, or None for no limit."""
        return None

    def places_taken(self):
        """Confirmed places of the page and its translations."""
        return Submission.objects.filter(page__translation_key=self.translation_key, place=Place.CONFIRMED).count()

    @property
    def is_full(self):
        capacity = self.submission_capacity()
        return capacity is not None and self.places_taken() >= capacity

    def registration_facts(self):
        """What a registration is for, as (label, text) pairs for its receipt, email and status page: for example
        an event's time and place. Page types with places (`submission_capacity`) override it."""
        return []

    def calendar_path(self):
        """The address of a calendar file (.ics) of what one registers for, on this site, or "" (for pages)."""
        return ""

    def calendar_url(self):
        """The full address of the calendar file, with the site's host, or "" (for emails)."""
        return ""
