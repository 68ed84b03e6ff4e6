"""Submissions, their public references and the record of everything that happened to them."""

import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import AbstractFormSubmission


class SubmissionStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


class Place(models.TextChoices):
    """For forms with limited places (event registrations)."""

    NONE = "", _("No places")
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class IntakeChannel(models.TextChoices):
    """How a submission came in (DESIGN §5 point 10): the web form, or recorded by a coordinator on the person's
    behalf (`forms_engine.admin_views.intake`)."""

    WEB = "web", pgettext_lazy("channel of intake", "Web form")
    PHONE = "phone", pgettext_lazy("channel of intake", "Phone")
    PAPER = "paper", pgettext_lazy("channel of intake", "Paper form")
    FACE_TO_FACE = "face_to_face", pgettext_lazy("channel of intake", "Face to face")
    EMAIL = "email", pgettext_lazy("channel of intake", "Email")
    EVENT = "event", pgettext_lazy("channel of intake", "Event")


class ReferenceCounter(models.Model):
    """The last reference number used in a year. Incremented with an UPDATE, so concurrent submissions wait."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last}"

    @classmethod
    def next_reference(cls, year):
        """The next public reference for `year`, e.g. OV-2026-000123. Call inside a transaction."""
        while not cls.objects.filter(year=year).update(last=F("last") + 1):
            try:
                with transaction.atomic():
                    cls.objects.create(year=year, last=1)
                break
            except IntegrityError:
                continue  # someone else created the year's row first
        number = cls.objects.get(year=year).last
        return f"OV-{year}-{number:06d}"


def new_token():
    return secrets.token_urlsafe(32)


WAITING_STATUSES = [SubmissionStatus.NEW, SubmissionStatus.IN_PROGRESS]
REGISTRATION_PLACES = [Place.CONFIRMED, Place.WAITING, Place.CANCELLED]


class SubmissionQuerySet(models.QuerySet):
    def for_user(self, user):
        """Coordinators see only submissions routed to their groups; superusers see all."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_superuser:
            return self
        return self.filter(pk__in=Submission.groups.through.objects.filter(group__user=user).values("submission_id"))

    def waiting(self):
        """Submissions waiting for a coordinator's answer: new or in progress, with a due date (one of a form whose
        answers need no reply, such as a survey, has none), and not an event registration (a sign-up with a place,
        confirmed, on the waiting list or cancelled, needs no answer)."""
        return self.filter(status__in=WAITING_STATUSES, due_date__isnull=False).exclude(place__in=REGISTRATION_PLACES)

    def overdue(self, today=None):
        """Waiting submissions whose due date has passed."""
        return self.waiting().filter(due_date__lt=today or timezone.localdate())

    def with_email(self, email):
        return self.filter(email__iexact=email.strip())


class Submission(AbstractFormSubmission):
    """One submission of a form page, routed to coordinator groups and handled within the agreed time.

    Never indexed for search: it is not a Wagtail `Indexed` model.
    """

    # AbstractFormSubmission cascades, so deleting a page would erase its submissions before their retention
    # date. The admin refuses such deletions with a message (wagtail_hooks.py); this guards every other path.
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT)
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # The single-use token of the form that was shown (forms_engine.form_tokens): a second send of the same form
    # finds this submission instead of making another. Empty for submissions not sent through a web form.
    form_token = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    language = models.CharField(_("language"), max_length=16)
    email = models.EmailField(_("contact email"), blank=True, db_index=True)
    status = models.CharField(
        _("status"), max_length=16, choices=SubmissionStatus.choices, default=SubmissionStatus.NEW, db_index=True
    )
    groups = models.ManyToManyField("auth.Group", related_name="+", verbose_name=_("routed to"))
    # Empty for a submission that awaits no reply (its page's `answers_need_reply` is False, e.g. a survey).
    due_date = models.DateField(_("due date"), null=True, blank=True, db_index=True)
    retain_until = models.DateField(_("kept until"), db_index=True)
    consent_text = models.TextField(_("consent given"))
    consent_at = models.DateTimeField(_("consent given at"))
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answer = models.TextField(_("answer to the resident"), blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=16, choices=Place.choices, blank=True, default=Place.NONE)
    follow_up = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("follow-up"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intake_channel = models.CharField(
        _("channel of intake"), max_length=16, choices=IntakeChannel.choices, default=IntakeChannel.WEB, db_index=True
    )
    # The coordinator who recorded a submission given by phone, on paper, face to face… Empty for the web form.
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-submit_time"]

    def __str__(self):
        return self.reference

    def get_data(self):
        return {**super().get_data(), "reference": self.reference}

    @property
    def is_overdue(self):
        return self.is_waiting and self.due_date < timezone.localdate()

    @property
    def is_waiting(self):
        """New or in progress, with a due date, and not an event registration: see `SubmissionQuerySet.waiting`."""
        return self.status in WAITING_STATUSES and self.needs_reply and self.place not in REGISTRATION_PLACES

    @property
    def needs_reply(self):
        """Whether a reply was promised: False for the submissions of a form whose answers need none (a survey),
        which are saved closed and without a due date (`FormPageBase.answers_need_reply`)."""
        return self.due_date is not None

    @property
    def is_sign_up(self):
        return self.place in REGISTRATION_PLACES

    def state_label(self):
        """What the inbox says of it: a sign-up's place ("Sign-up: Confirmed"), since it waits for no answer;
        "Received, no reply needed" for a survey answer as saved; or the handling status."""
        if self.is_sign_up:
            return gettext("Sign-up: %(place)s") % {"place": self.get_place_display()}
        if not self.needs_reply and self.status == SubmissionStatus.CLOSED:
            return gettext("Received, no reply needed")
        return self.get_status_display()

    def record(self, kind, user=None, text=""):
        return SubmissionEvent.objects.create(submission=self, kind=kind, user=user, text=text)


class EventKind(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    VIEWED = "viewed", _("Viewed")
    STATUS = "status", _("Status changed")
    ASSIGNED = "assigned", _("Assigned")
    NOTE = "note", _("Internal note")
    ANSWERED = "answered", _("Answered")
    FOLLOW_UP = "follow_up", _("Follow-up created")
    PLACE = "place", _("Place changed")
    EXPORTED = "exported", _("Exported")


class SubmissionEvent(models.Model):
    """Who did what and when: every change, note and view of a submission."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(_("when"), auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("who"), null=True, blank=True, on_delete=models.SET_NULL
    )
    kind = models.CharField(_("what"), max_length=16, choices=EventKind.choices)
    text = models.TextField(_("details"), blank=True)

    class Meta:
        verbose_name = _("submission event")
        verbose_name_plural = _("submission events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.submission_id} {self.kind}"
