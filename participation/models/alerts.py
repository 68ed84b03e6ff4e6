"""Alerts: a resident's email subscription to new open calls and events, and the pages residents were told of.

The behaviour (who is told, when, in which language) is in `participation/alerts/`.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class AlertFrequency(models.TextChoices):
    IMMEDIATE = "immediate", _("Right away, one email for each new item")
    WEEKLY = "weekly", _("Once a week, a summary")


class AlertSubscription(models.Model):
    """One resident's choices: which kinds of page, for which target groups and areas (none chosen = all), how often.

    It starts when the link in the confirmation email is followed (double opt-in); an unconfirmed one is erased after
    a few days (`participation.alerts.sending.UNCONFIRMED_DAYS`). The token is the only way to it from outside.
    """

    email = models.EmailField(_("email"), db_index=True)
    language = models.CharField(_("language"), max_length=16)
    # The scheme and host the resident subscribed through (https://osallistu.example.fi), which Django accepted as
    # one of ALLOWED_HOSTS: the worker's emails link there, as the Site row may still say http://localhost.
    root_url = models.CharField(max_length=255, blank=True, editable=False)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    open_calls = models.BooleanField(_("new open calls"), default=True)
    events = models.BooleanField(_("new events"), default=False)
    target_groups = models.ManyToManyField(
        "participation.TargetGroup", blank=True, related_name="+", verbose_name=_("target groups")
    )
    areas = models.ManyToManyField("participation.Area", blank=True, related_name="+", verbose_name=_("areas"))
    frequency = models.CharField(
        _("how often"), max_length=16, choices=AlertFrequency.choices, default=AlertFrequency.IMMEDIATE
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    # The weekly summary lists what was announced after this (the last summary sent, else the confirmation).
    digest_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("alert subscription")
        verbose_name_plural = _("alert subscriptions")

    def __str__(self):
        return self.email

    @property
    def digest_since(self):
        return self.digest_sent_at or self.confirmed_at


class AlertKind(models.TextChoices):
    OPEN_CALL = "open_call", _("Open call")
    EVENT = "event", _("Event")


class AnnouncedPage(models.Model):
    """An open call or event that subscribers were (or will be, in the weekly summary) told of: one row for the page
    and all its translations, written when it was first published, so that nobody hears of it twice."""

    translation_key = models.UUIDField(unique=True)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=AlertKind.choices)
    announced_at = models.DateTimeField(db_index=True)
    # The immediate alerts are queued in batches of subscriptions by primary key: the last one done, and when all
    # were. A row still without `alerts_done_at` is finished by the daily run (`participation.alerts.sending`).
    told_up_to = models.PositiveBigIntegerField(default=0, editable=False)
    alerts_done_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("announced page")
        verbose_name_plural = _("announced pages")

    def __str__(self):
        return f"{self.kind} {self.page_id}"
