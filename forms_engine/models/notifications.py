"""The outbox: every email the forms engine sends is a row first, written in the same transaction as its cause."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NotificationStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed, will be retried")
    GAVE_UP = "gave_up", _("Failed")


class Notification(models.Model):
    submission = models.ForeignKey(
        "forms_engine.Submission", null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    subscription = models.ForeignKey(
        "forms_engine.Subscription", null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    recipients = models.TextField(_("to"), help_text=_("Comma-separated addresses."))
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("body"))
    # Extra message headers, such as List-Unsubscribe for emails that can be stopped with one click (RFC 8058).
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=NotificationStatus.choices, default=NotificationStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # When a worker took the row to send it. A row still "sending" long after this was left by a worker that died.
    claimed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("email notification")
        verbose_name_plural = _("email notifications")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.subject

    @property
    def recipient_list(self):
        return [address.strip() for address in self.recipients.split(",") if address.strip()]
