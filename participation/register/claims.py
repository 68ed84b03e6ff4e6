"""Fee and travel claims (issue 16 part 4, `participation.models.claims`): the person's claim form behind their
offer's private link, the email that invites them to it, the sums, the payroll export and the claims' personal data.

- `invite_to_claim(offer)` is called by the assignment flow when an assignment is marked done.
- The claim form (`participation.register.claims_views.claim_page`) is open only for the accepted offer of a done
  assignment, once; a claim returned by a coordinator can be corrected and sent again.
- The kilometre allowance is `kilometres × CLAIM_KM_RATE` (euros per km, a setting) rounded to cents, computed when
  shown or exported; the fee or compensation is the assignment's, never the person's to change.
- The bank account is kept only until the claim is exported for payroll: the export empties it.
"""

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import get_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry

from forms_engine.attachments import AttachmentField, FileKind
from forms_engine.forms import MAX_LENGTH_MESSAGE
from forms_engine.notifications import queue_email
from participation.alerts.sending import site_root_url
from participation.models import AssignmentStatus, ClaimAttachment, FeeClaim, OfferStatus
from participation.register import assignments

CENT = Decimal("0.01")
# Tickets and receipts: images or PDF documents, at most this many files of at most `TICKET_MAX_MB` each.
TICKET_KINDS = [FileKind.IMAGE, FileKind.PDF]
TICKET_MAX_MB = 10
MAX_TICKETS = 5


# The site language of the emails about an assignment in each of the register's languages.
def km_rate():
    """Euros per kilometre (`CLAIM_KM_RATE`)."""
    return Decimal(str(getattr(settings, "CLAIM_KM_RATE", "0.55")))


def km_allowance(claim):
    return (claim.kilometres * km_rate()).quantize(CENT, rounding=ROUND_HALF_UP)


def fee_of(claim):
    return claim.offer.assignment.fee_amount or Decimal("0.00")


def total(claim):
    return fee_of(claim) + km_allowance(claim) + claim.ticket_costs


def claim_is_open(offer):
    """Whether the person may claim: their offer was accepted and the assignment is done."""
    return offer.status == OfferStatus.ACCEPTED and offer.assignment.status == AssignmentStatus.DONE


def claim_path(offer, language=None):
    with translation.override(language or translation.get_language()):
        return reverse("register_links:claim", args=[offer.token])


def email_language(offer):
    return assignments.email_language(offer.person, offer.assignment)


def invite_to_claim(offer, root_url=None):
    """Queue the email that asks the person to claim their fee and travel costs, with the private link to the claim
    form. Call inside the transaction that marks the assignment done. Returns the queued notification, or None when
    the person has no email address, the claim is not open (the offer not accepted, the assignment not done) or it
    has been sent already."""
    if not claim_is_open(offer) or not offer.person.email or FeeClaim.objects.filter(offer=offer).exists():
        return None
    language = email_language(offer)
    context = {
        "name": offer.person.name,
        "assignment": offer.assignment,
        "claim_url": (root_url or site_root_url()) + claim_path(offer, language),
    }
    return queue_email([offer.person.email], "participation/email/claim_invite", context, language)


def tell_returned(claim, root_url=None):
    """Queue the email that tells the person their claim was returned, with the coordinator's note and the link."""
    offer = claim.offer
    if not offer.person.email:
        return None
    language = claim.language or email_language(offer)
    context = {
        "name": offer.person.name,
        "assignment": offer.assignment,
        "note": claim.coordinator_note,
        "claim_url": (root_url or site_root_url()) + claim_path(offer, language),
    }
    return queue_email([offer.person.email], "participation/email/claim_returned", context, language)


# Forms.

IBAN_FORMAT = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")
# Lengths of the account numbers of the countries whose accounts are most likely here; others are checked by their
# checksum only.
IBAN_LENGTHS = {"FI": 18, "AX": 18, "SE": 24, "NO": 15, "DK": 18, "EE": 20, "DE": 22}


def compact_iban(value):
    return re.sub(r"[\s-]", "", value or "").upper()


def iban_checksum_ok(iban):
    """ISO 13616: the country code and check digits moved to the end, letters as numbers, modulo 97 is 1."""
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(character, 36)) for character in moved)) % 97 == 1


def grouped_iban(iban):
    """FI21 1234 5600 0007 85"""
    return " ".join(iban[index : index + 4] for index in range(0, len(iban), 4))


def masked_iban(iban):
    """The account's last four characters only, for a page a shared computer may show: FI•• … 0785."""
    return f"{iban[:2]}•• … {iban[-4:]}" if len(iban) > 8 else ""


class IbanField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 42)  # 34 characters with spaces between the groups
        super().__init__(**kwargs)
        self.widget.attrs.update({"autocomplete": "off", "spellcheck": "false", "inputmode": "text"})

    def prepare_value(self, value):
        return grouped_iban(compact_iban(value)) if value else value

    def clean(self, value):
        value = compact_iban(super().clean(value))
        if not value:
            return value
        length = IBAN_LENGTHS.get(value[:2])
        if not IBAN_FORMAT.match(value) or (length and len(value) != length):
            raise forms.ValidationError(
                _("Check the bank account number. Write it in the IBAN form, for example FI21 1234 5600 0007 85."),
                code="format",
            )
        if not iban_checksum_ok(value):
            raise forms.ValidationError(
                _("The bank account number is not right: a number may be missing or mistyped. Check it."),
                code="checksum",
            )
        return value


class EuroField(forms.CharField):
    """A number with a decimal comma or point ("12,50", "12.50", "1 234,5 €"), at least 0, at most `max_value`."""

    def __init__(self, *, decimal_places, max_value, error, **kwargs):
        self.decimal_places = decimal_places
        self.max_value = Decimal(max_value)
        self.error = error
        kwargs.setdefault("max_length", 20)
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
            return text.replace(".", get_format("DECIMAL_SEPARATOR"))
        return value

    def clean(self, value):
        text = super().clean(value)
        text = re.sub(r"[\s\u00a0\u202f€]|km$", "", text or "", flags=re.IGNORECASE).replace(",", ".")
        if not text:
            return Decimal("0")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise forms.ValidationError(self.error, code="invalid") from None
        if not number.is_finite() or number < 0 or number > self.max_value:
            raise forms.ValidationError(self.error, code="invalid")
        return number.quantize(Decimal(1).scaleb(-self.decimal_places), rounding=ROUND_HALF_UP)


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class TicketsField(AttachmentField):
    """Up to `MAX_TICKETS` images or PDF documents, each checked by its content (`AttachmentField`)."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        super().__init__(kinds=TICKET_KINDS, max_mb=TICKET_MAX_MB, required=False, **kwargs)

    def clean(self, data, initial=None):
        uploads = [upload for upload in (data if isinstance(data, (list, tuple)) else [data]) if upload]
        if len(uploads) > MAX_TICKETS:
            raise forms.ValidationError(
                _("You can send at most %(count)s files. Put several tickets in one PDF or photo."),
                code="too_many",
                params={"count": MAX_TICKETS},
            )
        return [AttachmentField.clean(self, upload, initial) for upload in uploads]


class ClaimForm(forms.ModelForm):
    kilometres = EuroField(
        label=_("Kilometres driven with your own car"),
        help_text=_("There and back together. Leave empty if you did not drive."),
        required=False,
        decimal_places=1,
        max_value="99999.9",
        error=_("Write the kilometres as a number, for example 42 or 42,5."),
    )
    route = forms.CharField(
        label=_("Route"),
        help_text=_("From where to where and back, for example Rovaniemi – Kemi – Rovaniemi."),
        required=False,
        max_length=255,
        error_messages={"max_length": MAX_LENGTH_MESSAGE},
    )
    ticket_costs = EuroField(
        label=_("Tickets and other travel costs in euros"),
        help_text=_("Bus, train or taxi tickets and parking, added together. Leave empty if you had none."),
        required=False,
        decimal_places=2,
        max_value="99999.99",
        error=_("Write the euros as a number, for example 12,50."),
    )
    tickets = TicketsField(label=_("Tickets and receipts"))
    bank_account = IbanField(
        label=_("Your bank account (IBAN)"),
        help_text=_("We use it only to pay this claim and erase it once the payment has been made."),
        error_messages={"required": _("Write your bank account number.")},
    )
    note = forms.CharField(
        label=_("Anything else we should know"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": MAX_LENGTH_MESSAGE},
    )

    field_order = ["kilometres", "route", "ticket_costs", "tickets", "bank_account", "note"]

    class Meta:
        model = FeeClaim
        fields = ["kilometres", "route", "ticket_costs", "bank_account", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        tickets = self.fields["tickets"]
        tickets.help_text = gettext("Photos or scans: %(hint)s You can choose up to %(count)s files.") % {
            "hint": tickets.hint(),
            "count": MAX_TICKETS,
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kilometres") and not cleaned.get("route"):
            self.add_error("route", _("Write the route you drove."))
        return cleaned


class ReviewForm(forms.Form):
    """A coordinator's decision on a claim."""

    action = forms.ChoiceField(choices=[("approve", "approve"), ("return", "return")])
    note = forms.CharField(
        label=_("Note to the person"),
        help_text=_("Needed when you return the claim: say what to correct. The person gets it by email."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "return" and not cleaned.get("note", "").strip():
            self.add_error("note", _("Say what the person should correct."))
        return cleaned


# The payroll export (`claims_views.export_view`), written as the inbox export is (`portal.spreadsheets`).


def export_rows(claims):
    yield [
        gettext("Person"),
        gettext("Email"),
        gettext("Assignment date"),
        gettext("Task"),
        gettext("Fee class"),
        gettext("Fee or compensation (€)"),
        gettext("Kilometres"),
        gettext("Route"),
        gettext("Kilometre allowance (€)"),
        gettext("Tickets and other travel costs (€)"),
        gettext("Total (€)"),
        gettext("Bank account (IBAN)"),
        gettext("Claim sent"),
        gettext("Approved by"),
    ]
    for claim in claims:
        assignment = claim.offer.assignment
        yield [
            claim.offer.person.name,
            claim.offer.person.email,
            assignment.date.isoformat(),
            assignment.task,
            assignment.get_fee_class_display(),
            fee_of(claim),
            claim.kilometres,
            claim.route,
            km_allowance(claim),
            claim.ticket_costs,
            total(claim),
            claim.bank_account,
            timezone.localtime(claim.sent_at).strftime("%Y-%m-%d %H:%M"),
            claim.approved_by.get_username() if claim.approved_by else "",
        ]


# Personal data (`forms_engine.retention.PERSONAL_DATA_FIND_HOOK`). A claim is erased with its person's profile
# (offer and claim cascade), its files as every `forms_engine.models.attachments.PrivateFile`'s, and its access log
# by `forget_deleted_claim`.


def find(email):
    """The claims of the address's people in the register as plain data for the export. The bank account is in it
    while it is kept: it is the person's own data, and the export goes to them."""
    claims = (
        FeeClaim.objects.filter(offer__person__email__iexact=email.strip())
        .select_related("offer__assignment", "offer__person")
        .prefetch_related("attachments")
        .order_by("pk")
    )
    return [
        {
            "page": "claims",
            "kind": gettext("Fee and travel claim"),
            "summary": f"{claim.offer.assignment.date:%d.%m.%Y} {claim.offer.person.name}",
            "assignment_date": claim.offer.assignment.date,
            "task": claim.offer.assignment.task,
            "fee_class": claim.offer.assignment.fee_class,
            "fee_amount": fee_of(claim),
            "kilometres": claim.kilometres,
            "route": claim.route,
            "km_allowance": km_allowance(claim),
            "ticket_costs": claim.ticket_costs,
            "bank_account": claim.bank_account,
            "note": claim.note,
            "files": [attachment.original_name for attachment in claim.attachments.all()],
            "status": claim.status,
            "coordinator_note": claim.coordinator_note,
            "sent_at": claim.sent_at,
            "approved_at": claim.approved_at,
            "exported_at": claim.exported_at,
        }
        for claim in claims
    ]


def files_in_use(names):
    """The tickets among the private storage's `names`, which the nightly sweep of files no submission names must
    keep (`forms_engine.models.attachments.PRIVATE_FILES_HOOK`)."""
    return ClaimAttachment.objects.filter(file__in=names).values_list("file", flat=True)


def forget_deleted_claim(sender, instance, **kwargs):
    """`post_delete` of a claim: its access log entries name the person, so they go with it."""
    content_type = ContentType.objects.get_for_model(FeeClaim)
    ModelLogEntry.objects.filter(content_type=content_type, object_id=str(instance.pk)).delete()
