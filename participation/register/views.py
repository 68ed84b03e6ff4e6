"""The register's admin screens: a Wagtail snippet viewset whose every view needs the register permission
(`RegisterPermissionPolicy`), with each opening of a profile and each change in Wagtail's audit log, and the
inbox's "Add to the register" for an application (`forms_engine.admin_views.inbox.SUBMISSION_ACTIONS_HOOK`)."""

import uuid

from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, models, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import CreateView, EditView, IndexView, InspectView, SnippetViewSet

from forms_engine.models import Submission
from participation.models import RegisterProfile
from participation.register.filters import RegisterFilterSet
from participation.register.forms import RegisterProfileForm
from participation.register.permissions import may_use_register
from participation.register.prefill import initial_from_submission, is_application

# Opening a profile (to read or to edit it) is recorded in Wagtail's audit log with this action, beside its own
# "wagtail.create", "wagtail.edit" and "wagtail.delete"; being shown in the register's list (name, roles and
# languages) with the other.
VIEW_ACTION = "participation.register.view"
LIST_ACTION = "participation.register.list"


def log_listed(profiles, user):
    """One access-log entry for each profile a list showed to `user`, written at once."""
    content_type = ContentType.objects.get_for_model(RegisterProfile)
    now = timezone.now()
    shared = uuid.uuid4()
    ModelLogEntry.objects.bulk_create(
        ModelLogEntry(
            content_type=content_type,
            object_id=str(profile.pk),
            label=str(profile),
            action=LIST_ACTION,
            timestamp=now,
            user=user,
            uuid=shared,
            data={},
        )
        for profile in profiles
    )


def same_minute(one, other):
    return one is not None and one.replace(second=0, microsecond=0) == other.replace(second=0, microsecond=0)


def profile_for(submission):
    return RegisterProfile.objects.filter(submission=submission).first()


class FromSubmissionCreateView(CreateView):
    """Adding an object by hand, or from a submission in the inbox (`?<submission_parameter>=<id>`): filled in from
    the submission and linked to it, once. A submission the user may not see in the inbox, or one of the wrong kind,
    is a 404. Subclasses say which submissions qualify, what is made of one and where an existing one opens."""

    submission_parameter = "submission"
    submission_field = "submission"
    existing_view = "edit"
    submission = None

    def is_source(self, submission):
        raise NotImplementedError

    def initial_from(self, submission):
        raise NotImplementedError

    def already_made_message(self):
        raise NotImplementedError

    def get_submission(self):
        pk = self.request.GET.get(self.submission_parameter)
        if pk is None:
            return None
        submissions = Submission.objects.for_user(self.request.user).select_related("page")
        # Only a plain number that fits the key (a hand-edited address is a 404, never a database error).
        valid = pk.isascii() and pk.isdigit() and len(pk) <= 9
        submission = get_object_or_404(submissions, pk=pk) if valid else None
        if submission is None or not self.is_source(submission):
            raise Http404
        return submission

    def already_made(self):
        """A redirect to what was made of the submission before, with a note; None if nothing was."""
        if self.submission is None:
            self.submission = self.get_submission()
        existing = self.submission and self.model.objects.filter(**{self.submission_field: self.submission}).first()
        if existing:
            messages.info(self.request, self.already_made_message())
            return redirect(self.model.snippet_viewset.get_url_name(self.existing_view), existing.pk)
        return None

    def get(self, request, *args, **kwargs):
        return self.already_made() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.already_made() or super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except IntegrityError:
            # Another coordinator made one of the same submission between this form's check and its saving.
            made_meanwhile = self.already_made() if self.submission else None
            if made_meanwhile is None:
                raise
            return made_meanwhile

    def get_initial(self):
        initial = super().get_initial()
        if self.submission:
            initial.update(self.initial_from(self.submission))
        return initial

    def get_add_url(self):
        url = super().get_add_url()
        if self.submission:
            url += ("&" if "?" in url else "?") + urlencode({self.submission_parameter: self.submission.pk})
        return url

    def save_instance(self):
        setattr(self.form.instance, self.submission_field, self.submission)
        return super().save_instance()


class RegisterCreateView(FromSubmissionCreateView):
    """Adding a person, by hand or from an application in the inbox (`?submission=<id>`)."""

    def is_source(self, submission):
        return is_application(submission)

    def initial_from(self, submission):
        return initial_from_submission(submission)

    def already_made_message(self):
        return _("This applicant is already in the register.")

    def save_instance(self):
        profile = self.form.instance
        if self.submission and same_minute(profile.consent_at, self.submission.consent_at):
            # The field shows minutes: the consent kept unchanged keeps the application's exact time.
            profile.consent_at = self.submission.consent_at
        return super().save_instance()


class RegisterIndexView(IndexView):
    add_item_label = gettext_lazy("Add a person")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        log_listed(context["object_list"], self.request.user)
        return context


class LogsEachOpening:
    """A view of one object (`self.object`) whose every opening is in the object's access log."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log(self.object, VIEW_ACTION, user=request.user)
        return response


def local_time(value):
    """A time in Finnish time, as the inbox shows them (the inspect view would show UTC)."""
    return date_format(timezone.localtime(value), "DATETIME_FORMAT") if value else "-"


class RegisterEditView(LogsEachOpening, EditView):
    pass


class ReadableValues:
    """An inspect view whose dates and times are in Finnish time, as the inbox shows them (Wagtail's would show
    UTC), and whose empty values are a dash (not "None"), unless the view displays the field its own way."""

    def get_field_display_value(self, field_name, field):
        if hasattr(self, f"get_{field_name}_display_value"):
            return super().get_field_display_value(field_name, field)
        if isinstance(field, models.DateTimeField):
            return local_time(getattr(self.object, field_name))
        value = super().get_field_display_value(field_name, field)
        return "-" if value is None or value == "" else value


class RegisterInspectView(LogsEachOpening, ReadableValues, InspectView):
    def get_submission_display_value(self):
        return self.object.submission.reference if self.object.submission else "-"


class RegisterOnly:
    """The snippet chooser lists profiles too: only for users of the register."""

    def dispatch(self, request, *args, **kwargs):
        if not may_use_register(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class RegisterChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = type("ChooseView", (RegisterOnly, chooser.ChooseView), {})
    choose_results_view_class = type("ChooseResultsView", (RegisterOnly, chooser.ChooseResultsView), {})
    chosen_view_class = type("ChosenView", (RegisterOnly, chooser.SnippetChosenView), {})
    chosen_multiple_view_class = type("ChosenMultipleView", (RegisterOnly, chooser.SnippetChosenMultipleView), {})
    create_view_class = type("CreateView", (RegisterOnly, chooser.SnippetCreateView), {})


class RegisterViewSet(SnippetViewSet):
    model = RegisterProfile
    icon = "group"
    menu_label = pgettext_lazy("register menu", "People")
    menu_name = "register"
    # A profile refers to areas, themes and its application; the usage screens of those must not name the person.
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = RegisterIndexView
    add_view_class = RegisterCreateView
    edit_view_class = RegisterEditView
    inspect_view_class = RegisterInspectView
    chooser_viewset_class = RegisterChooserViewSet
    list_display = ["name", "get_roles_display", "get_languages_display", "end_date"]
    filterset_class = RegisterFilterSet
    search_fields = ["name", "email"]
    ordering = ["name"]
    inspect_view_fields = [
        "name",
        "email",
        "phone",
        "languages",
        "roles",
        "areas",
        "target_groups",
        "training",
        "availability",
        "consent_text",
        "consent_at",
        "end_date",
        "retain_until",
        "submission",
        "created_at",
        "updated_at",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel("name"), FieldRowPanel([FieldPanel("email"), FieldPanel("phone")])],
                heading=gettext_lazy("Contact"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("roles"),
                    FieldPanel("languages"),
                    FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                ],
                heading=gettext_lazy("What, where and in which language"),
            ),
            MultiFieldPanel(
                [FieldPanel("training"), FieldPanel("availability")], heading=gettext_lazy("Training and availability")
            ),
            MultiFieldPanel(
                [FieldPanel("consent_text"), FieldPanel("consent_at"), FieldPanel("end_date")],
                heading=gettext_lazy("Consent and retention"),
            ),
        ],
        base_form_class=RegisterProfileForm,
    )


def submission_actions(request, submission):
    """The inbox's link for an application: add the applicant to the register, or open their profile. Nothing for
    a user without the register permission or for a submission that is not an application to an open call."""
    if not may_use_register(request.user) or not is_application(submission):
        return []
    viewset = RegisterProfile.snippet_viewset
    profile = profile_for(submission)
    if profile:
        return [(_("Open in the register"), reverse(viewset.get_url_name("edit"), args=[profile.pk]))]
    return [(_("Add to the register"), f"{reverse(viewset.get_url_name('add'))}?submission={submission.pk}")]
