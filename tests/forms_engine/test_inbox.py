"""The coordinator inbox: only routed submissions, handling actions recorded, answer back to the resident."""

import datetime
import io
import re
from html import unescape

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.translation import gettext
from openpyxl import load_workbook

from forms_engine.models import EventKind, Place, Submission, SubmissionStatus
from participation.models import FollowUpPage
from tests.forms_engine.factories import GroupFactory, UserFactory, answers, make_form_page
from tests.participation.factories import OpenCallPageFactory

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
    # Not even a "viewed": the page shown after the action's redirect is the same visit.
    assert (submission.status, submission.assigned_to_id, submission.events.count()) == before


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


def title_of(response):
    return unescape(re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1)).strip()


def test_the_list_and_the_detail_have_titles_and_breadcrumbs(client, desk, submission):
    client.force_login(desk.coordinator)
    with translation.override("fi"):
        inbox_title = gettext("Inbox")

    listing = client.get(INBOX)
    detail = client.get(f"{INBOX}{submission.pk}/")

    assert title_of(listing).startswith(inbox_title)
    assert submission.reference in title_of(detail)
    breadcrumbs = re.search(r'<nav[^>]*aria-label="[^"]*"[^>]*>.*?</nav>', detail.content.decode(), re.S).group(0)
    assert f'href="{INBOX}"' in breadcrumbs


def panel_counts(client):
    html = client.get("/admin/").content.decode()
    found = {
        name: re.search(rf'<a href="{INBOX}\?{name}=on" id="inbox-{name}">\s*<span>(\d+)</span>', html)
        for name in ("waiting", "overdue")
    }
    return {name: int(match.group(1)) for name, match in found.items() if match}


def test_the_dashboard_panel_counts_what_waits_for_each_coordinator(client, desk, event_page, submission):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    client.post(desk.call.url, answers(desk.call))
    client.post(event_page.url, answers(event_page, nimi="Osallistuja", sahkoposti="osallistuja@example.fi"))
    client.post(event_page.url, answers(event_page, nimi="Toinen", sahkoposti="toinen@example.fi"))
    client.post(event_page.url, answers(event_page, nimi="Kolmas", sahkoposti="kolmas@example.fi"))
    Submission.objects.update(due_date=yesterday)  # all of them, sign-ups too
    Submission.objects.exclude(pk=submission.pk).filter(page=desk.call).update(status=SubmissionStatus.ANSWERED)
    answered_call = Submission.objects.get(page=desk.call, status=SubmissionStatus.ANSWERED)
    other_call = make_form_page(
        OpenCallPageFactory(parent=desk.call.get_parent(), title="Toisen ryhmän haku"), groups=[desk.other_group]
    )
    client.post(other_call.url, answers(other_call))
    client.post(other_call.url, answers(other_call))

    client.force_login(desk.coordinator)
    assert panel_counts(client) == {"waiting": 1, "overdue": 1}  # not the answered one, nor the three sign-ups
    client.force_login(desk.other_coordinator)
    assert panel_counts(client) == {"waiting": 2, "overdue": 0}
    client.force_login(UserFactory(is_superuser=True))
    assert panel_counts(client) == {"waiting": 3, "overdue": 1}
    client.force_login(UserFactory(groups=[GroupFactory(name="Toimittajat")]))  # an editor, not a coordinator
    response = client.get("/admin/")
    assert response.status_code == 200 and 'id="inbox-waiting"' not in response.content.decode()

    # The panel's links lead to the inbox filtered the same way.
    client.force_login(desk.coordinator)
    waiting = client.get(INBOX, {"waiting": "on"}).content.decode()
    overdue = client.get(INBOX, {"overdue": "on"}).content.decode()
    assert submission.reference in waiting and submission.reference in overdue
    assert answered_call.reference not in waiting
    for sign_up in Submission.objects.filter(page=event_page):
        assert sign_up.reference not in waiting and sign_up.reference not in overdue
        assert not sign_up.is_overdue


def test_sign_ups_are_neither_waiting_nor_overdue_but_forms_without_places_are(desk, event_page, client):
    client.post(event_page.url, answers(event_page, nimi="Osallistuja", sahkoposti="osallistuja@example.fi"))
    client.post(desk.call.url, answers(desk.call))
    Submission.objects.update(due_date=timezone.localdate() - datetime.timedelta(days=1))
    sign_up = Submission.objects.get(page=event_page)
    application = Submission.objects.get(page=desk.call)

    assert sign_up.place == Place.CONFIRMED
    assert list(Submission.objects.waiting()) == [application]
    assert list(Submission.objects.overdue()) == [application]
    assert application.is_overdue and application.is_waiting
    assert not sign_up.is_overdue and not sign_up.is_waiting

    # In the inbox a sign-up reads as one, with no due date; the application has its status and due date.
    client.force_login(desk.coordinator)
    rows = {
        reference: row
        for row in re.findall(r"<tr\b.*?</tr>", client.get(INBOX).content.decode(), re.S)
        for reference in (sign_up.reference, application.reference)
        if reference in row
    }
    assert "Ilmoittautuminen: Vahvistettu" in rows[sign_up.reference] and "Uusi" not in rows[sign_up.reference]
    assert "Myöhässä" not in rows[sign_up.reference]
    assert "Uusi" in rows[application.reference] and "Myöhässä" in rows[application.reference]

    # Its detail view says the same and offers no handling status; an answer can still be sent.
    detail = client.get(f"{INBOX}{sign_up.pk}/").content.decode()
    assert "<dd>Ilmoittautuminen: Vahvistettu</dd>" in detail
    assert 'name="status"' not in detail and "Määräaika" not in detail and 'value="answer"' in detail
    # The export too: its state, and no due date.
    exported = {
        line.split(",")[0]: line
        for line in client.get(f"{INBOX}export/", {"format": "csv"}).content.decode("utf-8-sig").splitlines()
    }
    assert "Ilmoittautuminen: Vahvistettu" in exported[sign_up.reference]
    assert sign_up.due_date.isoformat() not in exported[sign_up.reference]
    assert application.due_date.isoformat() in exported[application.reference]


def selected_assignee(html):
    select = re.search(r'<select name="assignee".*?</select>', html, re.S).group(0)
    return re.findall(r'<option value="(\d*)" selected>([^<]*)</option>', select)


def test_the_assignee_select_shows_who_is_assigned(client, desk, submission):
    client.force_login(desk.coordinator)
    detail = f"{INBOX}{submission.pk}/"
    assert [value for value, _label in selected_assignee(client.get(detail).content.decode())] == [""]

    client.post(detail, {"action": "assign", "assignee": desk.coordinator.pk})
    assert [value for value, _label in selected_assignee(client.get(detail).content.decode())] == [
        str(desk.coordinator.pk)
    ]

    # A superuser outside the groups assigns themself: the select shows them, not "nobody".
    admin = UserFactory(is_superuser=True)
    client.force_login(admin)
    client.post(detail, {"action": "assign", "assignee": admin.pk})
    submission.refresh_from_db()
    assert submission.assigned_to == admin
    assert [value for value, _label in selected_assignee(client.get(detail).content.decode())] == [str(admin.pk)]
    # The coordinator still sees the superuser as the assignee.
    client.force_login(desk.coordinator)
    assert [value for value, _label in selected_assignee(client.get(detail).content.decode())] == [str(admin.pk)]


def test_viewed_is_recorded_once_per_visit(client, desk, submission):
    client.force_login(desk.coordinator)
    detail = f"{INBOX}{submission.pk}/"

    def views():
        return submission.events.filter(kind=EventKind.VIEWED, user=desk.coordinator).count()

    client.get(detail)
    assert views() == 1
    client.post(detail, {"action": "status", "status": SubmissionStatus.IN_PROGRESS}, follow=True)
    client.post(detail, {"action": "note", "note": "Soitetaan."}, follow=True)
    assert views() == 1
    client.get(detail)  # opened again later: a new visit
    assert views() == 2


def test_the_sent_answer_is_in_the_history_and_not_left_in_the_box(client, desk, submission):
    client.force_login(desk.coordinator)
    detail = f"{INBOX}{submission.pk}/"

    html = client.post(detail, {"action": "answer", "answer": "Tervetuloa asiakasraatiin!"}, follow=True)
    html = html.content.decode()

    assert re.search(r'<textarea name="answer"[^>]*>\s*</textarea>', html)
    history = html[html.rindex("<table") :]
    assert "Tervetuloa asiakasraatiin!" in history


def test_filters_by_form_status_and_assignee_through_the_filterset(client, desk, submission):
    other_call = make_form_page(
        OpenCallPageFactory(parent=desk.call.get_parent(), title="Toinen haku"), groups=[desk.group]
    )
    client.post(other_call.url, answers(other_call))
    other = Submission.objects.get(page=other_call)
    Submission.objects.filter(pk=other.pk).update(status=SubmissionStatus.IN_PROGRESS, assigned_to=desk.coordinator)
    client.force_login(desk.coordinator)

    by_form = client.get(INBOX, {"page": desk.call.pk}).content.decode()
    by_status = client.get(INBOX, {"status": SubmissionStatus.IN_PROGRESS}).content.decode()
    mine = client.get(INBOX, {"mine": "on"}).content.decode()
    unfiltered = client.get(INBOX).content.decode()

    assert submission.reference in by_form and other.reference not in by_form
    assert other.reference in by_status and submission.reference not in by_status
    assert other.reference in mine and submission.reference not in mine
    assert submission.reference in unfiltered and other.reference in unfiltered
    with translation.override("fi"):
        all_forms = gettext("All forms")
        yes = gettext("Yes")
    assert f'<b class="w-ml-1">{yes}</b>' in mine  # the active filter's pill, not "True"
    assert f'<option value="" selected>{all_forms}</option>' in unfiltered
    assert "---------" not in unfiltered
    # The filtered results alone, as Wagtail's filters fetch them while the coordinator changes them.
    results = client.get(f"{INBOX}results/", {"status": SubmissionStatus.IN_PROGRESS}).content.decode()
    assert other.reference in results and submission.reference not in results and "<title>" not in results


def test_the_other_groups_forms_are_not_offered_as_filters(client, desk, submission):
    other_call = make_form_page(
        OpenCallPageFactory(parent=desk.call.get_parent(), title="Toisen ryhmän haku"), groups=[desk.other_group]
    )
    client.post(other_call.url, answers(other_call))
    client.force_login(desk.coordinator)

    html = client.get(INBOX).content.decode()
    refused = client.get(INBOX, {"page": other_call.pk}).content.decode()

    assert "Toisen ryhmän haku" not in html
    assert 'class="error-message"' in refused
    assert Submission.objects.get(page=other_call).reference not in refused


@pytest.mark.parametrize("bad", [{"status": "deleted"}, {"page": "abc"}, {"overdue": "on", "status": "x"}])
def test_invalid_filter_values_give_errors_not_a_server_error(client, desk, submission, bad):
    Submission.objects.filter(pk=submission.pk).update(due_date=timezone.localdate() + datetime.timedelta(days=3))
    client.force_login(desk.coordinator)

    response = client.get(INBOX, bad)
    export = client.get(f"{INBOX}export/", {**bad, "format": "csv"})

    html = response.content.decode()
    assert response.status_code == 200 and export.status_code == 200
    assert 'class="error-message"' in html
    # The valid filters still apply: it is not overdue, so "overdue" hides it from the list and the export.
    if "overdue" in bad:
        assert submission.reference not in html
        assert submission.reference not in export.content.decode("utf-8-sig")
    else:
        assert submission.reference in html


def test_the_personal_data_page_has_a_title_and_breadcrumbs(admin_client):
    response = admin_client.get(f"{INBOX}personal-data/")

    with translation.override("fi"):  # the admin's language
        assert title_of(response).startswith(gettext("Personal data"))
    assert f'href="{INBOX}"' in response.content.decode()


def test_a_submission_without_a_due_date_reopened_by_a_coordinator_never_waits_or_fails(client, desk, submission):
    """A survey answer a coordinator moves to "in progress" has still no due date: never waiting nor overdue."""
    Submission.objects.filter(pk=submission.pk).update(due_date=None, status=SubmissionStatus.IN_PROGRESS)
    submission.refresh_from_db()

    assert not submission.is_waiting and not submission.is_overdue and not submission.needs_reply
    assert not Submission.objects.waiting().exists() and not Submission.objects.overdue().exists()
    client.force_login(desk.coordinator)
    assert submission.reference in client.get(INBOX, {"status": "in_progress"}).content.decode()
    detail = client.get(f"{INBOX}{submission.pk}/")
    assert detail.status_code == 200 and "Määräaika" not in detail.content.decode()
    exported = client.get(f"{INBOX}export/", {"format": "csv"}).content.decode("utf-8-sig")
    assert submission.reference in exported
