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


def tab_to(page, selector, presses=40):
    """Press Tab until the element matching `selector` has the focus (the keyboard alone, no clicks)."""
    for _press in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_a_child_answers_kerro_meille_with_the_keyboard_alone(demo_site, page, axe_violations, settings):
    """The family centre's children's form, one question per screen: a picture scale and big buttons chosen with
    the arrow keys and Space, an error on a step, Back, and the send, all from the keyboard; axe finds nothing."""
    settings.FORMS_MIN_FILL_SECONDS = 0
    kids = FeedbackFormPage.objects.get(locale__language_code="fi", slug="kerro-meille")
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(demo_site.url + kids.url)
    form = page.locator("#lomake")
    expect(form.get_by_text("Kysymys 1/3")).to_be_visible()
    scale = form.get_by_role("group", name="Miltä sinusta tuntui käydä perhekeskuksessa?")
    expect(scale.get_by_role("radio")).to_have_count(5)
    expect(scale.get_by_role("radio", name="Tosi hyvä")).to_be_attached()
    assert axe_violations(page) == []
    screenshot(page, "fi-kerro-meille-375")
    page.set_viewport_size({"width": 320, "height": 800})
    # Nothing wider than the narrowest phone: the picture scale's fieldset and its large legend shrink and wrap.
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshot(page, "fi-kerro-meille-1280")

    tab_to(page, "input[name=tunne]")
    page.keyboard.press("Space")
    for _step in range(4):
        page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.value") == "Tosi hyvä"
    focused_label = page.evaluate(
        "getComputedStyle(document.querySelector(`label[for='${document.activeElement.id}']`)).outlineStyle"
    )
    assert focused_label == "solid"  # the focus shows on the face's tile
    page.keyboard.press("Enter")

    expect(form.get_by_text("Kysymys 2/3")).to_be_visible()
    tab_to(page, "button[value=next]")
    page.keyboard.press("Enter")  # nothing chosen: the step's own error
    expect(page.locator(".govuk-error-summary").get_by_role("link", name="Valitse vaihtoehto.")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "fi-kerro-meille-error")
    tab_to(page, "button[value=back]")
    page.keyboard.press("Enter")
    expect(form.get_by_text("Kysymys 1/3")).to_be_visible()
    assert form.get_by_role("radio", name="Tosi hyvä").is_checked()  # Back keeps the answer
    tab_to(page, "button[value=next]")
    page.keyboard.press("Enter")

    expect(form.get_by_text("Kysymys 2/3")).to_be_visible()
    tab_to(page, "input[name=paras]")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.value") == "Leikit ja lelut"
    screenshot(page, "fi-kerro-meille-big-buttons")
    page.keyboard.press("Enter")

    expect(form.get_by_text("Kysymys 3/3")).to_be_visible()
    tab_to(page, "input[name=toive]")
    page.keyboard.type("Lisää leluja odotushuoneeseen")
    tab_to(page, "input[name=ov_consent]")
    page.keyboard.press("Space")
    assert axe_violations(page) == []
    tab_to(page, "button[value=send]")
    page.keyboard.press("Enter")

    expect(page.get_by_text("OV-").first).to_be_visible()
    assert axe_violations(page) == []
    submission = Submission.objects.filter(page=kids).latest("submit_time")
    assert submission.form_data == {
        "tunne": "Tosi hyvä",
        "paras": "Leikit ja lelut",
        "toive": "Lisää leluja odotushuoneeseen",
    }
