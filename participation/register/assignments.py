"""Assignments from orders (`participation.models.assignments`): which submissions are orders and what an
assignment takes from one, who in the register is proposed for an assignment, offering it to a person by email,
the person's answer through their private link, and marking the assignment done.

The views (`assignment_views`, `offer_views`) only call these, so that each step has one place."""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy, pgettext_lazy
from wagtail.log_actions import log
from wagtail.models import Locale, ModelLogEntry

from forms_engine.notifications import queue_email
from participation.models import (
    Area,
    Assignment,
    AssignmentOffer,
    AssignmentStatus,
    ChannelKind,
    ChannelPage,
    OfferStatus,
    RegisterProfile,
    TargetGroup,
)
from participation.register.prefill import AREA_FIELDS, NAME_FIELDS, answers, first_answer, terms_named

# The channels whose form orders a person from the register: the experts' bank, and a developer-client group
# whose form asks what the person is ordered for.
ORDER_CHANNEL_KINDS = (ChannelKind.EXPERTS_BY_EXPERIENCE, ChannelKind.DEVELOPER_CLIENTS)
# An order's fields by their names in Finnish, Swedish or English (the demo's "experts_order" form).
PURPOSE_FIELDS = ("tarkoitus", "tehtava", "syfte", "uppdrag", "purpose", "task")
DATE_FIELDS = ("paivamaara", "paiva", "datum", "date")
AUDIENCE_FIELDS = ("yleiso", "kohdeyleiso", "kohderyhma", "publik", "malgrupp", "audience", "target_group")
THEME_FIELDS = ("teema", "aihe", "tema", "theme")
ORGANISATION_FIELDS = ("organisaatio", "organisation", "organization", "yhteiso")
FEE_FIELDS = ("palkkio", "palkkiobudjetti", "arvode", "arvodesbudget", "fee", "fee_budget", "budget")
PLACE_FIELDS = ("paikka", "plats", "place")
TIME_FIELDS = ("kellonaika", "aika", "tid", "klockslag", "time")


def site_language_of(register_language):
    """The site's language code for a register language, None if the site is not written in it."""
    return settings.REGISTER_SITE_LANGUAGES.get(register_language)


def register_language_of(site_language):
    """The register's language for a site language code (of a form sent in it), the main language's if none."""
    for register_language, code in settings.REGISTER_SITE_LANGUAGES.items():
        if code == site_language:
            return register_language
    return register_language_of(settings.LANGUAGE_CODE) if site_language != settings.LANGUAGE_CODE else None


OFFER_ACTION = "participation.assignment.offer"
ACCEPT_ACTION = "participation.assignment.accept"
DECLINE_ACTION = "participation.assignment.decline"
WITHDRAW_ACTION = "participation.assignment.withdraw"
DONE_ACTION = "participation.assignment.done"
CANCEL_ACTION = "participation.assignment.cancel"
# Each action in the assignment's history: (action, what it is, what it did), registered in wagtail_hooks.py.
LOG_ACTIONS = [
    (OFFER_ACTION, pgettext_lazy("assignment log", "Offer"), gettext_lazy("Offered to a person")),
    (ACCEPT_ACTION, pgettext_lazy("assignment log", "Accept"), gettext_lazy("Accepted by the person")),
    (DECLINE_ACTION, pgettext_lazy("assignment log", "Decline"), gettext_lazy("Declined by the person")),
    (WITHDRAW_ACTION, pgettext_lazy("assignment log", "Withdraw"), gettext_lazy("Offer withdrawn")),
    (DONE_ACTION, pgettext_lazy("assignment log", "Mark as done"), gettext_lazy("Marked done")),
    (CANCEL_ACTION, pgettext_lazy("assignment log", "Cancel"), gettext_lazy("Cancelled")),
]


# Orders


def is_order(submission):
    """Whether `submission` orders a person from the register: sent through the form of an experts' bank or
    developer-client channel page, and a form that asks what the person is ordered for (a channel's plain
    contact form, "ask or show interest", is not an order)."""
    page = submission.page
    if not issubclass(page.specific_class or type(None), ChannelPage):
        return False
    if not ChannelPage.objects.filter(pk=page.pk, kind__in=ORDER_CHANNEL_KINDS).exists():
        return False
    names = set(page.form_fields.values_list("clean_name", flat=True)) | set(submission.form_data or {})
    return bool(names & set(PURPOSE_FIELDS))


def parse_date(text):
    """An answer's date: the form's ISO date, or one typed as 31.12.2026."""
    text = (text or "").strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def parse_euros(text):
    """An amount in euros from an answer such as "200 €", "150,50 euroa" or "noin 300": the only number in it,
    else None (a range or a sentence is left for the coordinator to read)."""
    numbers = re.findall(r"\d[\d\s]*(?:[.,]\d{1,2})?", text or "")
    if len(numbers) != 1:
        return None
    try:
        amount = Decimal(re.sub(r"\s", "", numbers[0]).replace(",", "."))
    except InvalidOperation:
        return None
    return amount if amount < Decimal("1000000") else None


def initial_from_order(submission):
    """The new assignment's initial values from an order. What has no field of its own (an audience or theme not
    among the site's target groups, a fee budget that is not one amount) is added to the task for the
    coordinator to read."""
    data = submission.form_data or {}
    purpose = first_answer(data, PURPOSE_FIELDS)
    audience = first_answer(data, AUDIENCE_FIELDS)
    theme = first_answer(data, THEME_FIELDS)
    fee = first_answer(data, FEE_FIELDS)
    themes = [value for value in (theme, audience) if value]
    target_groups = terms_named(TargetGroup, themes)
    areas = terms_named(Area, answers(data, AREA_FIELDS))
    amount = parse_euros(fee)
    with translation.override(submission.language or settings.LANGUAGE_CODE):
        notes = [purpose]
        if audience:
            notes.append(f"{translation.gettext('Audience')}: {audience}")
        if theme:
            notes.append(f"{translation.gettext('Theme')}: {theme}")
        if fee and amount is None:
            notes.append(f"{translation.gettext('Fee budget')}: {fee}")
    initial = {
        "task": "\n".join(note for note in notes if note),
        "orderer_name": first_answer(data, NAME_FIELDS),
        "orderer_email": submission.email,
        "organisation": first_answer(data, ORGANISATION_FIELDS),
        "place": first_answer(data, PLACE_FIELDS),
        "language": register_language_of(submission.language or settings.LANGUAGE_CODE),
    }
    date = parse_date(first_answer(data, DATE_FIELDS))
    if date:
        initial["date"] = date
    if target_groups:
        initial["target_group"] = target_groups[0]
    if areas:
        initial["area"] = areas[0]
    if amount is not None:
        initial["fee_amount"] = amount
    return initial


# Proposing people


def proposals(language=None, area=None, target_group=None, role=None, today=None):
    """The people in the register who fit: speak `language`, work in `area`, on `target_group`, in `role` (each
    left out when None), and whose end date has not passed. Their availability is free text, which the
    coordinator reads."""
    from participation.register.filters import in_list

    today = today or timezone.localdate()
    people = RegisterProfile.objects.filter(end_date__gte=today)
    people = in_list(people, "languages", language)
    people = in_list(people, "roles", role)
    if area is not None:
        people = people.filter(areas=area)
    if target_group is not None:
        people = people.filter(target_groups=target_group)
    return people.distinct().order_by("name", "pk")


def main_language_term(term):
    """The site's main-language version of a term (a person's areas and themes are those)."""
    if term is None:
        return None
    model = type(term)
    return model.objects.filter(translation_key=term.translation_key, locale=Locale.get_default()).first() or term


def email_language(person, assignment=None):
    """The language of a person's emails: the assignment's, if the person speaks it and the site has it; else
    the first of Finnish, Swedish and English the person speaks; Finnish when none."""
    if assignment is not None and assignment.language in person.languages and site_language_of(assignment.language):
        return site_language_of(assignment.language)
    for code, language in settings.REGISTER_SITE_LANGUAGES.items():
        if code in person.languages:
            return language
    return settings.LANGUAGE_CODE


def offer_url(offer, root_url, language):
    with translation.override(language):
        return root_url.rstrip("/") + reverse("register_links:offer", args=[offer.token])


def details(assignment, language):
    """The assignment's details for an email, in `language`."""
    with translation.override(language):
        return {
            "task": assignment.task,
            "date": assignment.date,
            "start_time": assignment.start_time,
            "place": assignment.place,
            "fee_class": str(assignment.get_fee_class_display()),
            "fee_amount": assignment.fee_amount,
            "language": str(assignment.get_language_display()),
        }


class AlreadyOffered(Exception):
    pass


def offer_to(assignment, person, user, root_url):
    """Offer `assignment` to `person`: the offer with its private link, and the email that carries the link, in
    the person's language. A person is offered one assignment once (`AlreadyOffered`)."""
    language = email_language(person, assignment)
    try:
        with transaction.atomic():
            offer = AssignmentOffer.objects.create(assignment=assignment, person=person)
            context = {
                "person_name": person.name,
                "assignment": details(assignment, language),
                "url": offer_url(offer, root_url, language),
            }
            queue_email([person.email], "participation/email/assignment_offer", context, language)
            log(assignment, OFFER_ACTION, user=user, data={"offer": offer.pk})
    except IntegrityError as error:
        raise AlreadyOffered from error
    return offer


def withdraw(offer, user):
    """Take back an offer not yet answered (or accepted: the assignment looks for a person again, and the orderer
    is told anew who comes once someone accepts). The person is emailed that the offer was withdrawn."""
    with transaction.atomic():
        offer = AssignmentOffer.objects.select_for_update().select_related("person").get(pk=offer.pk)
        if offer.status not in (OfferStatus.OFFERED, OfferStatus.ACCEPTED):
            return False
        was_accepted = offer.status == OfferStatus.ACCEPTED
        offer.status = OfferStatus.WITHDRAWN
        offer.save(update_fields=["status"])
        assignment = offer.assignment
        if was_accepted and assignment.status == AssignmentStatus.CONFIRMED:
            assignment.status = AssignmentStatus.OPEN
            assignment.orderer_told_at = None
            assignment.save(update_fields=["status", "orderer_told_at", "updated_at"])
        log(assignment, WITHDRAW_ACTION, user=user, data={"offer": offer.pk})
        tell_called_off(offer, cancelled=False)
    return True


def cancel(assignment, user):
    """Cancel the assignment: offers still waiting for an answer are withdrawn, and the people it was offered to
    (waiting or accepted) and the orderer are emailed that it was cancelled."""
    with transaction.atomic():
        assignment.status = AssignmentStatus.CANCELLED
        assignment.save(update_fields=["status", "updated_at"])
        live = list(
            assignment.offers.filter(status__in=[OfferStatus.OFFERED, OfferStatus.ACCEPTED]).select_related("person")
        )
        assignment.offers.filter(status=OfferStatus.OFFERED).update(status=OfferStatus.WITHDRAWN)
        log(assignment, CANCEL_ACTION, user=user)
        for offer in live:
            tell_called_off(offer, cancelled=True)
        tell_orderer_cancelled(assignment)


def tell_called_off(offer, cancelled):
    """Email the person that the assignment offered to them was cancelled, or the offer withdrawn."""
    person = offer.person
    if not person.email:
        return
    language = email_language(person, offer.assignment)
    context = {"name": person.name, "cancelled": cancelled, "assignment": details(offer.assignment, language)}
    queue_email([person.email], "participation/email/assignment_called_off", context, language)


def order_language(assignment):
    language = assignment.order.language if assignment.order else settings.LANGUAGE_CODE
    return language if language in settings.REGISTER_SITE_LANGUAGES.values() else settings.LANGUAGE_CODE


def tell_orderer_cancelled(assignment):
    """Email the orderer that the assignment made of their order was cancelled."""
    if not assignment.orderer_email:
        return
    language = order_language(assignment)
    context = {
        "orderer_name": assignment.orderer_name,
        "assignment": details(assignment, language),
        "reference": assignment.order.reference if assignment.order else "",
    }
    queue_email([assignment.orderer_email], "participation/email/assignment_orderer_cancelled", context, language)


# The person's answer


class Answer:
    """What the person's page says after a POST (and what it says to a GET when nothing can be done)."""

    ACCEPTED = "accepted"
    DECLINED = "declined"
    TAKEN = "taken"  # someone else accepted first
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"
    DONE = "done"


def state_of(offer):
    """What the person's page shows: their answer, or why there is nothing to answer, or None (they can answer)."""
    assignment = offer.assignment
    if offer.status == OfferStatus.ACCEPTED:
        return Answer.ACCEPTED
    if offer.status == OfferStatus.DECLINED:
        return Answer.DECLINED
    if offer.status == OfferStatus.WITHDRAWN:
        return Answer.CANCELLED if assignment.status == AssignmentStatus.CANCELLED else Answer.WITHDRAWN
    if assignment.status == AssignmentStatus.CANCELLED:
        return Answer.CANCELLED
    if assignment.offers.filter(status=OfferStatus.ACCEPTED).exclude(pk=offer.pk).exists():
        return Answer.TAKEN
    if assignment.status == AssignmentStatus.DONE:
        return Answer.DONE
    return None


def answer(offer, accept, root_url=""):
    """Record the person's answer once, tell the coordinator who made the offer, and return what the person's page
    says. A second answer changes nothing.

    Two people accepting at the same moment: the partial unique constraint lets one accepted offer per assignment
    in, the other one's save fails and they are told someone else took it."""
    with transaction.atomic():
        offer = (
            AssignmentOffer.objects.select_for_update(of=("self",))
            .select_related("assignment", "person")
            .get(pk=offer.pk)
        )
        state = state_of(offer)
        if state is not None:
            return state
        offer.status = OfferStatus.ACCEPTED if accept else OfferStatus.DECLINED
        offer.answered_at = timezone.now()
        try:
            with transaction.atomic():
                offer.save(update_fields=["status", "answered_at"])
        except IntegrityError:
            return Answer.TAKEN
        assignment = offer.assignment
        if accept:
            assignment.status = AssignmentStatus.CONFIRMED
            assignment.save(update_fields=["status", "updated_at"])
            tell_orderer(assignment, offer.person)
        log(assignment, ACCEPT_ACTION if accept else DECLINE_ACTION, data={"offer": offer.pk})
        tell_coordinator(offer, root_url)
    return Answer.ACCEPTED if accept else Answer.DECLINED


def offered_by(offer):
    """The coordinator who made the offer, as the assignment's log records it (the log names nobody but users)."""
    entry = (
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Assignment),
            object_id=str(offer.assignment_id),
            action=OFFER_ACTION,
            data__offer=offer.pk,
        )
        .select_related("user")
        .first()
    )
    return entry.user if entry else None


def tell_coordinator(offer, root_url):
    """Email the coordinator who made the offer that the person answered, so that a declined offer can go to the
    next person at once. In the admin's language; a coordinator who has since lost the register gets nothing."""
    from participation.register.permissions import may_use_register

    user = offered_by(offer)
    if user is None or not user.email or not may_use_register(user):
        return
    path = reverse(Assignment.snippet_viewset.get_url_name("inspect"), args=[offer.assignment_id])
    context = {
        "person_name": offer.person.name,
        "accepted": offer.status == OfferStatus.ACCEPTED,
        "assignment": details(offer.assignment, settings.LANGUAGE_CODE),
        "url": (root_url.rstrip("/") or settings.WAGTAILADMIN_BASE_URL.rstrip("/")) + path,
    }
    queue_email([user.email], "participation/email/assignment_answered", context, settings.LANGUAGE_CODE)


def tell_orderer(assignment, person):
    """Email the orderer who is coming, once per assignment (`orderer_told_at`), in the order's language."""
    assignment = Assignment.objects.select_for_update(of=("self",)).select_related("order").get(pk=assignment.pk)
    if assignment.orderer_told_at or not assignment.orderer_email:
        return
    language = order_language(assignment)
    context = {
        "orderer_name": assignment.orderer_name,
        "person_name": person.name,
        "assignment": details(assignment, language),
        "reference": assignment.order.reference if assignment.order else "",
    }
    queue_email([assignment.orderer_email], "participation/email/assignment_orderer", context, language)
    assignment.orderer_told_at = timezone.now()
    assignment.save(update_fields=["orderer_told_at"])


# Done


def assignment_done(assignment, user, hours=None, attendance=None):
    """Mark the assignment done with its hours and attendance. The person's fee and travel claim follows
    (`participation.register.claims.invite_to_claim`, which the done view calls in the same transaction)."""
    with transaction.atomic():
        assignment.hours = hours
        assignment.attendance = attendance
        assignment.status = AssignmentStatus.DONE
        assignment.done_at = timezone.now()
        assignment.save(update_fields=["hours", "attendance", "status", "done_at", "updated_at"])
        log(assignment, DONE_ACTION, user=user)
    return assignment


def accepted_offer(assignment):
    return assignment.offers.filter(status=OfferStatus.ACCEPTED).select_related("person").first()
