"""The private register of experts by experience and developer clients (DESIGN §5b): who is available, for what, in
which language and area.

A profile is personal data of the most sensitive kind: only users with the permission `use_register` see or change
it (`participation/register/`), every view and change is in Wagtail's audit log, it is never indexed for search nor
served to the site or the API, the personal-data tool finds, exports and erases it by email, and the daily erasure
removes it once its retention date (end date + `REGISTER_RETENTION_DAYS`) has passed.

Later parts (assignments from orders, agreements, fee and travel claims) hang on the profile with a cascading
foreign key, so that they are erased with it.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RegisterLanguage(models.TextChoices):
    """Languages a person can take part in, as ISO 639-2 codes: not the site's content languages (settings)."""

    FINNISH = "fin", _("Finnish")
    SWEDISH = "swe", _("Swedish")
    ENGLISH = "eng", _("English")
    SAMI = "smi", _("Sámi")
    SIGN = "sgn", _("Sign language")


class RegisterRole(models.TextChoices):
    EXPERT_BY_EXPERIENCE = "expert_by_experience", _("Expert by experience")
    DEVELOPER_CLIENT = "developer_client", _("Developer client")
    PEER_SUPPORTER = "peer_supporter", _("Peer supporter")
    PANEL_MEMBER = "panel_member", _("Panel member")


def retention_date(end_date):
    return end_date + datetime.timedelta(days=settings.REGISTER_RETENTION_DAYS)


class RegisterProfileQuerySet(models.QuerySet):
    def with_email(self, email):
        return self.filter(email__iexact=email.strip())

    def expired(self, today):
        return self.filter(retain_until__lt=today)


class RegisterProfile(models.Model):
    """One person in the register. Not a Wagtail `Indexed` model: never in the search index."""

    name = models.CharField(_("name"), max_length=255)
    email = models.EmailField(_("email"), blank=True, db_index=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    # Lists of `RegisterLanguage` / `RegisterRole` values, ticked as checkboxes (participation/register/forms.py).
    languages = models.JSONField(_("languages"), default=list, blank=True)
    roles = models.JSONField(_("roles"), default=list, blank=True)
    areas = models.ManyToManyField("participation.Area", verbose_name=_("areas"), blank=True, related_name="+")
    target_groups = models.ManyToManyField(
        "participation.TargetGroup", verbose_name=_("themes and target groups"), blank=True, related_name="+"
    )
    training = models.TextField(
        _("training and orientation done"), blank=True, help_text=_("What the person has completed, and when.")
    )
    availability = models.TextField(
        _("availability"),
        blank=True,
        help_text=_("When and how the person can take part, and any arrangements needed."),
    )
    consent_text = models.TextField(_("consent given"))
    consent_at = models.DateTimeField(_("consent given at"))
    end_date = models.DateField(
        _("end date"),
        help_text=_(
            "The last day the person is in the register. The profile is erased when the retention period after it ends."
        ),
    )
    retain_until = models.DateField(_("kept until"), db_index=True, editable=False)
    # The application the profile was made from; the submission itself is erased on its own retention date.
    submission = models.OneToOneField(
        "forms_engine.Submission",
        verbose_name=pgettext_lazy("register", "application"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="register_profile",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = RegisterProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("person in the register")
        verbose_name_plural = _("register of experts by experience")
        ordering = ["name", "pk"]
        # One permission for the whole register: whoever has it sees and changes every profile, nobody else any.
        default_permissions = ()
        permissions = [("use_register", _("Can use the register of experts by experience"))]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.retain_until = retention_date(self.end_date)
        if kwargs.get("update_fields") is not None and "end_date" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "retain_until"}
        super().save(*args, **kwargs)

    def get_languages_display(self):
        known = RegisterLanguage.values
        return ", ".join(str(RegisterLanguage(code).label) for code in self.languages if code in known)

    get_languages_display.short_description = _("languages")

    def get_roles_display(self):
        return ", ".join(str(RegisterRole(code).label) for code in self.roles if code in RegisterRole.values)

    get_roles_display.short_description = _("roles")
