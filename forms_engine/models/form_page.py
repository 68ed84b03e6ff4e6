"""Any page becomes a form page through `FormPageMixin`: fields built by editors, routing and handling rules.

The mixin builds on `wagtail.contrib.forms.FormMixin` but never sends mail while the resident waits: the
submission, its routing and its notification emails are written in one transaction (`forms_engine.submitting`)
and the mail goes out in the background (`forms_engine.notifications`).
"""

import os

from django.db import models
from django.http import HttpResponseRedirect
from django.template.loader import select_template
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField, FormMixin
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from forms_engine import form_tokens
from forms_engine.forms import HONEYPOT, TOKEN, PortalFormBuilder
from forms_engine.models.submissions import Place, Submission
from forms_engine.spam import RATE_LIMITED, is_rate_limited
from portal.outage import remember_form


class FormField(TranslatableMixin, AbstractFormField):
    """One field of a page's form. Labels and choices are translated; the stored name stays the same.

    Translatable (wagtail-localize) because it is a `TranslatableMixin` child of the page; its locale follows
    the page's.
    """

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


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


class HttpResponseSeeOther(HttpResponseRedirect):
    """After a POST, the browser GETs the given address (a reload then repeats the GET, never the POST)."""

    status_code = 303


class StatisticsKind(models.TextChoices):
    """What a form page's submissions count as in the statistics (`FormPageMixin.statistics_kind`)."""

    APPLICATION = "application"
    FEEDBACK = "feedback"


class FormPageMixin(FormMixin, models.Model):
    """Makes a page a form page: who handles its submissions, how fast, how long they are kept.

    Page classes may override `form_refusal()` (a message when the form does not accept submissions, e.g. a
    closed call) and `submission_capacity()` (places shared by the page and its translations; further
    submissions go to a waiting list), and set `statistics_kind` (a `StatisticsKind`) when their submissions
    are counted in the statistics (`forms_engine.statistics.submission_counts`).
    """

    statistics_kind = None

    form_heading = models.CharField(_("form heading"), max_length=255, blank=True)
    form_intro = models.TextField(_("form introduction"), blank=True)
    submit_label = models.CharField(_("submit button label"), max_length=64, blank=True)
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

    form_panels = [
        MultiFieldPanel(
            [FieldPanel("form_heading"), FieldPanel("form_intro"), FieldPanel("submit_label")],
            heading=_("Form"),
        ),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("receipt_text"),
        MultiFieldPanel(
            [FieldPanel("coordinator_groups"), FieldPanel("handling_days"), FieldPanel("retention_days")],
            heading=_("Handling"),
        ),
        InlinePanel("form_routing_rules", label=_("Routing rules")),
    ]

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

    def serve(self, request, *args, **kwargs):
        return self.serve_form(request, *args, **kwargs)

    def serve_form(self, request, *args, **kwargs):
        """The form (GET), its send (POST → 303 → the receipt) and the receipt (GET with a signed `kuitti`).

        A form is sent at most once: a second POST of the same form token leads to the first send's receipt.
        """
        # Not at the top: forms_engine.submitting saves these models, so that would close an import circle (listed
        # in tests/test_architecture.py until the serving methods move above forms_engine.models).
        from forms_engine.submitting import AlreadySent, SubmissionRefused, submit

        if request.method == "GET" and form_tokens.RECEIPT_PARAMETER in request.GET:
            return self.serve_receipt(request, request.GET[form_tokens.RECEIPT_PARAMETER], *args, **kwargs)
        refusal = self.form_refusal()
        form, status = None, 200
        if self.has_form() and request.method == "POST":
            earlier = self.earlier_submission(request.POST.get(TOKEN))
            if earlier is not None:
                return HttpResponseSeeOther(form_tokens.receipt_url(request, self, earlier, repeated=True))
        if self.has_form() and refusal is None:
            if request.method == "POST":
                form = self.get_form(request.POST, request.FILES)
                # Only complete submissions count against the limit, so correcting mistakes never uses it up; when it
                # is used up, the form comes back with what the person wrote.
                if form.is_valid() and is_rate_limited(request):
                    form.add_error(None, RATE_LIMITED)
                    status = 429
                elif form.is_valid():
                    try:
                        submission = submit(self, form, request)
                    except AlreadySent as sent:  # the same form sent at the same moment, e.g. a double click
                        return HttpResponseSeeOther(form_tokens.receipt_url(request, self, sent.submission, True))
                    except SubmissionRefused as refused:
                        refusal = refused.message
                    else:
                        return HttpResponseSeeOther(form_tokens.receipt_url(request, self, submission))
            else:
                form = self.get_form()
        context = self.get_context(request, *args, **kwargs)
        context["form"] = form
        context["form_refusal"] = refusal
        return self.form_response(request, context, status, *args, **kwargs)

    def form_response(self, request, context, status, *args, **kwargs):
        response = TemplateResponse(request, self.get_template(request, *args, **kwargs), context, status=status)
        if context.get("form") is not None:
            # Its labels, for the page that gives the answers back if the database is away when it is sent.
            remember_form(request, context["form"], hidden=[HONEYPOT])
        if request.method == "POST":
            add_never_cache_headers(response)  # the answers given back are the resident's own
        elif context.get("form") is not None:
            patch_cache_control(response, private=True)  # its form token is for one person only
        return response

    def earlier_submission(self, token_value):
        """The submission already made from this form token on this page, or None."""
        try:
            token = form_tokens.read(token_value, self, expire=False)
        except form_tokens.InvalidToken:
            return None
        return Submission.objects.filter(form_token=token.nonce, page=self).first()

    def serve_receipt(self, request, value, *args, **kwargs):
        """The receipt of a send, for the browser that sent it; a receipt past its time shows the form again."""
        found = form_tokens.read_receipt(value)
        submission = Submission.objects.filter(pk=found[0], page=self).first() if found else None
        if submission is None:
            context = self.get_context(request, *args, **kwargs)
            refusal = self.form_refusal()
            context["form"] = self.get_form() if self.has_form() and refusal is None else None
            context["form_refusal"] = refusal
            context["receipt_gone"] = True
            response = self.form_response(request, context, 200, *args, **kwargs)
            add_never_cache_headers(response)
            return response
        return self.render_landing_page(request, submission, *args, already_sent=found[1], **kwargs)

    def render_landing_page(self, request, form_submission=None, *args, already_sent=False, **kwargs):
        """The receipt: the reference and what happens next. Never stored by a browser or a cache."""
        context = self.get_context(request)
        context["form_submission"] = form_submission
        context["already_sent"] = already_sent
        response = TemplateResponse(request, self.get_landing_page_template(request), context)
        add_never_cache_headers(response)
        return response

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return self.serve_form(request)
