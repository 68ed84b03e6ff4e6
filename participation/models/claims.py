"""Fee and travel claims (DESIGN §5b): after a done assignment the person claims their fee or compensation and
travel costs through the offer's private link; a coordinator approves the claim and exports approved claims for
payroll.

The bank account is needed only until the claim is paid: it is emptied when the claim is exported (`exported_at`).
A claim goes with its offer, and so with the person's profile.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from forms_engine.models.attachments import PrivateFile


class ClaimStatus(models.TextChoices):
    SENT = "sent", pgettext_lazy("claim", "Waiting for approval")
    APPROVED = "approved", pgettext_lazy("claim", "Approved")
    RETURNED = "returned", pgettext_lazy("claim", "Returned for correction")
    EXPORTED = "exported", pgettext_lazy("claim", "Sent to payroll")


class FeeClaim(models.Model):
    offer = models.OneToOneField("participation.AssignmentOffer", on_delete=models.CASCADE, related_name="claim")
    kilometres = models.DecimalField(_("kilometres driven"), max_digits=7, decimal_places=1, default=0)
    route = models.CharField(_("route"), max_length=255, blank=True, help_text=_("From where to where and back."))
    ticket_costs = models.DecimalField(
        _("tickets and other travel costs (euros)"), max_digits=8, decimal_places=2, default=0
    )
    bank_account = models.CharField(_("bank account (IBAN)"), max_length=34, blank=True)
    note = models.TextField(_("anything else"), blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=ClaimStatus.choices, default=ClaimStatus.SENT, db_index=True
    )
    coordinator_note = models.TextField(_("note to the person"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    exported_at = models.DateTimeField(_("sent to payroll at"), null=True, blank=True)
    # The language the claim was sent in: the email about a returned claim is in it.
    language = models.CharField(_("language"), max_length=8, default=settings.LANGUAGE_CODE, editable=False)

    class Meta:
        verbose_name = _("fee and travel claim")
        verbose_name_plural = _("fee and travel claims")
        ordering = ["-sent_at", "-pk"]
        default_permissions = ()

    def __str__(self):
        return str(self.offer)


class ClaimAttachment(PrivateFile):
    """A ticket or receipt sent with a claim (an image or a PDF checked by its content, `forms_engine.attachments`),
    served only to the register's users and erased with the claim, by any path (the claim erased, the person erased,
    the claim's offer deleted)."""

    claim = models.ForeignKey(FeeClaim, on_delete=models.CASCADE, related_name="attachments")
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta(PrivateFile.Meta):
        verbose_name = _("ticket or receipt")
        verbose_name_plural = _("tickets and receipts")
        default_permissions = ()

    @classmethod
    def store(cls, claim, upload):
        return cls.stored(upload, claim=claim)
