"""Saving a submission: reference, token, routing, due and retention dates, place and emails in one transaction.

A submission a coordinator records on someone's behalf (given by phone, on paper, face to face…) goes through the
same transaction with its channel of intake and who recorded it (`submit(..., intake_channel=, recorded_by=)`), so
it gets the same reference, routing, dates, place, history and emails as one sent on the web.

A web form is saved at most once: the nonce of its single-use token (`forms_engine.form_tokens`) is stored on the
submission under a unique constraint, so a second send of the same form — even at the same moment — saves
nothing and names the first submission (`AlreadySent`).

A form whose answers need no reply (`FormPageBase.answers_need_reply` False, e.g. a survey) has its submissions
saved closed and without a due date, so they never wait in the inbox, and tells no coordinator of each one by
email: a survey may get hundreds of answers, which coordinators read in the inbox under their form.
"""

import datetime
import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from forms_engine.forms import CONSENT
from forms_engine.handling import public_status_url
from forms_engine.models import (
    Attachment,
    EventKind,
    IntakeChannel,
    Place,
    ReferenceCounter,
    Submission,
    SubmissionStatus,
)
from forms_engine.notifications import queue_email


class AlreadySent(Exception):
    """This form (its token) was already sent: `submission` is the first send."""

    def __init__(self, submission):
        super().__init__(submission.reference)
        self.submission = submission


class SubmissionRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def json_safe(answers):
    return json.loads(json.dumps(answers, cls=DjangoJSONEncoder))


def contact_email(page, answers):
    """The first answer to an email field: where the receipt and the answer go."""
    for field in page.get_form_fields():
        if field.field_type == "email" and answers.get(field.clean_name):
            return answers[field.clean_name]
    return ""


def route(page, answers):
    """The coordinator groups: those of matching routing rules, otherwise the page's own."""
    rules = [rule for rule in page.form_routing_rules.select_related("group") if rule.matches(answers)]
    if rules:
        return list({rule.group_id: rule.group for rule in rules}.values())
    return list(page.coordinator_groups.all())


def allocate_place(page):
    """Confirmed or waiting, counting the registrations of the page and its translations.

    The page rows are locked first, so concurrent registrations are counted one after another.
    """
    capacity = page.submission_capacity()
    if capacity is None:
        return Place.NONE
    list(Page.objects.select_for_update().filter(translation_key=page.translation_key).order_by("pk").values("pk"))
    return Place.CONFIRMED if page.places_taken() < capacity else Place.WAITING


def inbox_url(request, submission):
    return request.build_absolute_uri(reverse("forms_engine_inbox:detail", args=[submission.pk]))


def coordinator_emails(groups):
    users = get_user_model().objects.filter(groups__in=groups, is_active=True).exclude(email="").distinct()
    return sorted({user.email for user in users})


def submit(page, form, request, intake_channel=IntakeChannel.WEB, recorded_by=None):
    """Save the submission and queue its emails; everything or nothing, and once per form token.

    `recorded_by` is the coordinator who recorded a submission given through `intake_channel` (not the web).
    """
    answers = json_safe(form.answers)
    form_token = form.form_token.nonce if getattr(form, "form_token", None) else None
    try:
        return _save(page, form, request, answers, form_token, intake_channel, recorded_by)
    except IntegrityError:
        earlier = Submission.objects.filter(form_token=form_token).first() if form_token else None
        if earlier is None:
            raise
        raise AlreadySent(earlier) from None


def recorded_text(user, intake_channel):
    """The history's line for a recorded submission: "Recorded by Kaisa K. (channel of intake: Phone)."."""
    return _("Recorded by %(name)s (channel of intake: %(channel)s).") % {
        "name": user.get_full_name() or user.get_username(),
        "channel": IntakeChannel(intake_channel).label,
    }


def _save(page, form, request, answers, form_token, intake_channel, recorded_by):
    """The one transaction: a refusal, a second send of the token or any failure leaves nothing behind, not even
    the files of its attachments, which are written to the private storage before the transaction ends."""
    stored = []
    try:
        return _save_in_transaction(page, form, request, answers, form_token, intake_channel, recorded_by, stored)
    except BaseException:
        for attachment in stored:
            attachment.erase_file()
        raise


def _save_in_transaction(page, form, request, answers, form_token, intake_channel, recorded_by, stored):
    now = timezone.now()
    today = timezone.localdate()
    language = page.locale.language_code
    with transaction.atomic():
        refusal = page.form_refusal()
        if refusal:
            raise SubmissionRefused(refusal)
        groups = route(page, answers)
        needs_reply = page.answers_need_reply
        submission = Submission.objects.create(
            page=page,
            form_data=answers,
            form_token=form_token,
            reference=ReferenceCounter.next_reference(today.year),
            language=language,
            email=contact_email(page, answers),
            due_date=today + datetime.timedelta(days=page.handling_days) if needs_reply else None,
            status=SubmissionStatus.NEW if needs_reply else SubmissionStatus.CLOSED,
            retain_until=today + datetime.timedelta(days=page.retention_days),
            consent_text=str(form.fields[CONSENT].label),
            consent_at=now,
            place=allocate_place(page),
            intake_channel=intake_channel,
            recorded_by=recorded_by,
        )
        submission.groups.set(groups)
        for name, upload in getattr(form, "attachments", {}).items():
            stored.append(Attachment.store(submission, name, upload))
        text = _("Routed to: %(groups)s") % {"groups": ", ".join(g.name for g in groups)}
        if recorded_by is not None:
            text = f"{recorded_text(recorded_by, intake_channel)}\n{text}"
        if not needs_reply:
            text = f"{text}\n{_('The form needs no reply: saved as closed, with no due date.')}"
        submission.record(EventKind.SUBMITTED, user=recorded_by, text=text)
        context = {
            "submission": submission,
            "page": page,
            "status_url": public_status_url(request, submission),
            "inbox_url": inbox_url(request, submission),
        }
        queue_email([submission.email], "receipt", context, language, submission=submission)
        if needs_reply:
            queue_email(
                coordinator_emails(groups), "new_submission", context, settings.LANGUAGE_CODE, submission=submission
            )
    return submission
