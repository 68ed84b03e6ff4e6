"""The pages a person in the register opens from an email, without an account: an assignment offered to them, an
agreement to accept (and its printable page) and a fee and travel claim. No axe violations, their forms answer
from the keyboard, and they reflow at 320 px."""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale

from participation.models import (
    Agreement,
    AgreementTemplate,
    Assignment,
    AssignmentOffer,
    AssignmentStatus,
    FeeClass,
    OfferStatus,
    RegisterProfile,
)
from tests.e2e.conftest import screenshot


def person_with_an_offer_and_an_agreement():
    person = RegisterProfile.objects.create(
        name="Saimi Selkeä",
        email="saimi@example.fi",
        languages=["fin"],
        consent_text="Suostun.",
        consent_at=timezone.now(),
        end_date=timezone.localdate() + datetime.timedelta(days=365),
    )
    assignment = Assignment.objects.create(
        task="Kerro kokemuksestasi kotihoidon henkilöstön koulutuspäivässä.",
        date=timezone.localdate() + datetime.timedelta(days=14),
        place="Tampereen pääkirjasto Metso, Pietilänkatu 2",
        fee_class=FeeClass.FEE,
        fee_amount=Decimal("80.00"),
    )
    offer = AssignmentOffer.objects.create(assignment=assignment, person=person)
    agreement = Agreement(
        person=person,
        template=AgreementTemplate.objects.filter(locale=Locale.get_default()).order_by("pk").first(),
        ends_on=timezone.localdate() + datetime.timedelta(days=200),
    )
    agreement.copy_terms()
    agreement.save()
    return person, offer, agreement


def test_a_persons_private_pages_have_no_axe_violations_and_work_from_the_keyboard(demo_site, page, axe_violations):
    person, offer, agreement = person_with_an_offer_and_an_agreement()
    violations = []

    # The offer: read it, accept it with the keyboard.
    page.goto(f"{demo_site.url}/fi/tehtava/{offer.token}/")
    violations += axe_violations(page)
    page.get_by_role("button", name="Otan tehtävän vastaan").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    violations += axe_violations(page)
    screenshot(page, "fi-register-offer-accepted")
    offer.refresh_from_db()
    assert offer.status == OfferStatus.ACCEPTED

    # The agreement: an empty send shows its errors, then it is accepted with the typed name.
    page.goto(f"{demo_site.url}/fi/sopimus/{agreement.token}/")
    violations += axe_violations(page)
    page.get_by_role("button", name="Hyväksy sopimus").click()
    assert page.locator(".govuk-error-summary").is_visible()
    violations += axe_violations(page)
    page.locator("input[name=name]").fill(person.name)
    page.locator("input[name=accept]").check()
    page.get_by_role("button", name="Hyväksy sopimus").click()
    agreement.refresh_from_db()
    assert agreement.accepted_at is not None
    page.goto(f"{demo_site.url}/fi/sopimus/{agreement.token}/tulostettava/")
    violations += axe_violations(page)
    screenshot(page, "fi-register-agreement-printable")

    # The claim, once the assignment is done: errors first, at a phone's width too.
    Assignment.objects.filter(pk=offer.assignment_id).update(status=AssignmentStatus.DONE, hours=Decimal("2"))
    page.goto(f"{demo_site.url}/fi/tehtava/{offer.token}/korvaukset/")
    violations += axe_violations(page)
    page.locator("input[name=bank_account]").fill("FI00 1234")
    page.get_by_role("button", name="Lähetä hakemus").click()
    assert page.locator(".govuk-error-summary").is_visible()
    violations += axe_violations(page)
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    screenshot(page, "fi-register-claim-errors-320px")

    assert violations == []
