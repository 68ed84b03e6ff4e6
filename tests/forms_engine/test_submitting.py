"""A resident sends a form: one transaction with reference, token, routing, dates, consent and queued emails."""

import datetime
import re

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from forms_engine.models import Notification, NotificationStatus, Submission, SubmissionStatus
from tests.forms_engine.factories import add_routing_rule, answers, form_token

pytestmark = pytest.mark.django_db


def test_form_is_shown_with_consent_and_a_hidden_honeypot(client, desk):
    response = client.get(desk.call.url)

    html = response.content.decode()
    assert 'name="viesti"' in html
    assert 'name="ov_consent"' in html
    assert re.search(r"<div hidden>.*name=\"ov_website\"", html)


def test_submission_is_saved_routed_and_both_emails_sent(client, desk):
    response = client.post(desk.call.url, answers(desk.call))

    assert response.status_code == 303  # to the receipt, so that a reload repeats only the GET
    submission = Submission.objects.get()
    year = timezone.localdate().year
    assert re.fullmatch(rf"OV-{year}-\d{{6}}", submission.reference)
    receipt = client.get(response["Location"])
    assert receipt.status_code == 200
    assert submission.reference in receipt.content.decode()
    assert len(submission.token) >= 40
    assert list(submission.groups.all()) == [desk.group]
    assert submission.due_date == timezone.localdate() + datetime.timedelta(days=14)
    assert submission.retain_until == timezone.localdate() + datetime.timedelta(days=365)
    assert submission.consent_at is not None and submission.consent_text
    assert submission.email == "aino@example.fi"
    assert submission.form_data["viesti"] == "Haluan kehittää palveluja."
    assert "ov_consent" not in submission.form_data
    assert submission.status == SubmissionStatus.NEW
    receipt, coordinator = sorted(mail.outbox, key=lambda message: message.to != ["aino@example.fi"])
    assert receipt.to == ["aino@example.fi"]
    assert f"/fi/tila/{submission.token}/" in receipt.body
    assert coordinator.to == [desk.coordinator.email]
    assert "Haluan kehittää" not in coordinator.body  # the answers stay in the inbox
    assert set(Notification.objects.values_list("status", flat=True)) == {NotificationStatus.SENT}
    assert submission.events.filter(kind="submitted").exists()


def test_references_run_on_within_the_year(client, desk):
    client.post(desk.call.url, answers(desk.call))
    client.post(desk.call.url, answers(desk.call))

    first, second = Submission.objects.order_by("pk").values_list("reference", flat=True)
    assert int(second[-6:]) == int(first[-6:]) + 1


def test_routing_rule_sends_the_submission_to_another_group(client, desk):
    add_routing_rule(desk.call, "alue", "nokia", desk.other_group)

    client.post(desk.call.url, answers(desk.call, alue="Nokia"))

    assert list(Submission.objects.get().groups.all()) == [desk.other_group]
    assert [message.to for message in mail.outbox if message.to != ["aino@example.fi"]] == [
        [desk.other_coordinator.email]
    ]


def test_validation_errors_show_an_error_summary_in_the_users_language(client, desk):
    response = client.post(desk.call.url, answers(desk.call, nimi="", ov_consent=None))

    html = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in html
    assert 'href="#id_nimi">Kirjoita nimesi.</a>' in html
    assert "Tämä kenttä on pakollinen" not in html
    assert Submission.objects.count() == 0


def test_honeypot_filled_is_refused(client, desk):
    response = client.post(desk.call.url, answers(desk.call, ov_website="http://spam.example"))

    assert response.status_code == 200
    assert "govuk-error-summary" in response.content.decode()
    assert Submission.objects.count() == 0


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (lambda page: form_token(page, seconds_ago=0), "Lomake lähetettiin hyvin nopeasti"),
        (lambda page: "", "Lomaketta ei voitu lähettää"),
        (lambda page: "forged", "Lomaketta ei voitu lähettää"),
        (lambda page: form_token(page)[:-2] + "xx", "Lomaketta ei voitu lähettää"),
    ],
    ids=["too-fast", "missing", "forged", "altered"],
)
def test_too_fast_missing_or_forged_token_is_refused_with_the_answers_kept(client, desk, token, message):
    response = client.post(desk.call.url, answers(desk.call, ov_token=token(desk.call)))

    assert response.status_code == 200
    assert Submission.objects.count() == 0
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert message in html
    assert "Haluan kehittää palveluja." in html


@override_settings(FORMS_RATE_LIMIT=(3, 600))
def test_rate_limit_gives_a_friendly_429_and_keeps_what_was_written(client, desk):
    for _attempt in range(3):
        assert client.post(desk.call.url, answers(desk.call)).status_code == 303

    response = client.post(desk.call.url, answers(desk.call, viesti="Toinen viesti samasta osoitteesta."))

    assert response.status_code == 429
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert "Toinen viesti samasta osoitteesta." in html
    assert Submission.objects.count() == 3


@override_settings(FORMS_RATE_LIMIT=(2, 600))
def test_attempts_with_mistakes_do_not_use_up_the_rate_limit(client, desk):
    for _attempt in range(3):
        # shown again with errors
        assert client.post(desk.call.url, answers(desk.call, ov_consent=None)).status_code == 200

    assert client.post(desk.call.url, answers(desk.call)).status_code == 303
    assert Submission.objects.count() == 1


def test_closed_call_refuses_politely(client, desk):
    desk.call.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    desk.call.save_revision().publish()

    response = client.post(desk.call.url, answers(desk.call))

    assert response.status_code == 200
    assert "hakemuksia ei enää oteta vastaan" in response.content.decode()
    assert 'name="viesti"' not in response.content.decode()
    assert Submission.objects.count() == 0


def test_status_page_shows_reference_state_and_answer_only(client, desk):
    client.post(desk.call.url, answers(desk.call))
    submission = Submission.objects.get()
    submission.answer = "Tervetuloa raatiin!"
    submission.status = SubmissionStatus.ANSWERED
    submission.save()

    response = client.get(f"/fi/tila/{submission.token}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert submission.reference in html
    assert "Tervetuloa raatiin!" in html
    assert "Aino Asukas" not in html and "aino@example.fi" not in html


def test_unknown_token_is_404(client, desk):
    assert client.get("/fi/tila/ei-ole-olemassa/").status_code == 404


def test_anonymous_feedback_is_accepted_without_a_receipt_email(client, desk, localized_site):
    from tests.forms_engine.factories import make_form_page
    from tests.participation.factories import FeedbackFormPageFactory

    fields = [
        {"clean_name": "viesti", "label": "Viestisi", "field_type": "multiline", "required": True},
        {"clean_name": "sahkoposti", "label": "Sähköposti", "field_type": "email", "required": False},
    ]
    feedback = make_form_page(FeedbackFormPageFactory(parent=localized_site.home), groups=[desk.group], fields=fields)

    response = client.post(feedback.url, answers(feedback, sahkoposti="", nimi=None, alue=None), follow=True)

    submission = Submission.objects.get()
    assert submission.email == ""
    assert "Et antanut sähköpostiosoitetta" in response.content.decode()
    assert [message.to for message in mail.outbox] == [[desk.coordinator.email]]


def test_a_form_page_whose_answers_need_no_reply_saves_them_closed_without_a_due_date(client, desk, monkeypatch):
    """Any page kind may say so (`FormPageBase.answers_need_reply`); surveys do. The open call stands in here."""
    monkeypatch.setattr(type(desk.call), "answers_need_reply", False)

    response = client.post(desk.call.url, answers(desk.call))

    submission = Submission.objects.get()
    assert submission.due_date is None and submission.status == SubmissionStatus.CLOSED
    assert list(submission.groups.all()) == [desk.group]  # still routed: it is in the coordinators' inbox
    (receipt,) = mail.outbox  # no "new submission" email to the coordinators
    assert receipt.to == ["aino@example.fi"]
    assert "Pyrimme" not in receipt.body and "Luemme jokaisen vastauksen" in receipt.body
    page = client.get(response["Location"]).content.decode()
    assert "Kiitos, vastauksesi on vastaanotettu" in page and "Pyrimme" not in page


def test_a_form_that_needs_replies_still_promises_one_by_its_due_date(client, desk):
    response = client.post(desk.call.url, answers(desk.call))

    submission = Submission.objects.get()
    date = f"{submission.due_date.day}.{submission.due_date.month}.{submission.due_date.year}"
    page = client.get(response["Location"]).content.decode()
    assert "Kiitos, viestisi on vastaanotettu" in page and f"Pyrimme käsittelemään viestisi viimeistään {date}" in page
    receipt = next(message for message in mail.outbox if message.to == ["aino@example.fi"])
    assert f"Pyrimme käsittelemään viestisi viimeistään {date}" in receipt.body
    status = client.get(f"/fi/tila/{submission.token}/").content.decode()
    assert f"Pyrimme vastaamaan viimeistään {date}" in status
