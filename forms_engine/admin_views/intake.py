"""Assisted intake: a coordinator records a submission someone gave by phone, on paper, face to face, by email or
at an event (DESIGN §5 point 10).

Three screens in the inbox: choose a form page, fill in its form, see the reference. The form is the page's own
form builder's (`AssistedIntakeForm`), so every field, limit and validation is the web form's, except that contact
details (name, email, phone, address) and files are optional: they are needed only if the person wants a reply, and
without an email the coordinator passes the reference on. It has no honeypot, fill time or single-use token, but
the channel of intake and the coordinator's confirmation that the person agreed.
It is saved by `forms_engine.submitting.submit`, the web form's one transaction, so it gets a reference, routing,
due and retention dates, a place, the history event and the same emails (the receipt goes to the person if they
gave an email address).

Who may record to a form: the coordinators of the groups the page names or routes to (`coordinator_groups`,
`form_routing_rules`), and superusers. Any other page is a 404, as in the rest of the inbox.
"""

from django import forms
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page, get_page_models

from forms_engine.attachments import AttachmentField
from forms_engine.forms import (
    CONSENT,
    CONTACT_PURPOSES,
    INTAKE_CHANNEL,
    SERVICE_FIELDS,
    AnswersForm,
    OneEmailField,
    intake_required_message,
)
from forms_engine.handling import public_status_url
from forms_engine.models import FormField, FormPageBase, IntakeChannel, RoutingRule, Submission
from forms_engine.submitting import SubmissionRefused, submit

# The submissions this browser session recorded: only they show their confirmation screen.
RECORDED_SESSION_KEY = "forms_engine_recorded"


def form_page_models():
    return [model for model in get_page_models() if issubclass(model, FormPageBase)]


def recordable_pages(user):
    """The live form pages with fields that `user` may record to: those naming or routing to one of the user's
    groups; every one for a superuser. Ordered by title, with their locale."""
    if not user.is_authenticated or not user.is_active:
        return Page.objects.none()
    models = form_page_models()
    pages = Page.objects.live().type(*models).filter(pk__in=FormField.objects.values("page_id"))
    if not user.is_superuser:
        groups = user.groups.all()
        allowed = Q(pk__in=RoutingRule.objects.filter(group__in=groups).values("page_id"))
        for model in models:
            field = model.coordinator_groups.field
            named = field.remote_field.through.objects.filter(group__in=groups).values(field.m2m_field_name())
            allowed |= Q(pk__in=named)
        pages = pages.filter(allowed)
    return pages.select_related("locale").order_by("title", "locale__language_code")


def may_record(user):
    """Whether to offer "Record a submission" at all: to those with a form page to record to."""
    return recordable_pages(user).exists()


class AssistedIntakeForm(AnswersForm):
    """A submission a coordinator records on someone's behalf (given by phone, on paper, face to face…): the same
    editor-built fields, limits and validation as the web form, the channel of intake, and the coordinator's
    confirmation that the person agreed. No honeypot, fill time or form token: the user is signed in to the admin.
    """

    CONSENT_LABEL = gettext_lazy("The person was told how their data is handled and agreed.")
    CONSENT_REQUIRED = gettext_lazy(
        "Tick the box to confirm that the person agreed, or the submission cannot be saved."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[INTAKE_CHANNEL] = forms.ChoiceField(
            label=_("Channel of intake"),
            choices=[("", _("Choose how the submission was given"))]
            + [choice for choice in IntakeChannel.choices if choice[0] != IntakeChannel.WEB],
            error_messages={
                "required": _("Choose how the submission was given."),
                "invalid_choice": _("Choose how the submission was given."),
            },
        )
        for name, field in self.fields.items():
            if name in SERVICE_FIELDS or field.widget.is_hidden:
                continue
            purpose = field.widget.attrs.get("autocomplete", "")
            # Contact details are needed only if the person wants a reply: without them the coordinator passes
            # the reference on. The other questions keep the web form's requirements.
            if field.required and (purpose in CONTACT_PURPOSES or isinstance(field, OneEmailField)):
                field.required = False
                field.label = _("%(label)s (optional)") % {"label": field.label}
            # The coordinator answers for someone else: "Enter the name.", not "Enter your name.".
            if message := intake_required_message(purpose):
                field.error_messages["required"] = message
            # The coordinator types someone else's details: the browser must not offer the coordinator's own.
            field.widget.attrs["autocomplete"] = "off"
            # A file is optional here: someone who phoned has none to give.
            if isinstance(field, AttachmentField):
                field.required = False
        # The channel first, the confirmation last, the editor-built fields between them.
        self.order_fields([INTAKE_CHANNEL, *[name for name in self.fields if name not in (INTAKE_CHANNEL, CONSENT)]])

    @property
    def intake_channel(self):
        return self.cleaned_data[INTAKE_CHANNEL]


class IntakeMixin(WagtailAdminTemplateMixin):
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse_lazy("forms_engine_inbox:index"), "label": _("Inbox")},
            {"url": "", "label": self.get_page_title()},
        ]


class ChooseFormView(IntakeMixin, TemplateView):
    """The forms the user may record to."""

    template_name = "forms_engine/admin/record_choose.html"
    page_title = gettext_lazy("Record a submission")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pages = list(recordable_pages(self.request.user))
        # Each page's section (its parent), in one query.
        parents = dict(
            Page.objects.filter(path__in={page.path[: -page.steplen] for page in pages}).values_list("path", "title")
        )
        context["form_pages"] = [
            (page, reverse("forms_engine_inbox:record_form", args=[page.pk]), parents.get(page.path[: -page.steplen]))
            for page in pages
        ]
        return context


class RecordView(IntakeMixin, TemplateView):
    """The page's form, the channel of intake and the consent confirmation; saved, it shows the reference."""

    template_name = "forms_engine/admin/record_form.html"
    http_method_names = ["get", "post"]

    def dispatch(self, request, page_id):
        self.form_page = get_object_or_404(recordable_pages(request.user), pk=page_id).specific
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Record a submission: %(title)s") % {"title": self.form_page.title}

    def get_form(self, data=None, files=None):
        page = self.form_page
        form_class = page.form_builder(page.get_form_fields()).get_form_class(base=AssistedIntakeForm)
        return form_class(data, files, page=page)

    def get(self, request, page_id):
        return self.render_to_response(self.get_context_data(form=self.get_form()))

    def post(self, request, page_id):
        form = self.get_form(request.POST, request.FILES)
        if form.is_valid():
            try:
                submission = submit(
                    self.form_page, form, request, intake_channel=form.intake_channel, recorded_by=request.user
                )
            except SubmissionRefused as refused:
                form.add_error(None, refused.message)
            else:
                recorded = request.session.get(RECORDED_SESSION_KEY, [])[-19:]
                request.session[RECORDED_SESSION_KEY] = [*recorded, submission.pk]
                return redirect("forms_engine_inbox:record_done", pk=submission.pk)
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        context["form_page"] = self.form_page
        context["refusal"] = self.form_page.form_refusal()
        context["channel_field"] = form[INTAKE_CHANNEL]
        # Each error links to its field; an answer's error is named by its question, the confirmation's says all.
        context["error_summary"] = [
            (
                form[name].auto_id if name in form.fields else "",
                form[name].label if name in form.fields and name != CONSENT else "",
                error,
            )
            for name, errors in form.errors.items()
            for error in errors
        ]
        return context


class RecordedView(IntakeMixin, TemplateView):
    """The reference, prominently, and whether a receipt goes to the person or the coordinator passes it on."""

    template_name = "forms_engine/admin/record_done.html"
    page_title = gettext_lazy("Submission recorded")

    def dispatch(self, request, pk):
        if pk not in request.session.get(RECORDED_SESSION_KEY, []):
            raise Http404
        self.submission = get_object_or_404(Submission.objects.select_related("page"), pk=pk, recorded_by=request.user)
        return super().dispatch(request, pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.submission
        context.update(
            {
                "submission": submission,
                "status_url": public_status_url(self.request, submission),
                "can_open": Submission.objects.for_user(self.request.user).filter(pk=submission.pk).exists(),
                "record_again_url": reverse("forms_engine_inbox:record_form", args=[submission.page_id]),
            }
        )
        return context
