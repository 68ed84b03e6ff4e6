"""Assignments from orders (DESIGN §5b): a professional orders an expert by experience or a developer client through
the experts' bank form, a coordinator turns the order into an assignment, offers it to a person from the register
and records it done.

An assignment itself names nobody: the people it was offered to are its offers (`AssignmentOffer`), each with its
own private link (`token`) through which the person accepts or declines without an account, and later claims their
fee and travel costs (`participation.models.claims`). Offers go with their person's profile (cascade), so erasing a
person leaves the assignment, its hours and attendance for the figures, and nothing of them.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from participation.models.register import RegisterLanguage


def new_token():
    """A private link's secret: 43 URL-safe characters (`participation.register.urls`)."""
    return secrets.token_urlsafe(32)


class FeeClass(models.TextChoices):
    """What the person is paid, after seed 002's agreement: a developer client a fee and travel, an expert by
    experience an expense compensation and travel; volunteers travel only."""

    FEE = "fee", _("Fee and travel costs")
    EXPENSES = "expenses", _("Expense compensation and travel costs")
    TRAVEL = "travel", _("Travel costs only")


class AssignmentStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("assignment", "Looking for a person")
    CONFIRMED = "confirmed", pgettext_lazy("assignment", "Person confirmed")
    DONE = "done", pgettext_lazy("assignment", "Done")
    CANCELLED = "cancelled", pgettext_lazy("assignment", "Cancelled")


class Assignment(models.Model):
    """One task ordered from the register. Kept in the admin only, behind the register permission."""

    # The order it was made from; the submission is erased on its own retention date, the assignment keeps what it
    # needs of it (the orderer's name and email to tell them who is coming).
    order = models.OneToOneField(
        "forms_engine.Submission",
        verbose_name=_("order"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="assignment",
    )
    orderer_name = models.CharField(_("orderer"), max_length=255, blank=True)
    orderer_email = models.EmailField(_("orderer's email"), blank=True)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    task = models.TextField(_("task"), help_text=_("What the person is asked to do, for whom and for how long."))
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("starts at"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=255, help_text=_("An address, or how to join online."))
    language = models.CharField(_("language"), max_length=3, choices=RegisterLanguage.choices, default="fin")
    area = models.ForeignKey(
        "participation.Area", verbose_name=_("area"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_group = models.ForeignKey(
        "participation.TargetGroup",
        verbose_name=_("theme or target group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    fee_class = models.CharField(_("fee class"), max_length=16, choices=FeeClass.choices, default=FeeClass.EXPENSES)
    fee_amount = models.DecimalField(
        _("fee or compensation (euros)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("As agreed for this assignment; travel costs are claimed separately."),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=AssignmentStatus.choices, default=AssignmentStatus.OPEN, db_index=True
    )
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1, null=True, blank=True)
    attendance = models.PositiveIntegerField(
        _("attendance"), null=True, blank=True, help_text=_("How many people took part in the event or meeting.")
    )
    orderer_told_at = models.DateTimeField(_("orderer told at"), null=True, blank=True, editable=False)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["-date", "-pk"]
        # The register's one permission covers assignments (participation.register.permissions).
        default_permissions = ()

    def __str__(self):
        return f"{self.date:%d.%m.%Y} {self.task[:60]}"


class OfferStatus(models.TextChoices):
    OFFERED = "offered", pgettext_lazy("offer", "Waiting for an answer")
    ACCEPTED = "accepted", pgettext_lazy("offer", "Accepted")
    DECLINED = "declined", pgettext_lazy("offer", "Declined")
    WITHDRAWN = "withdrawn", pgettext_lazy("offer", "Withdrawn")


class AssignmentOffer(models.Model):
    """An assignment offered to one person in the register, answered through the private link in their email."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="offers")
    person = models.ForeignKey(
        "participation.RegisterProfile",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="assignment_offers",
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    status = models.CharField(
        _("answer"), max_length=16, choices=OfferStatus.choices, default=OfferStatus.OFFERED, db_index=True
    )
    offered_at = models.DateTimeField(_("offered at"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["-offered_at", "-pk"]
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["assignment", "person"], name="one_offer_per_person_and_assignment"),
            # However two answers cross, an assignment has at most one person who accepted it.
            models.UniqueConstraint(
                fields=["assignment"], condition=models.Q(status="accepted"), name="one_accepted_offer_per_assignment"
            ),
        ]

    def __str__(self):
        return f"{self.assignment} – {self.person}"
