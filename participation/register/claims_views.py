"""Fee and travel claims: the person's claim page behind their private link, and the coordinators' screens in the
admin (the list, a claim with its tickets, approving or returning it, the payroll export).

The person's page (/fi/tehtava/<token>/korvaukset/) needs no account: the offer's token is the key. It is never
cached (`never_cache`: private, no-store) and says `noindex`; an unknown token is a 404. The coordinators' screens
need the register permission (`may_use_register`): anyone else gets a 403, and a claim that does not exist a 404.
Opening a claim, opening its files, approving, returning and exporting it are in Wagtail's audit log.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from participation.models import AssignmentOffer, ClaimAttachment, ClaimStatus, FeeClaim
from participation.register.claims import (
    MAX_TICKETS,
    TICKET_MAX_MB,
    ClaimForm,
    ReviewForm,
    claim_is_open,
    export_rows,
    fee_of,
    grouped_iban,
    km_allowance,
    km_rate,
    masked_iban,
    tell_returned,
    total,
)
from participation.register.permissions import may_use_register
from portal.spreadsheets import spreadsheet_response

# The audit log's actions for claims (registered in participation/wagtail_hooks.py).
CLAIM_VIEW_ACTION = "participation.register.claim_view"
CLAIM_FILE_ACTION = "participation.register.claim_file"
CLAIM_APPROVE_ACTION = "participation.register.claim_approve"
CLAIM_RETURN_ACTION = "participation.register.claim_return"
CLAIM_EXPORT_ACTION = "participation.register.claim_export"
# The query of the page a successful claim redirects to (POST → redirect → GET: a refresh sends nothing again).
SENT = "lahetetty"
# A request larger than this is refused before it is read: the tickets at their largest and the rest of the form.
MAX_REQUEST_BYTES = (MAX_TICKETS * TICKET_MAX_MB + 1) * 1024 * 1024


# The person's page.


def summary(claim):
    return {
        "fee": fee_of(claim),
        "km_allowance": km_allowance(claim),
        "km_rate": km_rate(),
        "total": total(claim),
    }


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def claim_page(request, token):
    offer = get_object_or_404(AssignmentOffer.objects.select_related("assignment", "person"), token=token)
    assignment = offer.assignment
    claim = FeeClaim.objects.filter(offer=offer).prefetch_related("attachments").first()
    context = {"offer": offer, "assignment": assignment, "claim": claim, "km_rate": km_rate()}
    if claim is not None and claim.status != ClaimStatus.RETURNED:
        context.update(state="sent", just_sent=SENT in request.GET, masked_iban=masked_iban(claim.bank_account))
        context.update(summary(claim))
        return TemplateResponse(request, "participation/register/claim.html", context)
    if not claim_is_open(offer):
        return TemplateResponse(request, "participation/register/claim.html", {**context, "state": "not_open"})
    status = 200
    if request.method == "POST":
        if content_length(request) > MAX_REQUEST_BYTES:
            form = ClaimForm(instance=claim)
            form.add_error(
                "tickets",
                _("The files are too large together. Send at most %(count)s files of at most %(size)s MB each.")
                % {"count": MAX_TICKETS, "size": TICKET_MAX_MB},
            )
            status = 413
        else:
            form = ClaimForm(request.POST, request.FILES, instance=claim)
            if form.is_valid() and save_claim(request, offer, form):
                return redirect(request.path + f"?{SENT}=1")
            status = 400 if form.errors else status
            if not form.errors:  # sent at the same moment from another window
                return redirect(request.path)
    else:
        form = ClaimForm(instance=claim)
    context.update(state="form", form=form, fee=fee_of(claim or FeeClaim(offer=offer)))
    return TemplateResponse(request, "participation/register/claim.html", context, status=status)


def content_length(request):
    value = request.META.get("CONTENT_LENGTH") or "0"
    return int(value) if value.isascii() and value.isdigit() else 0


def save_claim(request, offer, form):
    """Save the claim and its files in one transaction. False if the offer's claim was sent meanwhile (a second
    window, a double click): nothing is saved twice."""
    try:
        with transaction.atomic():
            AssignmentOffer.objects.select_for_update().filter(pk=offer.pk).first()
            current = FeeClaim.objects.filter(offer=offer).first()
            if current is not None and current.status != ClaimStatus.RETURNED:
                return False
            if form.instance.pk and (current is None or current.pk != form.instance.pk):
                return False
            claim = form.save(commit=False)
            claim.offer = offer
            claim.status = ClaimStatus.SENT
            claim.language = translation.get_language()
            if claim.pk:
                claim.sent_at = timezone.now()
            claim.save()
            for upload in form.cleaned_data["tickets"]:
                ClaimAttachment.store(claim, upload)
    except IntegrityError:
        return False
    return True


# The coordinators' screens.


def require_register(request):
    if not may_use_register(request.user):
        raise PermissionDenied


def admin_context(title, breadcrumbs=(), **context):
    items = [{"url": reverse("wagtailadmin_home"), "label": _("Home")}]
    items += [{"url": url, "label": label} for url, label in breadcrumbs]
    items.append({"url": "", "label": title})
    return {"page_title": title, "header_title": title, "header_icon": "tasks", "breadcrumbs_items": items, **context}


def claims_queryset():
    return FeeClaim.objects.select_related("offer__assignment", "offer__person", "approved_by")


def index_view(request):
    require_register(request)
    status = request.GET.get("status", ClaimStatus.SENT)
    claims = claims_queryset().order_by("sent_at", "pk")
    if status in ClaimStatus.values:
        claims = claims.filter(status=status)
    else:
        status = ""
    claims = list(claims[:500])
    counts = dict.fromkeys(ClaimStatus.values, 0)
    for value in FeeClaim.objects.values_list("status", flat=True):
        counts[value] += 1
    context = admin_context(
        _("Fee and travel claims"),
        claims=[(claim, total(claim)) for claim in claims],
        status=status,
        statuses=[(value, label, counts[value]) for value, label in ClaimStatus.choices],
        approved=counts[ClaimStatus.APPROVED],
    )
    return TemplateResponse(request, "participation/register/claims_index.html", context)


@require_http_methods(["GET", "POST"])
def detail_view(request, pk):
    require_register(request)
    claim = get_object_or_404(claims_queryset().prefetch_related("attachments"), pk=pk)
    form = ReviewForm()
    if request.method == "POST":
        form = ReviewForm(request.POST)
        if form.is_valid():
            if review(request, claim, form.cleaned_data["action"], form.cleaned_data["note"].strip()):
                return redirect("register_claims:index")
            messages.error(request, _("The claim has changed meanwhile. Look at it again."))
            return redirect("register_claims:detail", claim.pk)
    else:
        log(claim, CLAIM_VIEW_ACTION, user=request.user)
    title = _("Claim: %(name)s") % {"name": claim.offer.person.name}
    context = admin_context(
        title,
        [(reverse("register_claims:index"), _("Fee and travel claims"))],
        claim=claim,
        assignment=claim.offer.assignment,
        person=claim.offer.person,
        iban=grouped_iban(claim.bank_account),
        form=form,
        can_approve=claim.status == ClaimStatus.SENT,
        can_return=claim.status in (ClaimStatus.SENT, ClaimStatus.APPROVED),
        history=history_of(claim),
        **summary(claim),
    )
    return TemplateResponse(
        request, "participation/register/claim_detail.html", context, status=400 if form.errors else 200
    )


def history_of(claim):
    """The claim's access log, newest first: Wagtail's site history shows claims to superusers only (the model has
    no permissions of its own), so the register's users read it here."""
    content_type = ContentType.objects.get_for_model(FeeClaim)
    entries = ModelLogEntry.objects.filter(content_type=content_type, object_id=str(claim.pk))
    return entries.select_related("user").order_by("-timestamp", "-pk")[:100]


def review(request, claim, action, note):
    """Approve or return `claim`; False if its state no longer allows it (another coordinator was first)."""
    with transaction.atomic():
        claim = (
            FeeClaim.objects.select_for_update().select_related("offer__assignment", "offer__person").get(pk=claim.pk)
        )
        if action == "approve" and claim.status == ClaimStatus.SENT:
            claim.status = ClaimStatus.APPROVED
            claim.approved_at = timezone.now()
            claim.approved_by = request.user
            claim.coordinator_note = note
            claim.save(update_fields=["status", "approved_at", "approved_by", "coordinator_note"])
            log(claim, CLAIM_APPROVE_ACTION, user=request.user)
            messages.success(request, _("The claim was approved."))
            return True
        if action == "return" and claim.status in (ClaimStatus.SENT, ClaimStatus.APPROVED):
            claim.status = ClaimStatus.RETURNED
            claim.approved_at = None
            claim.approved_by = None
            claim.coordinator_note = note
            claim.save(update_fields=["status", "approved_at", "approved_by", "coordinator_note"])
            log(claim, CLAIM_RETURN_ACTION, user=request.user)
            tell_returned(claim, request_root(request))
            messages.success(request, _("The claim was returned, and the person was told by email."))
            return True
    return False


def request_root(request):
    return f"{request.scheme}://{request.get_host()}"


def attachment_view(request, pk, key):
    """A ticket of a claim, for the register's users only, as the inbox serves a submission's files."""
    require_register(request)
    attachment = get_object_or_404(ClaimAttachment.objects.select_related("claim"), claim_id=pk, key=key)
    try:
        response = attachment.response()
    except FileNotFoundError:
        raise Http404 from None
    log(attachment.claim, CLAIM_FILE_ACTION, user=request.user, data={"file": attachment.original_name})
    return response


@require_http_methods(["GET", "POST"])
def export_view(request):
    """A GET shows how many approved claims wait and a button for each format; the POST exports them all, marks
    them sent to payroll and empties their bank accounts, in one transaction."""
    require_register(request)
    if request.method == "POST":
        file_format = request.POST.get("format")
        with transaction.atomic():
            claims = list(
                claims_queryset()
                .select_for_update(of=("self",))
                .filter(status=ClaimStatus.APPROVED)
                .order_by("sent_at", "pk")
            )
            if not claims:
                messages.warning(request, _("There are no approved claims to export."))
                return redirect("register_claims:export")
            response = spreadsheet_response(export_rows(claims), "claims", file_format)
            add_never_cache_headers(response)
            now = timezone.now()
            for claim in claims:
                claim.status = ClaimStatus.EXPORTED
                claim.exported_at = now
                claim.bank_account = ""
                claim.save(update_fields=["status", "exported_at", "bank_account"])
                log(claim, CLAIM_EXPORT_ACTION, user=request.user)
        return response
    approved = list(claims_queryset().filter(status=ClaimStatus.APPROVED))
    context = admin_context(
        _("Export approved claims for payroll"),
        [(reverse("register_claims:index"), _("Fee and travel claims"))],
        count=len(approved),
        sum=sum((total(claim) for claim in approved), 0),
        km_rate=km_rate(),
    )
    return TemplateResponse(request, "participation/register/claims_export.html", context)


# Under /admin/claims/ (participation/wagtail_hooks.py).
admin_urlpatterns = (
    [
        path("", index_view, name="index"),
        path("export/", export_view, name="export"),
        path("<int:pk>/", detail_view, name="detail"),
        path("<int:pk>/files/<slug:key>/", attachment_view, name="attachment"),
    ],
    "register_claims",
)
