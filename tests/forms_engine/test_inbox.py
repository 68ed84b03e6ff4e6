"""The coordinator inbox: only routed submissions, handling actions recorded, answer back to the resident."""

import datetime
import io
from html import unescape

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.translation import gettext
from openpyxl import load_workbook

from forms_engine.models import EventKind, Submission, SubmissionStatus
from participation.models import FollowUpPage
from tests.forms_engine.factories import UserFactory, answers

pytestmark = pytest.mark.django_db
INBOX = "/admin/inbox/"


@pytest.fixture
def submission(client, desk):
    client.post(desk.call.url, answers(desk.call))
    client.logout()
    mail.outbox.clear()
    return Submission.objects.get()


def test_coordinator_sees_the_submission_routed_to_their_group(client, desk, submission):
    client.force_login(desk.coordinator)

    response = client.get(INBOX)

    assert response.status_code == 200
    assert submission.reference in response.content.decode()


def test_coordinator_of_another_group_cannot_list_open_or_export(client, desk, submission):
    client.force_login(desk.other_coordinator)

    assert submission.reference not in client.get(INBOX).content.decode()
    assert client.get(f"{INBOX}{submission.pk}/", follow=True).status_code == 404
    client.post(f"{INBOX}{submission.pk}/", {"action": "answer", "answer": "x"})
    submission.refresh_from_db()
    assert submission.answer == ""
    assert submission.reference not in client.get(f"{INBOX}export/?format=csv").content.decode()
    assert not submission.events.filter(kind=EventKind.VIEWED).exists()


def test_page_editors_do_not_see_routed_submissions_in_wagtails_forms_listing(client, desk, submission):
    client.force_login(desk.other_coordinator)

    response = client.get(f"/admin/forms/submissions/{desk.call.pk}/")

    assert response.status_code in (302, 403, 404)


def test_superuser_sees_everything(admin_client, submission):
    assert submission.reference in admin_client.get(INBOX).content.decode()
    assert admin_client.get(f"{INBOX}{submission.pk}/").status_code == 200


@pytest.mark.parametrize(
    "data",
    [
        {"action": "status", "status": "deleted"},
        {"action": "assign", "assignee": "abc"},
        {"action": "assign", "assignee": "999999"},
        {"action": "note", "note": "   "},
        {"action": "no-such-action"},
    ],
)
def test_malformed_actions_change_nothing_and_never_fail(client, desk, submission, data):
    client.force_login(desk.coordinator)
    before = (submission.status, submission.assigned_to_id, submission.events.count())

    response = client.post(f"{INBOX}{submission.pk}/", data, follow=True)

    assert response.status_code == 200
    submission.refresh_from_db()
    viewed_again = 1  # the page shown after the redirect
    assert (submission.status, submission.assigned_to_id, submission.events.count()) == (
        before[0],
        before[1],
        before[2] + viewed_again,
    )


def test_resident_to_coordinator_to_answer_to_status_page(client, desk, submission):
    client.force_login(desk.coordinator)
    detail = f"{INBOX}{submission.pk}/"

    assert "Haluan kehittää palveluja." in client.get(detail).content.decode()
    client.post(detail, {"action": "status", "status": SubmissionStatus.IN_PROGRESS})
    client.post(detail, {"action": "assign", "assignee": desk.coordinator.pk})
    client.post(detail, {"action": "note", "note": "Soitetaan hakijalle."})
    client.post(detail, {"action": "answer", "answer": "Tervetuloa asiakasraatiin!"})

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.ANSWERED
    assert submission.assigned_to == desk.coordinator
    kinds = list(submission.events.values_list("kind", "user"))
    assert (EventKind.VIEWED, desk.coordinator.pk) in kinds
    assert (EventKind.STATUS, desk.coordinator.pk) in kinds
    assert (EventKind.ASSIGNED, desk.coordinator.pk) in kinds
    assert (EventKind.NOTE, desk.coordinator.pk) in kinds
    assert (EventKind.ANSWERED, desk.coordinator.pk) in kinds
    assert [message.to for message in mail.outbox] == [["aino@example.fi"]]
    assert "Tervetuloa asiakasraatiin!" in mail.outbox[0].body
    client.logout()
    status_page = client.get(f"/fi/tila/{submission.token}/").content.decode()
    assert "Tervetuloa asiakasraatiin!" in status_page
    assert "Soitetaan hakijalle." not in status_page


def test_a_corrected_answer_keeps_the_time_of_the_first_answer(client, desk, submission):
    client.force_login(desk.coordinator)
    detail = f"{INBOX}{submission.pk}/"
    client.post(detail, {"action": "answer", "answer": "Tervetuloa!"})
    submission.refresh_from_db()
    first_answered_at = submission.answered_at

    client.post(detail, {"action": "answer", "answer": "Tervetuloa asiakasraatiin ensi maanantaina!"})

    submission.refresh_from_db()
    assert submission.answer == "Tervetuloa asiakasraatiin ensi maanantaina!"
    assert submission.answered_at == first_answered_at


def test_filters_overdue_and_assigned_to_me(client, desk, submission):
    client.force_login(desk.coordinator)
    Submission.objects.filter(pk=submission.pk).update(due_date=timezone.localdate() - datetime.timedelta(days=1))

    overdue = client.get(INBOX, {"overdue": "on"}).content.decode()
    mine = client.get(INBOX, {"mine": "on"}).content.decode()

    assert submission.reference in overdue
    assert 'class="overdue"' in overdue
    assert submission.reference not in mine


def test_export_csv_and_xlsx(client, desk, submission):
    client.force_login(desk.coordinator)

    csv_response = client.get(f"{INBOX}export/", {"format": "csv"})
    xlsx_response = client.get(f"{INBOX}export/", {"format": "xlsx"})

    assert submission.reference in csv_response.content.decode("utf-8-sig")
    assert "Haluan kehittää palveluja." in csv_response.content.decode("utf-8-sig")
    sheet = load_workbook(io.BytesIO(xlsx_response.content)).active
    assert sheet.cell(row=2, column=1).value == submission.reference
    assert submission.events.filter(kind=EventKind.EXPORTED, user=desk.coordinator).exists()


def test_an_invalid_filter_is_shown_with_its_error_and_the_valid_ones_still_apply(client, desk, submission):
    client.force_login(desk.coordinator)

    response = client.get(INBOX, {"status": SubmissionStatus.CLOSED, "page": "999999"})

    html = response.content.decode()
    assert response.status_code == 200
    assert submission.reference not in html  # the status filter still applies: it is not closed
    assert 'class="error-message"' in html


def test_exports_keep_formula_like_answers_as_text(client, desk):
    client.post(desk.call.url, answers(desk.call, viesti='=HYPERLINK("http://example.com","Avaa")'))
    client.force_login(desk.coordinator)

    csv_text = client.get(f"{INBOX}export/", {"format": "csv"}).content.decode("utf-8-sig")
    sheet = load_workbook(io.BytesIO(client.get(f"{INBOX}export/", {"format": "xlsx"}).content)).active

    assert "'=HYPERLINK" in csv_text
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row if str(cell.value).startswith("=HYPERLINK")]
    assert cells and all(cell.data_type == "s" for cell in cells)


def test_create_follow_up_makes_a_linked_draft(client, desk, submission):
    client.force_login(UserFactory(is_superuser=True))

    response = client.post(f"{INBOX}{submission.pk}/", {"action": "follow_up"})

    submission.refresh_from_db()
    follow_up = FollowUpPage.objects.get()
    assert submission.follow_up_id == follow_up.pk
    assert not follow_up.live
    assert follow_up.get_parent().pk == desk.follow_ups.pk
    assert response.url == f"/admin/pages/{follow_up.pk}/edit/"

    assert EventKind.FOLLOW_UP in submission.events.values_list("kind", flat=True)
    # Asked again, the inbox opens the same page rather than making a second one.
    assert client.post(f"{INBOX}{submission.pk}/", {"action": "follow_up"}).url == response.url
    assert FollowUpPage.objects.count() == 1


def test_without_a_follow_up_section_no_follow_up_is_made_or_linked(client, desk, submission):
    desk.follow_ups.delete()
    client.force_login(UserFactory(is_superuser=True))

    response = client.post(f"{INBOX}{submission.pk}/", {"action": "follow_up"}, follow=True)

    submission.refresh_from_db()
    assert submission.follow_up is None
    assert not FollowUpPage.objects.exists()
    assert not submission.events.filter(kind=EventKind.FOLLOW_UP).exists()
    with translation.override("fi"):  # the coordinator's admin language
        expected = gettext("There is no follow-up section to create the page in.")
    assert expected in unescape(response.content.decode())


@override_settings(FORMS_RATE_LIMIT=(100, 600))
def test_inbox_query_count_does_not_grow_with_submissions(client, desk, django_assert_max_num_queries):
    for _number in range(15):
        client.post(desk.call.url, answers(desk.call))
    client.force_login(desk.coordinator)

    with django_assert_max_num_queries(20):
        response = client.get(INBOX)

    assert response.content.decode().count("OV-") >= 15


def test_superusers_can_still_use_wagtails_own_submissions_listing(admin_client, desk, submission):
    response = admin_client.get(f"/admin/forms/submissions/{desk.call.pk}/")

    assert response.status_code == 200
    assert "Aino Asukas" in response.content.decode()
