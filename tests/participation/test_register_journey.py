"""The whole register flow of issue 16 ("Done when") as its users go through it, through the real views with the
test client: an applicant is added to the register from the inbox; a professional's order to the experts' bank
becomes an assignment; the register proposes the right person, who accepts by the emailed link while the orderer is
told who is coming; the person accepts an agreement and sends a fee claim by link; the claim is approved and
exported; the figures count it all; another group's coordinator sees none of it; erasing by email removes it all.

Each part's own edge cases are in test_register.py, test_assignments.py, test_agreements.py, test_claims.py and
test_register_figures.py; this test checks that the parts fit together."""

import csv
import datetime
import io
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.forms import CheckboxInput
from django.utils import timezone
from pypdf import PdfReader

from forms_engine.models import Submission
from participation.demo_agreements import load_agreement_templates
from participation.models import (
    Agreement,
    AgreementTemplate,
    Assignment,
    AssignmentOffer,
    AssignmentStatus,
    ChannelKind,
    ClaimAttachment,
    ClaimStatus,
    FeeClaim,
    OfferStatus,
    RegisterProfile,
    RegisterRole,
)
from portal.demo import DemoLoader
from tests.forms_engine.factories import GroupFactory, UserFactory, answers, make_form_page
from tests.participation.factories import (
    AreaFactory,
    ChannelIndexPageFactory,
    ChannelPageFactory,
    OpenCallIndexPageFactory,
    OpenCallPageFactory,
)
from tests.participation.test_agreements import AGREEMENTS, LINK
from tests.participation.test_assignments import ASSIGNMENTS, ORDER_FIELDS, link_in, path_of
from tests.participation.test_claims import CLAIMS, IBAN, png_bytes, stored_files, ticket
from tests.participation.test_register import FIELDS as APPLICATION_FIELDS
from tests.participation.test_register import REGISTER
from tests.participation.test_statistics import REPORT_URL, make_user

pytestmark = pytest.mark.django_db

INBOX = "/admin/inbox/"
NAME = "Ilmari Kokemusasiantuntija"
EMAIL = "ilmari@example.fi"
ORDERER = "oona.tilaaja@example.fi"
CLAIM_LINK = re.compile(r"https?://\S+(/fi/tehtava/[A-Za-z0-9_-]{43}/korvaukset/)")


def shown_form(response, **typed):
    """What the browser sends back from the form `response` shows: each field as it was filled in (its initial
    value), with what the user `typed` over it (None empties a field)."""
    data = {}
    for field in response.context["form"]:
        value = field.value()
        if isinstance(field.field.widget, CheckboxInput):
            value = "on" if value else None
        elif value is not None:
            value = field.field.widget.format_value(value)
        if value not in (None, "", []):
            data[field.html_name] = value
    data.update(typed)
    return {name: value for name, value in data.items() if value is not None}


def link(html, prefix):
    """The address of the first link on the page that starts with `prefix`."""
    return re.search(rf'href="({re.escape(prefix)}[^"]*)"', html).group(1).replace("&amp;", "&")


def text_of(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode(errors="replace")


def mail_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def test_the_register_from_application_to_erasure(client, localized_site, django_capture_on_commit_callbacks):
    # The setting: the experts' bank channel with its order form (as the demo's "experts_order"), an open call
    # recruiting for it, one group coordinating both, and the register permission for some of them.
    home = localized_site.home
    coordinators = GroupFactory(name="Kokemusasiantuntijatoiminnan koordinaattorit")
    registrars = GroupFactory(name="Rekisterin käyttäjät")
    registrars.permissions.add(Permission.objects.get(content_type__app_label="participation", codename="use_register"))
    registrar = UserFactory(groups=[coordinators, registrars])
    other = UserFactory(groups=[GroupFactory(name="Vammaisneuvoston koordinaattorit")])
    tampere = AreaFactory(name="Tampere", slug="tampere")
    nokia = AreaFactory(name="Nokia", slug="nokia")
    bank = make_form_page(
        ChannelPageFactory(
            parent=ChannelIndexPageFactory(parent=home),
            title="Kokemusasiantuntijapankki",
            slug="pankki",
            kind=ChannelKind.EXPERTS_BY_EXPERIENCE,
        ),
        groups=[coordinators],
        fields=ORDER_FIELDS,
        handling_days=5,
        retention_days=730,
    )
    call = make_form_page(
        OpenCallPageFactory(parent=OpenCallIndexPageFactory(parent=home), title="Kokemusasiantuntijaksi", channel=bank),
        groups=[coordinators],
        fields=APPLICATION_FIELDS,
        handling_days=14,
        retention_days=365,
    )
    load_agreement_templates(DemoLoader())
    today = timezone.localdate()

    # 1. The applicant applies through the open call; the coordinator adds them to the register from the inbox.
    applied = client.post(
        call.url,
        answers(
            call,
            nimi=NAME,
            sahkoposti=EMAIL,
            puhelin="040 123 4567",
            kielet=["Suomi", "Viittomakieli"],
            alue="Tampere",
            viesti="Haluan kertoa kokemuksestani.",
        ),
    )
    assert applied.status_code == 303  # to the receipt
    application = Submission.objects.get(page=call)
    client.force_login(registrar)
    assert application.reference in client.get(INBOX).content.decode()
    add_url = link(client.get(f"{INBOX}{application.pk}/").content.decode(), f"{REGISTER}add/")
    form = client.get(add_url)
    assert form.status_code == 200
    added = client.post(add_url, shown_form(form, end_date=(today + datetime.timedelta(days=730)).isoformat()))
    assert added.status_code == 302
    person = RegisterProfile.objects.get(submission=application)
    assert (person.name, person.email, person.phone) == (NAME, EMAIL, "040 123 4567")
    assert sorted(person.languages) == ["fin", "sgn"]
    assert person.roles == [RegisterRole.EXPERT_BY_EXPERIENCE]
    assert list(person.areas.all()) == [tampere]
    assert person.consent_at == application.consent_at

    # Others in the register, entered by hand: one without sign language, one in another area, one whose end
    # date has passed (before this month, so that this month's figures leave them out).
    for name, email, languages, area, end_date in (
        ("Väärä Kieli", "kieli@example.fi", ["fin"], tampere, today + datetime.timedelta(days=365)),
        ("Väärä Alue", "alue@example.fi", ["fin", "sgn"], nokia, today + datetime.timedelta(days=365)),
        ("Päättynyt Jäsen", "jasen@example.fi", ["fin", "sgn"], tampere, today.replace(day=1) - datetime.timedelta(1)),
    ):
        by_hand = client.get(f"{REGISTER}add/")
        typed = {
            "name": name,
            "email": email,
            "roles": [RegisterRole.EXPERT_BY_EXPERIENCE],
            "languages": languages,
            "areas": [area.pk],
            "consent_text": "Suostun tietojeni tallentamiseen.",
            "consent_at": "2026-01-05 10:00",
            "end_date": end_date.isoformat(),
        }
        assert client.post(f"{REGISTER}add/", shown_form(by_hand, **typed)).status_code == 302
    assert RegisterProfile.objects.count() == 4

    # 2. A professional orders an expert through the experts' bank; the coordinator makes it an assignment.
    client.logout()
    ordered = client.post(
        bank.url,
        answers(
            bank,
            organisaatio="Tampereen nuorisopalvelut",
            nimi="Oona Tilaaja",
            sahkoposti=ORDERER,
            tarkoitus="Puheenvuoro kuurojen nuorten palveluista henkilöstön koulutuspäivässä, 30 min.",
            paivamaara=today.isoformat(),
            yleiso="Työntekijät",
            teema="Kuurojen palvelut",
            palkkio="150 €",
            alue=None,
            viesti=None,
        ),
    )
    assert ordered.status_code == 303
    order = Submission.objects.get(page=bank)
    client.force_login(registrar)
    make_url = link(client.get(f"{INBOX}{order.pk}/").content.decode(), f"{ASSIGNMENTS}add/")
    form = client.get(make_url)
    made = client.post(
        make_url,
        shown_form(form, start_time="13:00", place="Tampere-talo, Yliopistonkatu 55", language="sgn", area=tampere.pk),
    )
    assignment = Assignment.objects.get(order=order)
    assert (assignment.date, assignment.fee_amount, assignment.orderer_email) == (today, Decimal("150"), ORDERER)

    # 3. "Find a person" (where making the assignment leads): only the person with sign language in Tampere whose
    # end date has not passed is proposed.
    assert made["Location"] == f"{ASSIGNMENTS}people/{assignment.pk}/"
    people = client.get(made["Location"])
    assert [proposed.name for proposed, _offer in people.context["people"]] == [NAME]
    page = people.content.decode()
    assert NAME in page and "Väärä" not in page and "Päättynyt" not in page

    # 4. The coordinator offers the assignment; the person accepts by the emailed link; the orderer is told.
    mail.outbox.clear()
    offered = client.post(f"{ASSIGNMENTS}people/{assignment.pk}/", {"person": person.pk})
    assert offered["Location"] == f"{ASSIGNMENTS}inspect/{assignment.pk}/"
    [offer_mail] = mail_to(EMAIL)
    assert "Tampere-talo" in offer_mail.body
    client.logout()
    offer_page = path_of(link_in(offer_mail))
    assert "Tampere-talo" in client.get(offer_page).content.decode()
    assert client.post(offer_page, {"answer": "accept"}).status_code == 302
    offer = AssignmentOffer.objects.get(assignment=assignment, person=person)
    assert offer.status == OfferStatus.ACCEPTED
    [told] = mail_to(ORDERER)
    assert NAME in told.body and order.reference in told.body
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.CONFIRMED and assignment.orderer_told_at

    # 5. The coordinator sends the expert's agreement (from the register listing); the person accepts it by the
    # emailed link with their name typed, and downloads it as a PDF.
    client.force_login(registrar)
    send_url = link(client.get(REGISTER).content.decode(), f"{AGREEMENTS}add/?person={person.pk}")
    template = AgreementTemplate.objects.get(locale__language_code="fi", role=RegisterRole.EXPERT_BY_EXPERIENCE)
    form = client.get(send_url)
    ends_on = (today + datetime.timedelta(days=365)).isoformat()
    sent = client.post(send_url, shown_form(form, template=template.pk, language="fi", ends_on=ends_on))
    assert sent.status_code == 302
    agreement = Agreement.objects.get(person=person)
    [agreement_mail] = [message for message in mail_to(EMAIL) if LINK.search(message.body)]
    language, token = LINK.search(agreement_mail.body).groups()
    client.logout()
    agreement_page = f"/{language}/sopimus/{token}/"
    assert "Kokemusasiantuntijan sopimus" in client.get(agreement_page).content.decode()
    assert client.post(agreement_page, {"name": NAME, "accept": "on"}).status_code == 302
    agreement.refresh_from_db()
    assert agreement.accepted_name == NAME and agreement.accepted_at
    pdf = client.get(f"{agreement_page}pdf/")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert NAME in " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)

    # 6. The coordinator marks the assignment done with its hours; the person claims the fee and travel costs by
    # the emailed link; the coordinator approves the claim and exports it for payroll, which empties the account.
    client.force_login(registrar)
    assert client.get(f"{ASSIGNMENTS}done/{assignment.pk}/").status_code == 200
    assert client.post(f"{ASSIGNMENTS}done/{assignment.pk}/", {"hours": "2.5", "attendance": "40"}).status_code == 302
    claim_page = CLAIM_LINK.search(mail_to(EMAIL)[-1].body).group(1)
    client.logout()
    assert client.get(claim_page).status_code == 200
    before = stored_files()
    claimed = client.post(
        claim_page,
        {
            "kilometres": "84,5",
            "route": "Nokia – Tampere – Nokia",
            "ticket_costs": "12,50",
            "bank_account": IBAN,
            "note": "",
            "tickets": [ticket("bussilippu.png")],
        },
    )
    assert claimed.status_code == 302
    ticket_files = stored_files() - before
    assert len(ticket_files) == 1
    claim = FeeClaim.objects.get(offer=offer)
    attachment = claim.attachments.get()
    client.force_login(registrar)
    assert NAME in client.get(CLAIMS).content.decode()
    assert IBAN in client.get(f"{CLAIMS}{claim.pk}/").content.decode()
    assert b"".join(client.get(f"{CLAIMS}{claim.pk}/files/{attachment.key}/").streaming_content) == png_bytes()
    assert client.post(f"{CLAIMS}{claim.pk}/", {"action": "approve", "note": ""}).status_code == 302
    exported = client.post(f"{CLAIMS}export/", {"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert [(row["Henkilö"], row["Pankkitili (IBAN)"]) for row in rows] == [(NAME, "FI2112345600000785")]
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.EXPORTED and claim.bank_account == ""

    # 7. Participation in figures, this month: the people in the register now (the ended one is not), one
    # assignment done with its hours, one order, answered in time.
    client.force_login(make_user("johtaja", permissions=["view_participation_statistics"]))
    report = client.get(REPORT_URL, {"kind": "month", "year": today.year, "month": today.month})
    figures = report.context["report"]
    assert figures.figure("register_people").value == 3
    assert figures.figure("register_language_sgn").value == 2  # the person and the one in Nokia
    assert figures.figure("assignments_done").value == 1
    assert figures.figure("assignment_hours").value == Decimal("2.5")
    assert (figures.figure("orders").value, figures.figure("orders_in_time").value) == (1, 1)
    assert figures.figure("orders_in_time_share").value == 100
    assert NAME not in report.content.decode()

    # 8. Another group's coordinator without the register permission can neither list nor open any of it.
    client.force_login(other)
    for url in (
        INBOX,
        f"{INBOX}{application.pk}/",
        f"{INBOX}{order.pk}/",
        REGISTER,
        f"{REGISTER}inspect/{person.pk}/",
        f"{REGISTER}edit/{person.pk}/",
        ASSIGNMENTS,
        f"{ASSIGNMENTS}inspect/{assignment.pk}/",
        f"{ASSIGNMENTS}people/{assignment.pk}/",
        AGREEMENTS,
        f"{AGREEMENTS}inspect/{agreement.pk}/",
        f"{AGREEMENTS}pdf/{agreement.pk}/",
        CLAIMS,
        f"{CLAIMS}{claim.pk}/",
        f"{CLAIMS}{claim.pk}/files/{attachment.key}/",
        f"{CLAIMS}export/",
    ):
        response = client.get(url)
        if url == INBOX:  # their own inbox opens, without any of this group's submissions
            assert response.status_code == 200 and application.reference not in text_of(response)
        else:
            assert response.status_code != 200, url
        assert NAME not in text_of(response), url
        # Where it leads (the dashboard with a permission message, or a 404) names nobody either.
        followed = client.get(url, follow=True)
        assert followed.request["PATH_INFO"] != url or url == INBOX
        assert NAME not in text_of(followed), url
    assert client.post(f"{CLAIMS}export/", {"format": "csv"}).status_code != 200

    # 9. The personal-data tool erases by the person's email: the profile, the offer, the agreement, the claim and
    # its ticket are gone; the assignment stays for the figures, naming nobody.
    client.force_login(make_user("tietosuoja", superuser=True))
    with django_capture_on_commit_callbacks(execute=True):
        erased = client.post(f"{INBOX}personal-data/", {"email": EMAIL.upper(), "action": "erase"})
    assert erased.status_code == 302
    assert not RegisterProfile.objects.filter(email__iexact=EMAIL).exists()
    assert not Submission.objects.filter(pk=application.pk).exists()
    assert not AssignmentOffer.objects.exists()
    assert not Agreement.objects.exists()
    assert not FeeClaim.objects.exists() and not ClaimAttachment.objects.exists()
    assert not any(path.exists() for path in ticket_files)
    assignment.refresh_from_db()
    assert (assignment.status, assignment.hours) == (AssignmentStatus.DONE, Decimal("2.5"))
    assert not assignment.offers.exists()
