"""Assisted intake: a coordinator records a submission given by phone, on paper, face to face… on the person's
behalf. It gets what a web submission gets (reference, routing, due date, retention, history, emails), its channel
of intake is shown in the inbox and counted in the figures, and only the form's coordinators may record to it."""

import csv
import datetime
import io
import re

import pytest
from django.core import mail
from django.utils import timezone, translation

from forms_engine.admin_views.intake import AssistedIntakeForm
from forms_engine.models import EventKind, FormField, IntakeChannel, Submission
from forms_engine.retention import personal_data
from forms_engine.statistics import submission_counts
from participation.statistics import TIME_ZONE, Period
from participation.statistics.report import all_figures, build_report, public_figures
from tests.forms_engine.factories import add_routing_rule, answers, make_form_page
from tests.participation.factories import FeedbackFormPageFactory

pytestmark = pytest.mark.django_db
INBOX = "/admin/inbox/"
RECORD = "/admin/inbox/record/"

FEEDBACK_FIELDS = [
    {"clean_name": "viesti", "label": "Palautteesi", "field_type": "multiline", "required": True},
    {"clean_name": "nimi", "label": "Nimi", "field_type": "singleline", "required": False},
    {"clean_name": "sahkoposti", "label": "Sähköposti", "field_type": "email", "required": False},
]


@pytest.fixture
def feedback(localized_site, desk):
    page = FeedbackFormPageFactory(parent=localized_site.home, title="Palaute perhekeskukselle")
    return make_form_page(page, groups=[desk.group], fields=FEEDBACK_FIELDS, handling_days=10, retention_days=730)


def recorded(**overrides):
    data = {
        "ov_intake_channel": "phone",
        "viesti": "Neuvolan ajanvaraus puhelimessa on vaikeaa.",
        "nimi": "Maija Meikäläinen",
        "sahkoposti": "",
        "ov_consent": "on",
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def finnish(text):
    with translation.override("fi"):
        return str(text)


def test_coordinator_records_a_phone_feedback_for_a_resident_without_an_email(client, desk, feedback):
    client.force_login(desk.coordinator)
    inbox = client.get(INBOX).content.decode()
    assert RECORD in inbox  # the header button
    assert "Palaute perhekeskukselle" in client.get(RECORD).content.decode()

    response = client.post(f"{RECORD}{feedback.pk}/", recorded())

    submission = Submission.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{RECORD}done/{submission.pk}/"
    today = timezone.localdate()
    assert re.fullmatch(rf"OV-{today.year}-\d{{6}}", submission.reference)
    assert submission.intake_channel == IntakeChannel.PHONE
    assert submission.recorded_by == desk.coordinator
    assert list(submission.groups.all()) == [desk.group]
    assert submission.due_date == today + datetime.timedelta(days=10)
    assert submission.retain_until == today + datetime.timedelta(days=730)
    assert submission.email == "" and submission.form_token is None
    assert submission.form_data == {
        "viesti": "Neuvolan ajanvaraus puhelimessa on vaikeaa.",
        "nimi": "Maija Meikäläinen",
        "sahkoposti": "",
    }
    assert submission.consent_text == finnish(AssistedIntakeForm.CONSENT_LABEL)
    event = submission.events.get(kind=EventKind.SUBMITTED)
    assert event.user == desk.coordinator
    assert desk.coordinator.get_full_name() in event.text and "Puhelin" in event.text
    # No receipt (no address); the coordinators are told as of a web submission.
    assert [message.to for message in mail.outbox] == [[desk.coordinator.email]]

    done = client.get(response["Location"]).content.decode()
    assert f'id="recorded-reference">{submission.reference}</p>' in done
    assert f"/fi/tila/{submission.token}/" in done  # the status link to pass on

    listing = client.get(INBOX).content.decode()
    row = re.search(rf"<tr[^>]*>(?:(?!</tr>).)*{submission.reference}.*?</tr>", listing, re.S).group(0)
    assert "Puhelin" in row
    detail = client.get(f"{INBOX}{submission.pk}/").content.decode()
    assert "Puhelin" in detail and desk.coordinator.get_full_name() in detail

    counts = submission_counts(timezone.now() - datetime.timedelta(days=1), timezone.now(), TIME_ZONE)
    assert counts.received_by_intake == {IntakeChannel.PHONE: 1}
    with translation.override("fi"):
        rows = {figure.key: figure for figure in all_figures(Period.last_12_months()) if figure.by is None}
        assert rows["intake_phone"].value == 1 and str(rows["intake_phone"].label) == "Puhelin"
        assert rows["intake_web"].value == 0 and rows["submissions"].value == 1
        assert rows["intake_phone"].part_of == "submissions" and rows["intake_phone"].public


def test_with_an_email_the_receipt_goes_to_the_person_in_the_forms_language(client, desk, feedback, localized_site):
    swedish = localized_site.translate(feedback, "sv", title="Respons till familjecentret")
    assert FormField.objects.filter(page=swedish).exists()
    client.force_login(desk.coordinator)

    response = client.post(
        f"{RECORD}{swedish.pk}/",
        recorded(ov_intake_channel="paper", viesti="Mer kvällstider.", sahkoposti="anna@example.fi"),
    )

    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.language == "sv" and submission.email == "anna@example.fi"
    assert submission.intake_channel == IntakeChannel.PAPER
    receipt = next(message for message in mail.outbox if message.to == ["anna@example.fi"])
    assert receipt.subject == f"Vi har tagit emot ditt meddelande ({submission.reference})"
    assert f"/sv/status/{submission.token}/" in receipt.body or f"/sv/tila/{submission.token}/" in receipt.body
    assert "anna@example.fi" in client.get(response["Location"]).content.decode()
    assert personal_data("anna@example.fi")["submissions"][0]["channel_of_intake"] == IntakeChannel.PAPER


def test_another_groups_coordinator_cannot_see_or_record_to_the_form(client, desk, feedback):
    client.force_login(desk.other_coordinator)

    assert "Palaute perhekeskukselle" not in client.get(RECORD).content.decode()
    # A 404 (LocaleMiddleware first redirects it to the Finnish address, which is a 404 too).
    assert client.get(f"{RECORD}{feedback.pk}/", follow=True).status_code == 404
    assert client.post(f"{RECORD}{feedback.pk}/", recorded()).status_code in (302, 404)
    assert client.post(f"/fi{RECORD}{feedback.pk}/", recorded()).status_code == 404
    assert client.post(f"/fi{RECORD}999999/", recorded()).status_code == 404
    assert not Submission.objects.exists()


def test_the_done_screen_is_only_for_whoever_recorded_it(client, desk, feedback):
    client.force_login(desk.coordinator)
    done_url = client.post(f"{RECORD}{feedback.pk}/", recorded())["Location"]
    colleague = desk.coordinator.__class__.objects.create(username="kollega", email="kollega@example.fi")
    colleague.groups.set([desk.group])

    client.force_login(colleague)

    assert client.get(done_url, follow=True).status_code == 404


def test_a_routing_rule_to_the_group_lets_its_coordinators_record(client, desk, localized_site):
    page = make_form_page(
        FeedbackFormPageFactory(parent=localized_site.home, title="Alueiden palaute"),
        groups=[desk.other_group],
        fields=FEEDBACK_FIELDS
        + [{"clean_name": "alue", "label": "Alue", "field_type": "singleline", "required": False}],
    )
    add_routing_rule(page, "alue", "Tampere", desk.group)
    client.force_login(desk.coordinator)

    assert "Alueiden palaute" in client.get(RECORD).content.decode()
    response = client.post(f"{RECORD}{page.pk}/", recorded(ov_intake_channel="face_to_face", alue="Tampere"))

    assert response.status_code == 302
    assert list(Submission.objects.get().groups.all()) == [desk.group]


def test_superusers_may_record_to_every_form(admin_client, desk, feedback):
    listing = admin_client.get(RECORD).content.decode()

    assert "Palaute perhekeskukselle" in listing and "Haku asiakasraatiin" in listing


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"viesti": ""}, "viesti"),
        ({"viesti": "x" * 5001}, "viesti"),
        ({"sahkoposti": "anna@example.fi, bob@example.fi"}, "sahkoposti"),
        ({"ov_intake_channel": ""}, "ov_intake_channel"),
        ({"ov_intake_channel": "web"}, "ov_intake_channel"),  # the web form records itself
        ({"ov_intake_channel": "pigeon"}, "ov_intake_channel"),
        ({"ov_consent": None}, "ov_consent"),
    ],
)
def test_invalid_answers_show_the_form_again_with_errors(client, desk, feedback, overrides, field):
    client.force_login(desk.coordinator)

    response = client.post(f"{RECORD}{feedback.pk}/", recorded(**overrides))

    assert response.status_code == 200
    assert not Submission.objects.exists()
    html = response.content.decode()
    assert 'role="alert"' in html and f'href="#id_{field}"' in html
    assert "Maija Meikäläinen" in html  # what was written is kept
    assert 'autocomplete="name"' not in html  # the browser must not fill in the coordinator's own name


def test_a_closed_form_refuses_with_its_message_and_no_error_page(client, desk):
    desk.call.closes_at = timezone.now() - datetime.timedelta(days=1)
    desk.call.save_revision().publish()
    client.force_login(desk.coordinator)

    response = client.post(
        f"{RECORD}{desk.call.pk}/", {**answers(desk.call), "ov_intake_channel": "event", "ov_consent": "on"}
    )

    assert response.status_code == 200
    assert not Submission.objects.exists()
    assert 'role="alert"' in response.content.decode()


def test_the_web_form_still_records_web(client, desk):
    client.post(desk.call.url, answers(desk.call))

    submission = Submission.objects.get()
    assert submission.intake_channel == IntakeChannel.WEB and submission.recorded_by is None


def test_inbox_filters_and_exports_by_channel_of_intake(client, desk):
    client.post(desk.call.url, answers(desk.call))
    client.force_login(desk.coordinator)
    client.post(f"{RECORD}{desk.call.pk}/", {**answers(desk.call), "ov_intake_channel": "phone", "ov_consent": "on"})
    web, phone = Submission.objects.order_by("pk")

    listing = client.get(INBOX, {"intake_channel": "phone"}).content.decode()
    assert phone.reference in listing and web.reference not in listing

    export = client.get(f"{INBOX}export/", {"format": "csv"}).content.decode("utf-8-sig")
    rows = {row[0]: row for row in csv.reader(io.StringIO(export))}
    with translation.override("fi"):
        header = rows[str(translation.gettext("Reference"))]
    channel = header.index(finnish(translation.gettext_lazy("Channel of intake")))
    assert rows[phone.reference][channel] == "Puhelin" and rows[web.reference][channel] == "Verkkolomake"
    assert rows[phone.reference][channel + 1] == desk.coordinator.get_username()


def test_figures_count_per_channel_of_intake_on_the_report_and_the_public_page(client, desk):
    client.post(desk.call.url, answers(desk.call))
    client.force_login(desk.coordinator)
    for channel in ["phone", "phone", "paper"]:
        client.post(
            f"{RECORD}{desk.call.pk}/", {**answers(desk.call), "ov_intake_channel": channel, "ov_consent": "on"}
        )
    period = Period.last_12_months()

    with translation.override("fi"):
        report = build_report(period)
        section = next(s for s in report.sections if str(s.title) == "Yhteydenotot saapumistavan mukaan")
        values = {str(figure.label): figure.value for figure in section.figures}
        chart = next(chart for chart in report.charts if chart.chart_id == "chart-intake")
        public = dict(public_figures(period).answers)
    assert values["Puhelin"] == 2 and values["Paperilomake"] == 1 and values["Verkkolomake"] == 1
    assert values["Kaikki saapuneet yhteydenotot"] == 4
    assert chart.table_id == section.table_id and [bar.value for bar in chart.bars][:3] == [1, 2, 1]
    # Four in all, each channel fewer than five: hidden on the public page.
    public_rows = dict(next(rows for title, rows in public.items() if "saapumistavan" in str(title)))
    assert public_rows["Puhelin"] == "alle 5"


CONTACT_REQUIRED_FIELDS = [
    {"clean_name": "viesti", "label": "Palautteesi", "field_type": "multiline", "required": True},
    {"clean_name": "nimi", "label": "Nimi", "field_type": "singleline", "required": True},
    {"clean_name": "sahkoposti", "label": "Sähköposti", "field_type": "email", "required": True},
    {"clean_name": "puhelin", "label": "Puhelin", "field_type": "singleline", "required": True},
    {"clean_name": "kunta", "label": "Kotikunta", "field_type": "singleline", "required": True},
]


def test_contact_details_the_web_form_requires_are_optional_when_recording(client, desk, localized_site):
    """Someone who phones without an email (or a name to give) can still be recorded: the web form's required
    contact fields are optional here, the reference is shown to pass on and no receipt is sent."""
    page = make_form_page(
        FeedbackFormPageFactory(parent=localized_site.home, title="Raatihaku puhelimitse"),
        groups=[desk.group],
        fields=CONTACT_REQUIRED_FIELDS,
    )
    client.force_login(desk.coordinator)
    form = client.get(f"{RECORD}{page.pk}/").content.decode()
    assert "Yhteystiedot tarvitaan vain, jos henkilö haluaa vastauksen." in form
    assert "Sähköposti (valinnainen)" in form and "Kotikunta (valinnainen)" not in form

    response = client.post(f"{RECORD}{page.pk}/", recorded(nimi="", sahkoposti="", puhelin="", kunta="Tampere"))

    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.email == ""
    assert [message.to for message in mail.outbox] == [[desk.coordinator.email]]  # no receipt
    done = client.get(response["Location"]).content.decode()
    assert f'id="recorded-reference">{submission.reference}</p>' in done


def test_the_other_questions_stay_required_and_errors_read_neutrally(client, desk, localized_site):
    page = make_form_page(
        FeedbackFormPageFactory(parent=localized_site.home, title="Raatihaku puhelimitse"),
        groups=[desk.group],
        fields=CONTACT_REQUIRED_FIELDS,
    )
    client.force_login(desk.coordinator)

    html = client.post(f"{RECORD}{page.pk}/", recorded(viesti="", nimi="", kunta="")).content.decode()

    assert not Submission.objects.exists()
    assert 'href="#id_kunta">Kotikunta: Kirjoita kotikunta.</a>' in html  # not "Kirjoita kotikuntasi."
    assert 'href="#id_viesti">' in html
    assert "#id_nimi" not in html and "#id_sahkoposti" not in html
