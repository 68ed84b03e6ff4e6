"""Agreements in the admin (`participation.models.agreements`): their templates, sending one to a person in the
register, the coordinators' view of each person's agreements, the nightly reminder before an agreement ends, and
agreements in the personal-data export.

Templates hold no personal data: they are ordinary translatable snippets with their own add/change/delete
permissions (translated with wagtail-localize, every saved version kept as a revision). Agreements name a person:
every view of them needs the register permission (`AgreementPermissionPolicy`), and each opening of one is in the
person's access log. A sent agreement is never edited (what the person accepts is what they were sent): a
coordinator sends a new one, or deletes one sent by mistake.
"""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django_filters import BooleanFilter, ModelChoiceFilter
from django_tasks import task
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.widgets import ListingButton
from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail.snippets.views.snippets import CreateView, InspectView, SnippetViewSet

from forms_engine.nightly import schedule_nightly
from forms_engine.notifications import queue_email
from participation.models import Agreement, AgreementTemplate, RegisterProfile
from participation.models.agreements import agreement_languages
from participation.register.permissions import REGISTER_PERMISSION, RegisterPermissionPolicy, may_use_register
from participation.register.views import ReadableValues

# In the person's access log (their profile's history), beside the profile's own "View".
SEND_ACTION = "participation.register.send_agreement"
VIEW_AGREEMENT_ACTION = "participation.register.view_agreement"
# The nightly reminders run at this hour, after the erasure (3 o'clock) and the alerts.
REMINDER_HOUR = 5


def register_agreement_log_actions(actions):
    actions.register_action(SEND_ACTION, _("Send an agreement"), _("Agreement sent"))
    actions.register_action(VIEW_AGREEMENT_ACTION, _("View an agreement"), _("Agreement viewed"))


def agreement_url(agreement, name="agreement"):
    """The agreement's private address, absolute, in its own language (the email's link)."""
    from participation.alerts.sending import site_root_url

    with translation.override(agreement.language):
        return site_root_url() + reverse(f"register_links:{name}", args=[agreement.token])


class AgreementPermissionPolicy(RegisterPermissionPolicy):
    """The register permission for everything but changing: a sent agreement stays as it was sent."""

    def user_has_permission(self, user, action):
        if action in ("change", "copy", "publish", "lock", "unlock"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class AgreementForm(WagtailAdminModelForm):
    """Which template, in which language, to whom, until when. The template is chosen in the site's main
    language; the agreement is made from its translation into the chosen language."""

    template = forms.ModelChoiceField(label=_("Agreement template"), queryset=AgreementTemplate.objects.none())
    language = forms.ChoiceField(label=_("language"), choices=agreement_languages, initial=settings.LANGUAGE_CODE)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        person = self.data.get(self.add_prefix("person"), "") if self.is_bound else ""
        if person and not (person.isascii() and person.isdigit() and len(person) <= 9):
            # The chooser would look a hand-edited value up again to show the form: only a plain number reaches it.
            self.data = self.data.copy()
            self.data[self.add_prefix("person")] = ""
        self.fields["template"].queryset = AgreementTemplate.objects.filter(locale=Locale.get_default()).order_by(
            "title"
        )
        self.fields["person"].queryset = RegisterProfile.objects.all()
        if not self.is_bound and "ends_on" in self.fields and not self.initial.get("ends_on"):
            self.initial["ends_on"] = timezone.localdate().replace(month=12, day=31)

    def clean_person(self):
        person = self.cleaned_data["person"]
        if person and not person.email:
            raise forms.ValidationError(_("This person has no email address in the register: add one first."))
        return person

    def clean_ends_on(self):
        ends_on = self.cleaned_data["ends_on"]
        if ends_on and ends_on < timezone.localdate():
            raise forms.ValidationError(_("The end date has already passed."))
        return ends_on

    def clean(self):
        cleaned = super().clean()
        template, language = cleaned.get("template"), cleaned.get("language")
        if template and language:
            locale = Locale.objects.filter(language_code=language).first()
            translated = template.get_translation_or_none(locale) if locale else None
            if translated is None:
                self.add_error("template", _("This template has not been translated into the chosen language."))
            else:
                cleaned["template"] = translated
        return cleaned


class AgreementCreateView(CreateView):
    """Send an agreement: the agreement copies the template's text, and the person gets an email with its private
    link. `?person=<id>` chooses the person (the register listing's "Send an agreement")."""

    def get_initial(self):
        initial = super().get_initial()
        person = self.request.GET.get("person", "")
        if person.isascii() and person.isdigit() and len(person) <= 9:
            initial["person"] = RegisterProfile.objects.filter(pk=person).first()
        return initial

    def save_instance(self):
        return send_agreement(self.form.instance, self.request.user, save=super().save_instance)

    def get_success_message(self, instance=None):
        return gettext("The agreement was sent to %(name)s.") % {"name": (instance or self.object).person.name}


def send_agreement(agreement, user, save=None):
    """Send an unsaved agreement (its person, template, language and end date set): copy the template's text into
    it, save it, note it in the person's log and queue the email with its private link, in one transaction.
    `save` saves it (the create view's own saving), else `agreement.save()`."""
    agreement.sent_by = user
    agreement.copy_terms()
    with transaction.atomic():
        if save is None:
            agreement.save()
        else:
            agreement = save()
        log(agreement.person, SEND_ACTION, user=user, data={"agreement": agreement.pk})
        send_agreement_email(agreement)
    return agreement


def send_agreement_email(agreement):
    context = {"agreement": agreement, "url": agreement_url(agreement)}
    queue_email([agreement.person.email], "participation/email/agreement", context, agreement.language)


class AgreementInspectView(ReadableValues, InspectView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log(self.object.person, VIEW_AGREEMENT_ACTION, user=request.user, data={"agreement": self.object.pk})
        return response

    def get_sent_by_display_value(self):
        return self.object.sent_by or "-"

    def get_sections_display_value(self):
        return format_html_join(
            "",
            "<h3>{}</h3>{}",
            (
                (
                    section["heading"],
                    format_html_join("", "<p>{}</p>", ((text,) for text in section["paragraphs"])),
                )
                for section in self.object.paragraphs()
            ),
        )

    def get_token_display_value(self):
        if self.object.accepted_at is None:
            return format_html('<a href="{0}">{0}</a>', agreement_url(self.object))
        pdf = reverse(self.object.snippet_viewset.get_url_name("pdf"), args=[self.object.pk])
        return format_html('<a href="{}" download>{}</a>', pdf, gettext("Download the accepted agreement as PDF"))


class AgreementPdfView(View):
    """The accepted agreement's PDF for the register's coordinators; its opening is in the person's access log."""

    def get(self, request, pk):
        if not may_use_register(request.user):
            raise PermissionDenied
        if not (pk.isascii() and pk.isdigit() and len(pk) <= 9):
            raise Http404
        agreement = get_object_or_404(Agreement.objects.select_related("person"), pk=pk, accepted_at__isnull=False)
        log(agreement.person, VIEW_AGREEMENT_ACTION, user=request.user, data={"agreement": agreement.pk})
        from participation.register.agreement_pages import pdf_response

        return pdf_response(agreement)


class AgreementFilterSet(WagtailFilterSet):
    person = ModelChoiceFilter(label=_("Person"), queryset=RegisterProfile.objects.all())
    accepted = BooleanFilter(label=_("Accepted"), field_name="accepted_at", lookup_expr="isnull", exclude=True)

    class Meta:
        model = Agreement
        fields = ["person", "language"]


class AgreementTemplateViewSet(SnippetViewSet):
    model = AgreementTemplate
    icon = "doc-full"
    menu_label = _("Agreement templates")
    list_display = ["title", "role", "locale"]
    list_filter = ["role", "locale"]
    search_fields = ["title"]
    ordering = ["title"]

    def get_queryset(self, request):
        return AgreementTemplate.objects.select_related("locale")


class AgreementViewSet(SnippetViewSet):
    model = Agreement
    icon = "doc-full-inverse"
    menu_label = _("Agreements")
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    add_view_class = AgreementCreateView
    inspect_view_class = AgreementInspectView
    list_display = ["person", "title", "get_status_display", "accepted_at", "ends_on"]
    filterset_class = AgreementFilterSet
    search_fields = ["title", "person__name"]
    ordering = ["-sent_at"]

    def get_queryset(self, request):
        # Each row names its person.
        return Agreement.objects.select_related("person")

    inspect_view_fields = [
        "person",
        "get_status_display",
        "language",
        "ends_on",
        "sent_at",
        "sent_by",
        "accepted_at",
        "accepted_name",
        "accepted_address",
        "reminded_at",
        "template_version",
        "title",
        "organisation",
        "sections",
        "signatory",
        "token",
    ]
    edit_handler = ObjectList(
        [FieldPanel("person"), FieldPanel("template"), FieldPanel("language"), FieldPanel("ends_on")],
        base_form_class=AgreementForm,
    )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [path("pdf/<str:pk>/", AgreementPdfView.as_view(), name="pdf")]


def register_listing_buttons(snippet, user, next_url=None):
    """A person's "Agreements" and "Send an agreement" in the register's listing."""
    if not isinstance(snippet, RegisterProfile) or not may_use_register(user):
        return []
    viewset = Agreement.snippet_viewset
    return [
        ListingButton(
            _("Agreements"),
            f"{reverse(viewset.get_url_name('list'))}?person={snippet.pk}",
            icon_name="doc-full-inverse",
            priority=60,
        ),
        ListingButton(
            _("Send an agreement"),
            f"{reverse(viewset.get_url_name('add'))}?person={snippet.pk}",
            icon_name="mail",
            priority=61,
        ),
    ]


def find(email):
    """The address's agreements as plain data for the personal-data export."""
    return [
        {
            "page": "agreement",
            "kind": gettext("Agreement"),
            "summary": agreement.title,
            "title": agreement.title,
            "language": agreement.language,
            "terms": agreement.sections,
            "signs_for_the_organisation": agreement.signatory,
            "sent_at": agreement.sent_at,
            "ends_on": agreement.ends_on,
            "accepted_at": agreement.accepted_at,
            "name_typed": agreement.accepted_name,
            "ip_address": agreement.accepted_address,
            "template_version": agreement.template_version,
        }
        for agreement in Agreement.objects.filter(person__in=RegisterProfile.objects.with_email(email)).order_by("pk")
    ]


def forget_deleted_agreement(sender, instance, **kwargs):
    """`post_delete` of an agreement, however it is deleted (with its person, or in the admin): the audit log
    entries of the agreement itself name the person, so they go with it."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    content_type = ContentType.objects.get_for_model(Agreement)
    ModelLogEntry.objects.filter(content_type=content_type, object_id=str(instance.pk)).delete()


def coordinator_emails():
    """The addresses of the register's coordinators: active users who have its permission through a group or of
    their own (not every superuser)."""
    users = get_user_model().objects.with_perm(
        REGISTER_PERMISSION, include_superusers=False, backend="django.contrib.auth.backends.ModelBackend"
    )
    return sorted({user.email for user in users.filter(is_active=True) if user.email})


def send_reminders(today=None):
    """Remind the person and the coordinators of each accepted agreement that ends within
    `AGREEMENT_REMINDER_DAYS`, once. Returns how many agreements were reminded of."""
    today = today or timezone.localdate()
    coordinators = coordinator_emails()
    count = 0
    for agreement in Agreement.objects.due_for_reminder(today).select_related("person"):
        with transaction.atomic():
            # However two runs cross, one reminder: the row is claimed before the emails are queued.
            claimed = Agreement.objects.filter(pk=agreement.pk, reminded_at__isnull=True).update(
                reminded_at=timezone.now()
            )
            if not claimed:
                continue
            context = {"agreement": agreement, "url": agreement_url(agreement)}
            queue_email([agreement.person.email], "participation/email/agreement_reminder", context, agreement.language)
            admin_url = agreement_admin_url(agreement)
            queue_email(
                coordinators,
                "participation/email/agreement_reminder_coordinator",
                {"agreement": agreement, "admin_url": admin_url},
                settings.LANGUAGE_CODE,
            )
            count += 1
    return count


def agreement_admin_url(agreement):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        Agreement.snippet_viewset.get_url_name("inspect"), args=[agreement.pk]
    )


@task(priority=10)
def agreement_reminders():
    try:
        return send_reminders()
    finally:  # tomorrow's run is queued even if today's failed
        schedule_agreement_reminders(force=True)


def schedule_agreement_reminders(force=False):
    """Queue the next nightly run, unless one is already waiting."""
    return schedule_nightly(agreement_reminders, hour=REMINDER_HOUR, force=force)
