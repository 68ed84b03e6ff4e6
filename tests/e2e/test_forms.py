"""The resident's form in a real browser: the error summary, then the receipt (reloaded), with no axe violations."""

from playwright.sync_api import expect

from forms_engine.models import Submission
from participation.models import FeedbackFormPage
from tests.e2e.conftest import screenshot


def test_form_error_summary_and_receipt_have_no_axe_violations(demo_site, page, axe_violations, settings):
    settings.FORMS_MIN_FILL_SECONDS = 0
    feedback = FeedbackFormPage.objects.get(locale__language_code="fi", slug="palaute")
    page.goto(demo_site.url + feedback.url)

    page.get_by_role("button", name=feedback.submit_label).click()

    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    assert summary.locator("a").count() >= 2  # the message and the consent
    assert axe_violations(page) == []
    screenshot(page, "fi-form-error-summary")
    summary.locator("a").first.click()
    assert page.evaluate("document.activeElement.name") in ("aihe", "viesti")

    page.get_by_label("Kehittämisidea").check()
    page.locator("textarea[name=viesti]").fill("Iltavastaanotto myös Nokialle, kiitos.")
    page.locator("input[name=ov_consent]").check()
    page.get_by_role("button", name=feedback.submit_label).click()

    expect(page.get_by_text("OV-").first).to_be_visible()
    assert "kuitti=" in page.url  # the receipt is a GET after a redirect
    assert axe_violations(page) == []
    screenshot(page, "fi-form-receipt")
    sent = Submission.objects.count()
    page.reload()
    expect(page.get_by_text("OV-").first).to_be_visible()
    assert Submission.objects.count() == sent  # a reload of the receipt sends nothing


def test_honeypot_is_hidden_from_people_and_assistive_technology(demo_site, page):
    feedback = FeedbackFormPage.objects.get(locale__language_code="fi", slug="palaute")
    page.goto(demo_site.url + feedback.url)

    honeypot = page.locator("input[name=ov_website]")
    assert not honeypot.is_visible()
    snapshot = page.accessibility.snapshot() if hasattr(page, "accessibility") else None
    if snapshot is not None:
        assert "ov_website" not in str(snapshot)


def test_event_sign_up_journey_reads_as_a_sign_up_with_no_axe_violations(demo_site, page, axe_violations, settings):
    """Errors on the sign-up form, the receipt, the status page and the cancel confirmation, each without axe
    violations; the receipt and the status page say the place is confirmed, with no handling time."""
    from participation.models import EventPage

    settings.FORMS_MIN_FILL_SECONDS = 0
    event = EventPage.objects.live().filter(locale__language_code="fi").upcoming().first()
    page.goto(demo_site.url + event.url)

    page.locator("#lomake button[type=submit]").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("link", name="Kirjoita nimesi.")).to_be_visible()
    assert page.locator("input[name=nimi]").get_attribute("autocomplete") == "name"
    assert page.locator("input[name=sahkoposti]").get_attribute("type") == "email"
    assert axe_violations(page) == []

    page.locator("input[name=nimi]").fill("Aino Asukas")
    page.locator("input[name=sahkoposti]").fill("aino.e2e@example.fi")
    page.locator("input[name=ov_consent]").check()
    page.locator("#lomake button[type=submit]").click()

    main = page.locator("main")
    assert main.get_by_role("heading", level=1).inner_text() in ("Olet ilmoittautunut", "Olet varasijalla")
    assert "Pyrimme" not in main.inner_text()
    expect(main.get_by_role("link", name="Lisää kalenteriin")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "fi-event-receipt")

    submission = Submission.objects.get(email="aino.e2e@example.fi")
    page.goto(f"{demo_site.url}/fi/tila/{submission.token}/")
    assert "Emme ole vielä vastanneet" not in main.inner_text()
    assert axe_violations(page) == []
    page.locator("main button[value=cancel]").click()
    expect(main.get_by_role("button", name="Pidä paikkani")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "fi-event-cancel-confirmation")
    main.get_by_role("button", name="Peru ilmoittautumiseni").click()
    expect(main.get_by_text("Ilmoittautumisesi on peruttu.")).to_be_visible()
