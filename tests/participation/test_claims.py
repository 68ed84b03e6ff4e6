"""Fee and travel claims (issue 16, part 4): the person is invited by email to claim after a done assignment, claims
through their private link (kilometres, tickets as checked attachments, a validated bank account), once; the
register's coordinators open, approve or return the claim and export approved claims for payroll, which empties the
bank account; nobody else sees any of it; the personal-data tool exports and erases it with its files."""

import csv
import datetime
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from openpyxl import load_workbook
from PIL import Image
from wagtail.models import ModelLogEntry

from participation.models import (
    Assignment,
    AssignmentOffer,
    AssignmentStatus,
    ClaimAttachment,
    ClaimStatus,
    FeeClaim,
    FeeClass,
    OfferStatus,
    RegisterProfile,
)
from participation.register.claims import IbanField, invite_to_claim
from tests.forms_engine.factories import GroupFactory, UserFactory

pytestmark = pytest.mark.django_db

IBAN = "FI21 1234 5600 0007 85"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
CLAIMS = "/admin/claims/"


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def stored_files():
    return {path for path in Path(settings.PRIVATE_MEDIA_ROOT).rglob("*") if path.is_file()}


def make_offer(
    status=AssignmentStatus.DONE, offer_status=OfferStatus.ACCEPTED, email="ilmari@example.fi", languages=(), **fields
):
    person = RegisterProfile.objects.create(
        name="Ilmari Kokemusasiantuntija",
        email=email,
        languages=list(languages),
        consent_text="Suostun.",
        consent_at=timezone.now(),
        end_date=timezone.localdate() + datetime.timedelta(days=365),
    )
    values = {
        "task": "Puheenvuoro mielenterveyspalvelujen kehittämispäivässä",
        "date": datetime.date(2026, 11, 20),
        "place": "Rovaniemen kaupungintalo",
        "fee_class": FeeClass.FEE,
        "fee_amount": Decimal("120.00"),
        "status": status,
    }
    values.update(fields)
    assignment = Assignment.objects.create(**values)
    return AssignmentOffer.objects.create(assignment=assignment, person=person, status=offer_status)


def url(offer, language="fi"):
    return f"/{language}/tehtava/{offer.token}/korvaukset/"


def claim_data(**overrides):
    data = {
        "kilometres": "84,5",
        "route": "Rovaniemi – Kemi – Rovaniemi",
        "ticket_costs": "12,50",
        "bank_account": IBAN,
        "note": "Pysäköinti kaupungintalon pihassa.",
    }
    data.update(overrides)
    return data


def send(client, offer, language="fi", files=(), **overrides):
    data = claim_data(**overrides)
    if files:
        data["tickets"] = list(files)
    return client.post(url(offer, language), data)


def ticket(name="lippu.png", content=None):
    return SimpleUploadedFile(name, content if content is not None else png_bytes(), content_type="image/png")


def log_actions(claim):
    return list(
        ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(FeeClaim), object_id=str(claim.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    )


@pytest.fixture
def coordinators(localized_site):
    registrars = GroupFactory(name="Rekisterin käyttäjät")
    registrars.permissions.add(Permission.objects.get(content_type__app_label="participation", codename="use_register"))
    return {
        "registrar": UserFactory(groups=[registrars]),
        "other": UserFactory(groups=[GroupFactory(name="Vammaisneuvoston koordinaattorit")]),
    }


def assert_not_stored(response):
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control, response["Cache-Control"]


# The invitation.


def test_the_person_is_invited_by_email_with_their_private_link(localized_site):
    offer = make_offer()

    notification = invite_to_claim(offer)

    assert notification is not None
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ilmari@example.fi"]
    assert "korvaukset" in message.subject.lower() or "kulut" in message.subject.lower()
    assert f"/fi/tehtava/{offer.token}/korvaukset/" in message.body
    assert "20.11.2026" in message.body


def test_a_swedish_assignment_invites_a_swedish_speaker_in_swedish(localized_site):
    offer = make_offer(language="swe", languages=["fin", "swe"])

    invite_to_claim(offer)

    assert f"/sv/tehtava/{offer.token}/korvaukset/" in mail.outbox[0].body


def test_no_second_invitation_once_the_claim_is_sent(client, localized_site):
    offer = make_offer()
    assert send(client, offer).status_code == 302

    assert invite_to_claim(offer) is None
    assert mail.outbox == []


@pytest.mark.parametrize(
    "fields", [{"status": AssignmentStatus.CONFIRMED}, {"offer_status": OfferStatus.DECLINED}, {"email": ""}]
)
def test_no_invitation_before_the_assignment_is_done_or_without_an_email(localized_site, fields):
    offer = make_offer(**fields)

    assert invite_to_claim(offer) is None
    assert mail.outbox == []


# The person's page.


def test_the_claim_form_shows_the_fee_and_is_private(client, localized_site):
    offer = make_offer()

    response = client.get(url(offer))

    page = response.content.decode()
    assert response.status_code == 200
    assert_not_stored(response)
    assert '<meta name="robots" content="noindex">' in page
    assert "120,00 €" in page
    assert 'enctype="multipart/form-data"' in page
    assert 'name="fee_amount"' not in page  # from the assignment, not editable
    assert 'name="tickets"' in page and "multiple" in page


def test_a_claim_is_sent_with_finnish_decimals_and_tickets(client, localized_site):
    offer = make_offer()
    before = stored_files()

    response = send(client, offer, files=[ticket(), ticket("kuitti.pdf", PDF)])

    assert response.status_code == 302
    assert response["Location"] == url(offer) + "?lahetetty=1"
    claim = FeeClaim.objects.get()
    assert claim.offer == offer
    assert claim.kilometres == Decimal("84.5")
    assert claim.ticket_costs == Decimal("12.50")
    assert claim.bank_account == "FI2112345600000785"
    assert claim.status == ClaimStatus.SENT
    assert claim.language == "fi"
    assert sorted(claim.attachments.values_list("kind", flat=True)) == ["image", "pdf"]
    new_files = stored_files() - before
    assert len(new_files) == 2
    assert all(str(settings.PRIVATE_MEDIA_ROOT) in str(path) for path in new_files)
    assert not any(str(settings.MEDIA_ROOT) in str(path) for path in new_files)
    # The page after it shows what was sent, without the whole bank account.
    page = client.get(response["Location"])
    text = page.content.decode()
    assert_not_stored(page)
    assert "Kiitos" in text
    assert "84,5 km" in text
    # 84,5 km × 0,55 € = 46,48 €; 120 + 46,48 + 12,50 = 178,98 €
    assert "46,48 €" in text and "178,98 €" in text
    assert "0785" in text and "FI21 1234" not in text and "1234560000" not in text


def test_a_claim_is_sent_once(client, localized_site):
    offer = make_offer()
    send(client, offer)

    replay = send(client, offer, kilometres="500")

    assert replay.status_code == 200
    assert "Olet lähettänyt" in replay.content.decode() or "lähettänyt" in replay.content.decode()
    assert FeeClaim.objects.count() == 1
    assert FeeClaim.objects.get().kilometres == Decimal("84.5")


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"bank_account": "FI21 1234 5600 0007 86"}, "bank_account", "Tilinumero ei ole oikein"),
        ({"bank_account": "12345"}, "bank_account", "IBAN"),
        ({"bank_account": ""}, "bank_account", "Kirjoita tilinumerosi"),
        ({"kilometres": "paljon"}, "kilometres", "esimerkiksi 42 tai 42,5"),
        ({"kilometres": "-5"}, "kilometres", "esimerkiksi 42 tai 42,5"),
        ({"ticket_costs": "12,5,0"}, "ticket_costs", "esimerkiksi 12,50"),
        ({"ticket_costs": "NaN"}, "ticket_costs", "esimerkiksi 12,50"),
        ({"route": ""}, "route", "Kirjoita reitti"),
    ],
)
def test_errors_are_shown_in_finnish_and_nothing_is_saved(client, localized_site, overrides, field, message):
    offer = make_offer()

    response = send(client, offer, **overrides)

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert message in response.content.decode()
    assert_not_stored(response)
    assert not FeeClaim.objects.exists()


def test_errors_are_in_swedish_and_english_on_those_pages(client, localized_site):
    offer = make_offer()

    swedish = send(client, offer, "sv", bank_account="FI21 1234 5600 0007 86").content.decode()
    english = send(client, offer, "en", bank_account="FI21 1234 5600 0007 86").content.decode()

    assert "Kontonumret är inte rätt" in swedish
    assert "The bank account number is not right" in english


def test_a_file_that_is_not_an_image_or_pdf_is_refused(client, localized_site):
    offer = make_offer()
    before = stored_files()

    response = send(client, offer, files=[ticket("lippu.png", b"MZ\x90\x00 not an image at all")])

    assert response.status_code == 400
    assert "tickets" in response.context["form"].errors
    assert not FeeClaim.objects.exists()
    assert stored_files() == before


def test_too_many_files_are_refused(client, localized_site):
    offer = make_offer()

    response = send(client, offer, files=[ticket(f"lippu{number}.png") for number in range(6)])

    assert response.status_code == 400
    assert "enintään 5 tiedostoa" in response.content.decode()
    assert not FeeClaim.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"status": AssignmentStatus.CONFIRMED},
        {"status": AssignmentStatus.CANCELLED},
        {"offer_status": OfferStatus.OFFERED},
    ],
)
def test_the_claim_is_not_open_before_the_assignment_is_done(client, localized_site, fields):
    offer = make_offer(**fields)

    page = client.get(url(offer))
    posted = send(client, offer)

    assert page.status_code == 200 and "Korvausta ei voi vielä hakea." in page.content.decode()
    assert posted.status_code == 200
    assert not FeeClaim.objects.exists()


@pytest.mark.parametrize(
    "path",
    [
        "/fi/tehtava/" + "x" * 43 + "/korvaukset/",
        "/fi/tehtava/lyhyt/korvaukset/",
        "/fi/tehtava/" + "ä" * 43 + "/korvaukset/",
        "/fi/tehtava/" + "x" * 200 + "/korvaukset/",
    ],
)
def test_a_bad_link_is_not_found(client, localized_site, path):
    make_offer()

    assert client.get(path).status_code == 404
    assert client.post(path, claim_data()).status_code == 404


def test_the_page_needs_a_csrf_token(localized_site):
    from django.test import Client

    offer = make_offer()

    response = Client(enforce_csrf_checks=True).post(url(offer), claim_data())

    assert response.status_code == 403
    assert not FeeClaim.objects.exists()


# The coordinators' side.


def sent_claim(client, offer=None, files=()):
    offer = offer or make_offer()
    response = send(client, offer, files=files)
    assert response.status_code == 302
    client.logout()
    return FeeClaim.objects.get(offer=offer)


def test_a_coordinator_opens_a_claim_and_its_ticket_and_both_are_logged(client, coordinators):
    claim = sent_claim(client, files=[ticket("lippu.png")])
    attachment = claim.attachments.get()
    client.force_login(coordinators["registrar"])

    listing = client.get(CLAIMS)
    detail = client.get(f"{CLAIMS}{claim.pk}/")
    file = client.get(f"{CLAIMS}{claim.pk}/files/{attachment.key}/")

    assert listing.status_code == 200 and "Ilmari Kokemusasiantuntija" in listing.content.decode()
    text = detail.content.decode()
    assert detail.status_code == 200
    assert "FI21 1234 5600 0007 85" in text
    assert "178,98 €" in text
    assert file.status_code == 200
    assert file["Content-Type"] == "image/png"
    assert file["X-Content-Type-Options"] == "nosniff"
    assert b"".join(file.streaming_content) == png_bytes()
    assert log_actions(claim) == ["participation.register.claim_view", "participation.register.claim_file"]
    assert "Korvaushakemus avattu" in client.get(f"{CLAIMS}{claim.pk}/").content.decode()  # its history
    # Another group's coordinator finds nothing of it in the site history either.
    client.force_login(coordinators["other"])
    assert "Ilmari" not in client.get("/admin/reports/site-history/").content.decode()
    client.force_login(coordinators["registrar"])
    # A wrong key, or another claim's number, is a 404.
    assert client.get(f"{CLAIMS}{claim.pk}/files/{'x' * 32}/", follow=True).status_code == 404
    assert client.get(f"{CLAIMS}{claim.pk + 1}/", follow=True).status_code == 404


def test_the_list_is_filtered_by_status(client, coordinators):
    waiting = sent_claim(client)
    approved = sent_claim(client, make_offer(email="toinen@example.fi"))
    FeeClaim.objects.filter(pk=approved.pk).update(status=ClaimStatus.APPROVED)
    client.force_login(coordinators["registrar"])

    def listed(status):
        return [claim.pk for claim, _total in client.get(CLAIMS, {"status": status}).context["claims"]]

    assert listed("sent") == [waiting.pk]
    assert listed("approved") == [approved.pk]
    assert sorted(listed("all")) == sorted([waiting.pk, approved.pk])
    assert client.get(CLAIMS, {"status": "<script>"}).status_code == 200


def test_a_returned_claim_is_emailed_corrected_and_sent_again(client, coordinators):
    claim = sent_claim(client, files=[ticket()])
    client.force_login(coordinators["registrar"])
    mail.outbox.clear()

    without_note = client.post(f"{CLAIMS}{claim.pk}/", {"action": "return", "note": " "})
    returned = client.post(f"{CLAIMS}{claim.pk}/", {"action": "return", "note": "Liitä junalipun kuva."})

    assert without_note.status_code == 400
    assert returned.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.RETURNED
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ilmari@example.fi"]
    assert "Liitä junalipun kuva." in mail.outbox[0].body
    assert f"/fi/tehtava/{claim.offer.token}/korvaukset/" in mail.outbox[0].body
    client.logout()
    form = client.get(url(claim.offer)).content.decode()
    assert "Liitä junalipun kuva." in form
    assert 'value="84,5"' in form
    resent = send(client, claim.offer, files=[ticket("junalippu.pdf", PDF)], ticket_costs="30")
    assert resent.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.SENT
    assert claim.ticket_costs == Decimal("30.00")
    assert claim.attachments.count() == 2
    assert FeeClaim.objects.count() == 1
    assert log_actions(claim) == ["participation.register.claim_return"]


def test_approved_claims_are_exported_for_payroll_and_their_bank_accounts_emptied(client, coordinators):
    claim = sent_claim(client)
    formula = sent_claim(client, make_offer(email="toinen@example.fi", task='=HYPERLINK("http://x")'))
    waiting = sent_claim(client, make_offer(email="kolmas@example.fi"))
    client.force_login(coordinators["registrar"])
    for approved in (claim, formula):
        assert client.post(f"{CLAIMS}{approved.pk}/", {"action": "approve", "note": ""}).status_code == 302

    page = client.get(f"{CLAIMS}export/")
    exported = client.post(f"{CLAIMS}export/", {"format": "csv"})

    assert "2 hyväksyttyä" in page.content.decode()
    assert exported.status_code == 200
    assert exported["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert len(rows) == 3
    header, first = rows[0], rows[1]
    assert first[header.index("Henkilö")] == "Ilmari Kokemusasiantuntija"
    assert first[header.index("Kilometrikorvaus (€)")] == "46.48"
    assert first[header.index("Yhteensä (€)")] == "178.98"
    assert first[header.index("Pankkitili (IBAN)")] == "FI2112345600000785"
    assert rows[2][header.index("Tehtävä")] == '\'=HYPERLINK("http://x")'
    for done in (claim, formula):
        done.refresh_from_db()
        assert done.status == ClaimStatus.EXPORTED
        assert done.exported_at is not None
        assert done.bank_account == ""
    waiting.refresh_from_db()
    assert waiting.status == ClaimStatus.SENT and waiting.bank_account == "FI2112345600000785"
    assert log_actions(claim)[-1] == "participation.register.claim_export"
    # Nothing is exported twice.
    again = client.post(f"{CLAIMS}export/", {"format": "csv"})
    assert again.status_code == 302
    # The person's page says the account was erased.
    client.logout()
    assert "Poistettu" in client.get(url(claim.offer)).content.decode()


def test_the_export_as_xlsx_keeps_numbers_as_numbers_and_formulas_as_text(client, coordinators):
    claim = sent_claim(client, make_offer(task="=1+1"))
    client.force_login(coordinators["registrar"])
    client.post(f"{CLAIMS}{claim.pk}/", {"action": "approve", "note": ""})

    exported = client.post(f"{CLAIMS}export/", {"format": "xlsx"})

    sheet = load_workbook(io.BytesIO(exported.content)).active
    header = [cell.value for cell in sheet[1]]
    row = list(sheet[2])
    assert row[header.index("Yhteensä (€)")].value == pytest.approx(178.98)
    assert row[header.index("Tehtävä")].data_type == "s"
    claim.refresh_from_db()
    assert claim.bank_account == ""


def test_an_export_with_nothing_approved_changes_nothing(client, coordinators):
    claim = sent_claim(client)
    client.force_login(coordinators["registrar"])

    response = client.post(f"{CLAIMS}export/", {"format": "xlsx"})

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.SENT and claim.bank_account


def test_a_claim_cannot_be_approved_twice_or_after_export(client, coordinators):
    claim = sent_claim(client)
    client.force_login(coordinators["registrar"])
    client.post(f"{CLAIMS}{claim.pk}/", {"action": "approve", "note": ""})

    again = client.post(f"{CLAIMS}{claim.pk}/", {"action": "approve", "note": ""})
    client.post(f"{CLAIMS}export/", {"format": "csv"})
    returned = client.post(f"{CLAIMS}{claim.pk}/", {"action": "return", "note": "Liian myöhään."})

    assert again.status_code == 302 and again["Location"] == f"{CLAIMS}{claim.pk}/"
    assert returned.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.EXPORTED
    assert log_actions(claim).count("participation.register.claim_approve") == 1


@pytest.mark.parametrize("who", ["other", "anonymous"])
def test_nobody_without_the_register_permission_sees_a_claim(client, coordinators, who):
    claim = sent_claim(client, files=[ticket()])
    FeeClaim.objects.filter(pk=claim.pk).update(status=ClaimStatus.APPROVED)
    attachment = claim.attachments.get()
    if who == "other":
        client.force_login(coordinators["other"])

    responses = [
        client.get(CLAIMS),
        client.get(f"{CLAIMS}{claim.pk}/"),
        client.get(f"{CLAIMS}{claim.pk}/files/{attachment.key}/"),
        client.post(f"{CLAIMS}{claim.pk}/", {"action": "return", "note": "x"}),
        client.get(f"{CLAIMS}export/"),
        client.post(f"{CLAIMS}export/", {"format": "csv"}),
    ]

    for response in responses:
        assert response.status_code in (302, 403, 404), response.request["PATH_INFO"]
        assert b"Ilmari" not in response.content and b"FI21" not in response.content
    if who == "other":
        # Wagtail's admin answers a denied permission by sending the user to the dashboard with a message.
        assert [(response.status_code, response["Location"]) for response in responses] == [(302, "/admin/")] * len(
            responses
        )
        assert CLAIMS not in client.get("/admin/").content.decode()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.APPROVED and claim.bank_account
    assert log_actions(claim) == []


# Personal data.


def test_the_personal_data_tool_exports_and_erases_claims_with_their_files(
    admin_client, client, localized_site, django_capture_on_commit_callbacks
):
    before = stored_files()
    claim = sent_claim(client, files=[ticket(), ticket("kuitti.pdf", PDF)])
    files = stored_files() - before
    assert len(files) == 2
    admin_client.get(f"{CLAIMS}{claim.pk}/")
    assert log_actions(claim)
    tool = "/admin/inbox/personal-data/"

    exported = json.loads(admin_client.get(tool, {"email": "ilmari@example.fi", "format": "json"}).content)
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(tool, {"email": "ilmari@example.fi", "action": "erase"})

    claims = [item for item in exported["subscriptions"] if item["page"] == "claims"]
    assert len(claims) == 1
    assert claims[0]["kilometres"] == "84.5"
    assert claims[0]["bank_account"] == "FI2112345600000785"
    assert sorted(claims[0]["files"]) == ["kuitti.pdf", "lippu.png"]
    assert not FeeClaim.objects.exists()
    assert not ClaimAttachment.objects.exists()
    assert not any(path.exists() for path in files)
    assert log_actions(claim) == []
    # The assignment stays for the figures, naming nobody.
    assert Assignment.objects.count() == 1


def test_the_nightly_sweep_of_orphaned_files_keeps_the_tickets(client, localized_site):
    from forms_engine.models.attachments import erase_orphaned_files

    before = stored_files()
    sent_claim(client, files=[ticket()])
    files = stored_files() - before

    erase_orphaned_files(older_than=datetime.timedelta(0))

    assert files and all(path.exists() for path in files)


def test_iban_field_accepts_spaces_and_lower_case_and_other_countries():
    field = IbanField()

    assert field.clean("fi21 1234 5600 0007 85") == "FI2112345600000785"
    assert field.clean("SE45 5000 0000 0583 9825 7466") == "SE4550000000058398257466"
    assert field.prepare_value("FI2112345600000785") == IBAN
