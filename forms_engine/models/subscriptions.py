"""Subscriptions to a follow-up page's status changes, confirmed by email (double opt-in)."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class Subscription(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    email = models.EmailField(_("email"), db_index=True)
    language = models.CharField(_("language"), max_length=16)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("follow-up subscription")
        verbose_name_plural = _("follow-up subscriptions")
        constraints = [models.UniqueConstraint(fields=["page", "email"], name="unique_subscription_per_page")]

    def __str__(self):
        return self.email


class NotifiedStatus(models.Model):
    """The last status of a follow-up page that subscribers were told about."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+")
    status = models.CharField(max_length=32)

    def __str__(self):
        return f"{self.page_id}: {self.status}"
