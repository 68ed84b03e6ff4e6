"""Assignments in the admin: a snippet viewset behind the register permission (`RegisterPermissionPolicy`), made by
hand or from an order in the inbox ("Make an assignment", `forms_engine.admin_views.inbox.SUBMISSION_ACTIONS_HOOK`),
with the people the register proposes for it ("Find a person"), the offers and their answers, and marking it done.
Each opening of an assignment is in Wagtail's audit log, as a profile's is."""

from decimal import Decimal

import django_filters
from django import forms
from django.contrib import messages
from django.core.validators import MinValueValidator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.widgets import Button
from wagtail.snippets.views.snippets import EditView, InspectView, SnippetViewSet

from participation.models import (
    Area,
    Assignment,
    AssignmentOffer,
    AssignmentStatus,
    RegisterLanguage,
    RegisterProfile,
    RegisterRole,
    TargetGroup,
)
from participation.register import assignments, claims
from participation.register.filters import main_language_terms
from participation.register.permissions import may_use_register
from participation.register.views import (
    FromSubmissionCreateView,
    LogsEachOpening,
    ReadableValues,
    RegisterChooserViewSet,
)


def assignment_for(submission):
    return Assignment.objects.filter(order=submission).first()


def valid_pk(value):
    """Only a plain number that fits the key: a hand-edited address is a 404, never a database error."""
    return isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 9


class AssignmentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=AssignmentStatus.choices,
        widget=forms.RadioSelect,
        empty_label=gettext_lazy("All"),
    )
    date = django_filters.DateFromToRangeFilter(label=gettext_lazy("Date"), widget=DateRangePickerWidget)

    class Meta:
        model = Assignment
        fields = []


class AssignmentForm(WagtailAdminModelForm):
    """Areas and themes from the site's main-language terms (a person's are those)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, model in (("area", Area), ("target_group", TargetGroup)):
            if name in self.fields:
                self.fields[name].queryset = main_language_terms(model)(None)


class AssignmentCreateView(FromSubmissionCreateView):
    """A new assignment, by hand or from an order in the inbox (`?order=<id>`), filled in from the order."""

    submission_parameter = "order"
    submission_field = "order"
    existing_view = "inspect"

    def is_source(self, submission):
        return assignments.is_order(submission)

    def initial_from(self, submission):
        return assignments.initial_from_order(submission)

    def already_made_message(self):
        return _("This order is already an assignment.")

    def get_success_url(self):
        # Next: find the person.
        return reverse(self.model.snippet_viewset.get_url_name("people"), args=[self.object.pk])


class AssignmentEditView(LogsEachOpening, EditView):
    pass


class AssignmentInspectView(LogsEachOpening, ReadableValues, InspectView):
    """The assignment's page: its details, the offers and their answers, and what can be done next."""

    def get_order_display_value(self):
        return self.object.order.reference if self.object.order else "-"

    @property
    def header_more_buttons(self):
        viewset = self.model.snippet_viewset
        buttons = list(super().header_more_buttons)
        if self.object.status in (AssignmentStatus.OPEN, AssignmentStatus.CONFIRMED):
            url = reverse(viewset.get_url_name("people"), args=[self.object.pk])
            buttons.append(Button(_("Find a person"), url=url, icon_name="search", priority=5))
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        viewset = self.model.snippet_viewset
        context.update(
            {
                "offers": self.object.offers.select_related("person").order_by("offered_at", "pk"),
                "people_url": reverse(viewset.get_url_name("people"), args=[self.object.pk]),
                "done_url": reverse(viewset.get_url_name("done"), args=[self.object.pk]),
                "cancel_url": reverse(viewset.get_url_name("cancel"), args=[self.object.pk]),
                "withdraw_url_name": viewset.get_url_name("withdraw"),
                "person_url_name": RegisterProfile.snippet_viewset.get_url_name("inspect"),
                "can_act": self.object.status in (AssignmentStatus.OPEN, AssignmentStatus.CONFIRMED),
            }
        )
        return context


class ProposalFilterForm(forms.Form):
    """The filter on the register for one assignment, first set from the assignment; works as a plain GET form."""

    language = forms.ChoiceField(
        label=gettext_lazy("Language"), required=False, choices=[("", "---------"), *RegisterLanguage.choices]
    )
    area = forms.ModelChoiceField(label=gettext_lazy("Area"), required=False, queryset=Area.objects.none())
    target_group = forms.ModelChoiceField(
        label=gettext_lazy("Theme or target group"), required=False, queryset=TargetGroup.objects.none()
    )
    role = forms.ChoiceField(
        label=gettext_lazy("Role"), required=False, choices=[("", "---------"), *RegisterRole.choices]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = main_language_terms(Area)(None)
        self.fields["target_group"].queryset = main_language_terms(TargetGroup)(None)

    @classmethod
    def initial_for(cls, assignment):
        area = assignments.main_language_term(assignment.area)
        target_group = assignments.main_language_term(assignment.target_group)
        return {
            "language": assignment.language,
            "area": area.pk if area else "",
            "target_group": target_group.pk if target_group else "",
        }


class AssignmentActionView(InspectView):
    """A screen of one assignment beside its page (finding a person, marking it done): the register permission and
    the assignment as the inspect view checks them."""

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        inspect_url = reverse(self.model.snippet_viewset.get_url_name("inspect"), args=[self.object.pk])
        items[-2:-1] = [{"url": inspect_url, "label": self.get_page_subtitle()}]
        return items

    @property
    def header_more_buttons(self):
        return []

    def inspect_url(self):
        return reverse(self.model.snippet_viewset.get_url_name("inspect"), args=[self.object.pk])


class PeopleView(LogsEachOpening, AssignmentActionView):
    """ "Find a person": the register's people who fit the assignment (language, area, theme, role; never anyone
    whose end date has passed), with their availability as they gave it, and a button that offers the assignment
    to one of them by email."""

    template_name = "participation/admin/assignment_people.html"
    page_title = gettext_lazy("Find a person")

    def post(self, request, *args, **kwargs):
        if self.object.status != AssignmentStatus.OPEN:
            messages.error(request, _("This assignment is no longer looking for a person."))
            return redirect(self.inspect_url())
        pk = request.POST.get("person")
        person = RegisterProfile.objects.filter(pk=pk).first() if valid_pk(pk) else None
        if person is None:
            messages.error(request, _("Choose a person."))
        elif not person.email:
            messages.error(request, _("%(name)s has no email address in the register.") % {"name": person.name})
        else:
            try:
                assignments.offer_to(self.object, person, request.user, request.build_absolute_uri("/"))
            except assignments.AlreadyOffered:
                messages.info(request, _("%(name)s has already been offered this assignment.") % {"name": person.name})
            else:
                messages.success(request, _("The assignment was offered to %(name)s by email.") % {"name": person.name})
            return redirect(self.inspect_url())
        return redirect(request.get_full_path())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if {"language", "area", "target_group", "role"} & set(self.request.GET):
            form = ProposalFilterForm(self.request.GET)
        else:
            form = ProposalFilterForm(ProposalFilterForm.initial_for(self.object))
        people = RegisterProfile.objects.none()
        if form.is_valid():
            data = form.cleaned_data
            people = assignments.proposals(
                language=data["language"] or None,
                area=data["area"],
                target_group=data["target_group"],
                role=data["role"] or None,
            )
        offered = {offer.person_id: offer for offer in self.object.offers.all()}
        context.update(
            {
                "filter_form": form,
                "people": [(person, offered.get(person.pk)) for person in people.prefetch_related("areas")],
                "inspect_url": self.inspect_url(),
                "person_url_name": RegisterProfile.snippet_viewset.get_url_name("inspect"),
                # A confirmed assignment offers nobody more: its accepted offer is withdrawn first.
                "can_offer": self.object.status == AssignmentStatus.OPEN,
            }
        )
        return context


class DoneForm(forms.ModelForm):
    class Meta:
        model = Assignment
        fields = ["hours", "attendance"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["hours"].required = True
        self.fields["hours"].validators.append(MinValueValidator(Decimal("0")))
        self.fields["hours"].widget.attrs["min"] = "0"


class DoneView(AssignmentActionView):
    """Marking the assignment done with its hours and attendance (`assignments.assignment_done`)."""

    template_name = "participation/admin/assignment_done.html"
    page_title = gettext_lazy("Mark as done")

    def post(self, request, *args, **kwargs):
        form = DoneForm(request.POST, instance=Assignment.objects.get(pk=self.object.pk))
        if self.object.status != AssignmentStatus.CONFIRMED:
            messages.error(request, _("Only an assignment with a confirmed person can be marked done."))
            return redirect(self.inspect_url())
        if form.is_valid():
            with transaction.atomic():
                assignments.assignment_done(
                    self.object, request.user, form.cleaned_data["hours"], form.cleaned_data["attendance"]
                )
                # The person who did it is asked for their fee and travel claim, in the same transaction.
                offer = assignments.accepted_offer(self.object)
                invited = offer is not None and claims.invite_to_claim(offer) is not None
            if invited:
                message = _("The assignment is marked done. %(name)s got a link to claim their fee and travel costs.")
                messages.success(request, message % {"name": offer.person.name})
            else:
                messages.success(request, _("The assignment is marked done."))
            return redirect(self.inspect_url())
        context = self.get_context_data(form=form)
        return self.render_to_response(context, status=400)

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = form or DoneForm(instance=self.object)
        context["inspect_url"] = self.inspect_url()
        context["can_mark"] = self.object.status == AssignmentStatus.CONFIRMED
        return context


class CancelView(AssignmentActionView):
    """Cancelling the assignment: a confirmation on GET, the cancellation on POST."""

    template_name = "participation/admin/assignment_cancel.html"
    page_title = gettext_lazy("Cancel the assignment")

    def post(self, request, *args, **kwargs):
        if self.object.status in (AssignmentStatus.OPEN, AssignmentStatus.CONFIRMED):
            assignments.cancel(self.object, request.user)
            messages.success(request, _("The assignment is cancelled."))
        return redirect(self.inspect_url())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["inspect_url"] = self.inspect_url()
        return context


class WithdrawView(AssignmentActionView):
    """Taking back one offer: a confirmation on GET (the person is emailed), the withdrawal on POST; the person's
    link then says the offer was withdrawn."""

    template_name = "participation/admin/assignment_withdraw.html"
    page_title = gettext_lazy("Withdraw the offer")

    def get_offer(self):
        offer_pk = self.kwargs.get("offer")
        return get_object_or_404(AssignmentOffer.objects.select_related("person"), pk=offer_pk, assignment=self.object)

    def post(self, request, *args, **kwargs):
        offer = self.get_offer()
        if assignments.withdraw(offer, request.user):
            messages.success(request, _("The offer to %(name)s was withdrawn.") % {"name": offer.person.name})
        return redirect(self.inspect_url())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["offer"] = self.get_offer()
        context["inspect_url"] = self.inspect_url()
        return context


class AssignmentViewSet(SnippetViewSet):
    model = Assignment
    icon = "tasks"
    menu_label = gettext_lazy("Assignments")
    menu_name = "assignments"
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    add_view_class = AssignmentCreateView
    edit_view_class = AssignmentEditView
    inspect_view_class = AssignmentInspectView
    inspect_template_name = "participation/admin/assignment_inspect.html"
    chooser_viewset_class = RegisterChooserViewSet
    list_display = ["date", "task", "status", "organisation"]
    filterset_class = AssignmentFilterSet
    search_fields = ["task", "organisation", "orderer_name"]
    ordering = ["-date", "-pk"]
    inspect_view_fields = [
        "task",
        "date",
        "start_time",
        "place",
        "language",
        "area",
        "target_group",
        "fee_class",
        "fee_amount",
        "status",
        "organisation",
        "orderer_name",
        "orderer_email",
        "order",
        "orderer_told_at",
        "hours",
        "attendance",
        "done_at",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("task"),
                    FieldRowPanel([FieldPanel("date"), FieldPanel("start_time")]),
                    FieldPanel("place"),
                ],
                heading=gettext_lazy("What, when and where"),
            ),
            MultiFieldPanel(
                [FieldPanel("language"), FieldPanel("area"), FieldPanel("target_group")],
                heading=gettext_lazy("Who fits"),
            ),
            MultiFieldPanel([FieldPanel("fee_class"), FieldPanel("fee_amount")], heading=gettext_lazy("Fee")),
            MultiFieldPanel(
                [
                    FieldPanel("organisation"),
                    FieldRowPanel([FieldPanel("orderer_name"), FieldPanel("orderer_email")]),
                ],
                heading=gettext_lazy("Orderer"),
            ),
        ],
        base_form_class=AssignmentForm,
    )

    def action_view(self, view_class):
        return self.construct_view(view_class, **self.get_inspect_view_kwargs(template_name=view_class.template_name))

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("people/<int:pk>/", self.action_view(PeopleView), name="people"),
            path("done/<int:pk>/", self.action_view(DoneView), name="done"),
            path("cancel/<int:pk>/", self.action_view(CancelView), name="cancel"),
            path("withdraw/<int:pk>/<int:offer>/", self.action_view(WithdrawView), name="withdraw"),
        ]


def submission_actions(request, submission):
    """The inbox's link for an order: make it an assignment, or open the assignment made of it. Nothing for a user
    without the register permission or for a submission that is not an order."""
    if not may_use_register(request.user) or not assignments.is_order(submission):
        return []
    viewset = Assignment.snippet_viewset
    assignment = assignment_for(submission)
    if assignment:
        return [(_("Open the assignment"), reverse(viewset.get_url_name("inspect"), args=[assignment.pk]))]
    return [(_("Make an assignment"), f"{reverse(viewset.get_url_name('add'))}?order={submission.pk}")]
