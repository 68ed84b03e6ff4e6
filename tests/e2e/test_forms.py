"""The resident's form in a real browser: the error summary, then the receipt (reloaded), with no axe violations."""

from forms_engine.models import Submission
from participation.models import FeedbackFormPage
from tests.e2e.conftest import screenshot


def test_form_error_summary_and_receipt_have_no_axe_violations(demo_site, page, axe_violations, settings):
    settings.FORMS_MIN_FILL_SECONDS = 0
    feedback = FeedbackFormPage.objects.get(locale__language_code="fi")
    page.goto(demo_site.url + feedback.url)

    page.get_by_role("button", name=feedback.submit_label).click()

    summary = page.locator(".govuk-error-summary")
    assert summary.is_visible()
    assert summary.locator("a").count() >= 2  # the message and the consent
    assert axe_violations(page) == []
    screenshot(page, "fi-form-error-summary")
    summary.locator("a").first.click()
    assert page.evaluate("document.activeElement.name") in ("aihe", "viesti")

    page.get_by_label("Kehittämisidea").check()
    page.locator("textarea[name=viesti]").fill("Iltavastaanotto myös Nokialle, kiitos.")
    page.locator("input[name=ov_consent]").check()
    page.get_by_role("button", name=feedback.submit_label).click()

    assert page.get_by_text("OV-").first.is_visible()
    assert "kuitti=" in page.url  # the receipt is a GET after a redirect
    assert axe_violations(page) == []
    screenshot(page, "fi-form-receipt")
    sent = Submission.objects.count()
    page.reload()
    assert page.get_by_text("OV-").first.is_visible()
    assert Submission.objects.count() == sent  # a reload of the receipt sends nothing


def test_honeypot_is_hidden_from_people_and_assistive_technology(demo_site, page):
    feedback = FeedbackFormPage.objects.get(locale__language_code="fi")
    page.goto(demo_site.url + feedback.url)

    honeypot = page.locator("input[name=ov_website]")
    assert not honeypot.is_visible()
    snapshot = page.accessibility.snapshot() if hasattr(page, "accessibility") else None
    if snapshot is not None:
        assert "ov_website" not in str(snapshot)
