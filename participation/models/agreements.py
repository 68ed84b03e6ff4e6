"""Agreements with the people of the register (DESIGN §5b, seed 002's developer-client agreement).

An `AgreementTemplate` is a snippet in Finnish, Swedish and English (wagtail-localize) whose every saved version is
kept as a Wagtail revision. A coordinator sends an `Agreement` made from one language's template to a person in the
register: the agreement copies the template's text as it is at that moment (title, sections, who signs for the
organisation) and names the revision it came from, so that what the person accepts is exactly what they were shown,
whatever later happens to the template. The person accepts through the private link in their email, without an
account, by typing their name and ticking a box; their typed name, the time and their address are kept with it.

An agreement goes with its person's profile (cascade): erasing the person erases their agreements.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import RevisionMixin, TranslatableMixin

from participation.models.assignments import new_token
from participation.models.register import RegisterRole

# The roles an agreement is made for: seed 002's developer-client agreement and the experts' own.
AGREEMENT_ROLES = [
    (RegisterRole.DEVELOPER_CLIENT.value, RegisterRole.DEVELOPER_CLIENT.label),
    (RegisterRole.EXPERT_BY_EXPERIENCE.value, RegisterRole.EXPERT_BY_EXPERIENCE.label),
]


def agreement_languages():
    """The languages an agreement can be sent in (`REGISTER_SITE_LANGUAGES`), as (code, name in itself)."""
    names = dict(settings.LANGUAGES)
    return [(code, names[code]) for code in settings.REGISTER_SITE_LANGUAGES.values() if code in names]


def organisation_name(language):
    """The organisation's name in `language` from the default site's settings ("" when none is set)."""
    from wagtail.models import Site

    from portal.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return ""
    site_settings = SiteSettings.for_site(site)
    return getattr(site_settings, f"organisation_name_{language}", "") or site_settings.organisation_name


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=255)
    text = blocks.TextBlock(label=_("text"), help_text=_("Plain text; an empty line starts a new paragraph."))

    class Meta:
        icon = "doc-full"
        label = _("section")


class AgreementTemplate(TranslatableMixin, RevisionMixin, models.Model):
    """The terms of an agreement for one role, in one language (its translations are the other languages).

    Every save in the admin is a new revision (version); agreements already sent keep the text they were sent with.
    """

    title = models.CharField(_("title"), max_length=255)
    role = models.CharField(_("for whom"), max_length=32, choices=AGREEMENT_ROLES)
    body = StreamField(
        [("section", SectionBlock())],
        verbose_name=_("terms"),
        help_text=_(
            "The agreement's sections: the task, how it is done, responsibilities (confidentiality and ethics), "
            "orientation and coaching, compensations, and anything else."
        ),
    )
    signatory = models.CharField(
        _("signs for the organisation"),
        max_length=255,
        help_text=_(
            "The title of the organisation's representative who signs, for example the participation coordinator."
        ),
    )

    panels = [FieldPanel("title"), FieldPanel("role"), FieldPanel("body"), FieldPanel("signatory")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("agreement template")
        verbose_name_plural = _("agreement templates")
        ordering = ["title", "pk"]

    def __str__(self):
        return self.title

    def sections(self):
        """The terms as plain data: [{"heading": …, "text": …}, …]."""
        return [
            {"heading": block.value["heading"], "text": block.value["text"]}
            for block in self.body
            if block.block_type == "section"
        ]


class AgreementStatus(models.TextChoices):
    SENT = "sent", pgettext_lazy("agreement", "Sent, not accepted yet")
    ACCEPTED = "accepted", pgettext_lazy("agreement", "Accepted")
    ENDED = "ended", pgettext_lazy("agreement", "Ended without being accepted")


class AgreementQuerySet(models.QuerySet):
    def due_for_reminder(self, today):
        """Accepted agreements that end within `AGREEMENT_REMINDER_DAYS` of `today` and have not been reminded of."""
        until = today + datetime.timedelta(days=settings.AGREEMENT_REMINDER_DAYS)
        return self.filter(accepted_at__isnull=False, reminded_at__isnull=True, ends_on__gte=today, ends_on__lte=until)


class Agreement(models.Model):
    """One agreement sent to one person, and its acceptance."""

    person = models.ForeignKey(
        "participation.RegisterProfile", verbose_name=_("person"), on_delete=models.CASCADE, related_name="agreements"
    )
    template = models.ForeignKey(
        AgreementTemplate,
        verbose_name=_("agreement template"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="agreements",
    )
    # One of `agreement_languages()`, chosen in the send form (participation.register.agreements.AgreementForm).
    language = models.CharField(_("language"), max_length=8, default=settings.LANGUAGE_CODE)
    ends_on = models.DateField(_("ends on"), help_text=_("The last day the agreement is in force."))
    # What the person was shown, copied from the template's revision when the agreement was sent.
    template_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("template version"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    template_version = models.PositiveIntegerField(_("template version"), default=0, editable=False)
    title = models.CharField(_("title"), max_length=255, editable=False)
    sections = models.JSONField(_("terms"), default=list, editable=False)
    signatory = models.CharField(_("signs for the organisation"), max_length=255, editable=False)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True, editable=False)
    token = models.CharField(_("private link"), max_length=64, unique=True, default=new_token, editable=False)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accepted_at = models.DateTimeField(_("accepted at"), null=True, editable=False)
    accepted_name = models.CharField(_("name typed"), max_length=255, blank=True, editable=False)
    accepted_address = models.GenericIPAddressField(_("IP address"), null=True, editable=False)
    reminded_at = models.DateTimeField(_("reminded at"), null=True, editable=False)

    objects = AgreementQuerySet.as_manager()

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["-sent_at", "-pk"]
        # The register's one permission covers agreements (participation.register.agreements).
        default_permissions = ()

    def __str__(self):
        return f"{self.title} – {self.person}"

    def copy_terms(self):
        """Copy the template's latest version into the agreement (when it is sent)."""
        template = self.template
        revision = template.latest_revision or template.save_revision()
        terms = revision.as_object()
        self.template_revision = revision
        self.template_version = template.revisions.filter(pk__lte=revision.pk).count()
        self.title = terms.title
        self.sections = terms.sections()
        self.signatory = terms.signatory
        self.organisation = organisation_name(self.language)

    def has_ended(self, today=None):
        return self.ends_on < (today or timezone.localdate())

    @property
    def status(self):
        if self.accepted_at:
            return AgreementStatus.ACCEPTED
        return AgreementStatus.ENDED if self.has_ended() else AgreementStatus.SENT

    def get_status_display(self):
        return self.status.label

    get_status_display.short_description = _("status")

    def paragraphs(self):
        """The sections with their text split into paragraphs, for the pages and the PDF."""
        return [
            {
                "heading": section["heading"],
                "paragraphs": [p.strip() for p in section["text"].split("\n\n") if p.strip()],
            }
            for section in self.sections
        ]
