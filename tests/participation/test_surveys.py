"""Surveys (kyselyt) with results: answering, refusing outside the answering period, the results with small groups
hidden (counted over the fi, sv and en pages), the one results email and the page cache."""

import datetime
import re
import time

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.models import Page

from forms_engine import easy_fields
from forms_engine.models import Announcement, FormField, StatisticsKind, Submission, SubmissionStatus
from forms_engine.statistics import submission_counts
from forms_engine.summaries import summarise
from participation.models import SurveyPage, SurveyPhase
from participation.models.surveys import RESULTS_WANTED
from participation.survey_announcements import announce_due
from portal.page_cache import timeout
from tests.forms_engine.factories import GroupFactory, UserFactory, form_token, make_form_page
from tests.participation.factories import FeedbackFormPageFactory, SurveyPageFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
FIELDS = [
    {"clean_name": "sahkoposti", "label": "Sähköposti", "field_type": "email", "required": False},
    {"clean_name": "tyytyvaisyys", "label": "Miten aukioloajat sopivat?", "field_type": "picture_scale"},
    {
        "clean_name": "aika",
        "label": "Mihin aikaan kävisit mieluiten?",
        "field_type": "radio",
        "choices": "Aamulla\nPäivällä\nIllalla",
    },
    {
        "clean_name": "palvelut",
        "label": "Mitä palveluja käytät?",
        "field_type": "checkboxes",
        "required": False,
        "choices": "Neuvola\nPerhetyö\nKotipalvelu",
    },
    {"clean_name": "terveiset", "label": "Terveiset", "field_type": "multiline", "required": False},
]
SV_CHOICES = {"aika": "Morgon\nDag\nKväll", "palvelut": "Rådgivning\nFamiljearbete\nHemservice"}


@pytest.fixture
def surveys(localized_site):
    """A survey open now in Finnish, with a Swedish translation whose options are in Swedish."""
    now = timezone.now()
    page = make_form_page(
        SurveyPageFactory(
            parent=localized_site.home, slug="aukioloajat", opens_at=now - 5 * DAY, closes_at=now + 5 * DAY
        ),
        groups=[GroupFactory()],
        fields=FIELDS,
    )
    swedish = localized_site.translate(page, "sv", title="Öppettider", slug="oppettider")
    for form_field in FormField.objects.filter(page=swedish):
        form_field.label = f"SV {form_field.label}"
        form_field.choices = SV_CHOICES.get(form_field.clean_name, form_field.choices)
        form_field.save()
    return {"fi": SurveyPage.objects.get(pk=page.pk), "sv": SurveyPage.objects.get(pk=swedish.pk)}


def scale(code):
    with translation.override(code):
        return easy_fields.default_scale_labels()


counter = iter(range(1, 100000))


def answer(page, email="", wanted=False, **answers):
    """A submission as the form saves it, straight into the database."""
    today = timezone.localdate()
    data = {"sahkoposti": email, **answers}
    if wanted:
        data[RESULTS_WANTED] = True
    return Submission.objects.create(
        page=Page.objects.get(pk=page.pk),
        form_data=data,
        reference=f"OV-2026-{next(counter):06d}",
        language=page.locale.language_code,
        email=email,
        due_date=None,  # a survey's answers await no reply
        status=SubmissionStatus.CLOSED,
        retain_until=today + 365 * DAY,
        consent_text="Hyväksyn",
        consent_at=timezone.now(),
    )


def close(page, publish_results=True, **fields):
    """Move the survey's answering period into the past and publish the page."""
    page.opens_at = timezone.now() - 10 * DAY
    page.closes_at = timezone.now() - DAY
    page.publish_results = publish_results
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def fill(surveys):
    """28 answers: 20 in Finnish, 8 in Swedish."""
    fi_scale, sv_scale = scale("fi"), scale("sv")
    for _ in range(12):
        answer(surveys["fi"], aika="Aamulla", tyytyvaisyys=fi_scale[3], palvelut=["Neuvola"], terveiset="SALAISUUS")
    for _ in range(2):
        answer(surveys["fi"], aika="Päivällä", tyytyvaisyys=fi_scale[0], palvelut=["Neuvola", "Perhetyö"])
    for _ in range(6):
        answer(surveys["fi"], aika="Illalla", tyytyvaisyys=fi_scale[4], palvelut=[])
    for _ in range(6):
        answer(surveys["sv"], aika="Morgon", tyytyvaisyys=sv_scale[3], palvelut=["Rådgivning", "Hemservice"])
    for _ in range(2):
        answer(surveys["sv"], aika="Kväll", tyytyvaisyys=sv_scale[4], palvelut=["Familjearbete"])


def rows(html, question):
    """{answer: (people, share)} of the results table captioned `question`."""
    table = re.search(rf"<caption[^>]*>{re.escape(question)}</caption>(.*?)</table>", html, re.S).group(1)
    found = re.findall(r'<tr><th scope="row">([^<]*)</th><td>([^<]*)</td><td>(.*?)</td></tr>', table)
    return {label: (people, re.sub(r"<[^>]+>", "", share)) for label, people, share in found}


def test_summary_counts_answers_from_every_translation_by_option_position(surveys):
    fill(surveys)

    summary = summarise(surveys["sv"])

    assert summary.respondents == 28
    by_name = {question.name: question for question in summary.questions}
    assert set(by_name) == {"tyytyvaisyys", "aika", "palvelut"}  # free text and email are never read
    assert [(o.label, o.count) for o in by_name["aika"].options] == [("Morgon", 18), ("Dag", 2), ("Kväll", 8)]
    assert [(o.label, o.count) for o in by_name["palvelut"].options] == [
        ("Rådgivning", 20),
        ("Familjearbete", 4),
        ("Hemservice", 6),
    ]
    assert by_name["palvelut"].unanswered == 6
    assert [o.count for o in by_name["tyytyvaisyys"].options] == [2, 0, 0, 18, 8]
    assert [o.label for o in by_name["tyytyvaisyys"].options] == scale("sv")


def test_closed_survey_shows_results_with_small_groups_hidden(client, surveys):
    fill(surveys)
    close(surveys["fi"], results_text="<p>Opimme, että aamut sopivat useimmille.</p>")

    html = client.get(surveys["fi"].url).content.decode()

    assert "Tulokset" in html and "Opimme, että aamut sopivat useimmille." in html
    assert "28 henkilöä vastasi" in html
    # Päivällä (2) is fewer than five; then Illalla (8), the next smallest, is hidden too, so that 2 cannot be
    # worked out as 28 − 18 − 8. Hidden counts have no share.
    assert rows(html, "Mihin aikaan kävisit mieluiten?") == {
        "Aamulla": ("18", "64 %"),
        "Päivällä": ("alle 5", "–ei näytetä"),
        "Illalla": ("alle 5", "–ei näytetä"),
    }
    # Checkboxes: Perhetyö (4) is hidden, and with it the next smallest part, Kotipalvelu (6).
    assert rows(html, "Mitä palveluja käytät?") == {
        "Neuvola": ("20", "71 %"),
        "Perhetyö": ("alle 5", "–ei näytetä"),
        "Kotipalvelu": ("alle 5", "–ei näytetä"),
        "Ei vastausta": ("6", "21 %"),
    }
    # A zero is shown; 2 is hidden and, with it, the next smallest (8).
    assert rows(html, "Miten aukioloajat sopivat?")[scale("fi")[1]] == ("0", "0 %")
    assert rows(html, "Miten aukioloajat sopivat?")[scale("fi")[3]] == ("18", "64 %")
    assert rows(html, "Miten aukioloajat sopivat?")[scale("fi")[4]] == ("alle 5", "–ei näytetä")
    # The chart repeats the table and is hidden from screen readers.
    assert html.count('<svg class="survey-chart"') == 3 and 'aria-hidden="true" focusable="false"' in html
    assert "SALAISUUS" not in html


def test_the_swedish_page_shows_the_same_results_with_swedish_options(client, surveys):
    fill(surveys)
    close(surveys["fi"])
    close(surveys["sv"])

    html = client.get(surveys["sv"].url).content.decode()

    assert rows(html, "SV Mihin aikaan kävisit mieluiten?") == {
        "Morgon": ("18", "64 %"),
        "Dag": ("färre än 5", "–visas inte"),
        "Kväll": ("färre än 5", "–visas inte"),
    }


def test_hidden_counts_when_only_a_few_answered(client, surveys):
    for _ in range(4):
        answer(surveys["fi"], aika="Aamulla", tyytyvaisyys=scale("fi")[3])
    close(surveys["fi"])

    html = client.get(surveys["fi"].url).content.decode()

    assert "Alle viisi henkilöä vastasi" in html
    assert "<table" not in html


def test_no_results_before_closing_even_if_ticked(client, surveys):
    fill(surveys)
    page = surveys["fi"]
    page.publish_results = True
    page.results_text = "<p>Opimme paljon.</p>"
    page.save_revision().publish()

    response = client.get(page.url)
    html = response.content.decode()

    assert response.context["results"] is None
    assert "Opimme paljon." not in html and "<table" not in html
    assert "Kysely on auki." in html


def test_no_results_after_closing_until_ticked(client, surveys):
    fill(surveys)
    close(surveys["fi"], publish_results=False, results_text="<p>Opimme paljon.</p>")

    html = client.get(surveys["fi"].url).content.decode()

    assert "Opimme paljon." not in html and "<table" not in html
    assert "Käymme vastauksia läpi." in html


def test_open_survey_takes_an_answer_with_the_results_box(client, surveys):
    page = surveys["fi"]
    form = client.get(page.url).content.decode()
    assert 'name="ov_results_wanted"' in form

    data = {
        "sahkoposti": "aino@example.fi",
        "tyytyvaisyys": scale("fi")[2],
        "aika": "Illalla",
        "palvelut": ["Neuvola", "Perhetyö"],
        RESULTS_WANTED: "on",
        "ov_consent": "on",
        "ov_token": form_token(page),
    }
    response = client.post(page.url, data)

    assert response.status_code == 303
    submission = Submission.objects.get()
    assert submission.form_data[RESULTS_WANTED] is True
    assert submission.form_data["palvelut"] == ["Neuvola", "Perhetyö"]
    assert submission.email == "aino@example.fi"
    assert [message.to for message in mail.outbox if "aino@example.fi" in message.to]  # the receipt


def test_the_results_box_needs_an_email_address(client, surveys):
    page = surveys["fi"]
    data = {
        "tyytyvaisyys": scale("fi")[2],
        "aika": "Illalla",
        RESULTS_WANTED: "on",
        "ov_consent": "on",
        "ov_token": form_token(page),
    }

    response = client.post(page.url, data)

    assert response.status_code == 200
    assert "Anna sähköpostiosoitteesi" in response.content.decode()
    assert not Submission.objects.exists()


def test_the_form_with_its_results_box_is_built_once_per_site_version(client, surveys):
    shown = [SurveyPage.objects.get(pk=surveys["fi"].pk) for _ in range(2)]
    for page in shown:
        page.use_kept_form()
    assert shown[0].get_form_class() is shown[1].get_form_class()  # not a new class for every visitor
    assert RESULTS_WANTED in shown[0].get_form_class().base_fields
    assert client.get(surveys["fi"].url).context["form"].__class__ is shown[0].get_form_class()


@pytest.mark.parametrize("when", ["upcoming", "closed"])
def test_form_is_refused_outside_the_answering_period(client, surveys, when):
    page = surveys["fi"]
    if when == "upcoming":
        page.opens_at, page.closes_at = timezone.now() + DAY, timezone.now() + 5 * DAY
    else:
        page.opens_at, page.closes_at = timezone.now() - 5 * DAY, timezone.now() - DAY
    page.save_revision().publish()
    data = {"tyytyvaisyys": scale("fi")[2], "aika": "Illalla", "ov_consent": "on", "ov_token": form_token(page)}

    response = client.post(page.url, data)

    html = response.content.decode()
    assert response.status_code == 200
    message = "Kysely ei ole vielä auki." if when == "upcoming" else "Kysely on päättynyt, joten vastauksia ei"
    assert message in html
    assert not Submission.objects.exists()


def test_hostile_input_gives_no_server_error(client, surveys):
    page = surveys["fi"]
    for query in ("?kuitti=%00%ff", "?kuitti=x" * 50, "?page=-1&x[]=<script>"):
        assert client.get(page.url + query).status_code == 200
    data = {
        "sahkoposti": "a@b.fi, c@d.fi",
        "tyytyvaisyys": "<script>",
        "aika": "\x00",
        "palvelut": "Ei ole",
        RESULTS_WANTED: "maybe",
        "ov_consent": "on",
        "ov_token": "garbage",
    }
    response = client.post(page.url, data)
    assert response.status_code == 200
    assert not Submission.objects.exists()
    fill(surveys)
    answer(surveys["fi"], aika=["not", "a", "choice"], palvelut="Neuvola", tyytyvaisyys=None)
    close(surveys["fi"])
    assert client.get(surveys["fi"].url).status_code == 200


def test_results_email_goes_once_to_those_who_asked_in_their_language(surveys):
    fill(surveys)
    fi_wants = answer(surveys["fi"], "aino@example.fi", wanted=True, aika="Aamulla")
    answer(surveys["sv"], "bo@example.fi", wanted=True, aika="Morgon")
    answer(surveys["fi"], "ei.kiinnosta@example.fi", aika="Aamulla")  # did not ask
    answer(surveys["fi"], "", wanted=True, aika="Aamulla")  # asked, but gave no address
    status_before = fi_wants.status
    # The Swedish translation already shows the results (synchronised earlier, without its own publish).
    SurveyPage.objects.filter(pk=surveys["sv"].pk).update(
        opens_at=timezone.now() - 10 * DAY, closes_at=timezone.now() - DAY, publish_results=True
    )
    mail.outbox.clear()

    close(surveys["fi"])
    close(surveys["fi"])  # published again: no second email
    assert announce_due() == 0

    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"aino@example.fi", "bo@example.fi"}
    assert "Tulokset on julkaistu" in by_address["aino@example.fi"].subject
    assert "/fi/aukioloajat/" in by_address["aino@example.fi"].body
    assert "Resultaten har publicerats" in by_address["bo@example.fi"].subject
    assert "/sv/oppettider/" in by_address["bo@example.fi"].body
    assert Announcement.objects.get().recipients == 2
    fi_wants.refresh_from_db()
    assert fi_wants.status == status_before == SubmissionStatus.CLOSED


def test_results_ticked_before_closing_are_announced_after_closing(surveys):
    answer(surveys["fi"], "aino@example.fi", wanted=True, aika="Aamulla")
    page = surveys["fi"]
    page.publish_results = True
    page.save_revision().publish()
    mail.outbox.clear()
    assert announce_due() == 0 and not mail.outbox

    # The closing time passes (no publish happens then): the scheduled task or the command announces.
    SurveyPage.objects.filter(pk=page.pk).update(closes_at=timezone.now() - datetime.timedelta(minutes=1))

    assert announce_due() == 1
    assert [message.to for message in mail.outbox] == [["aino@example.fi"]]
    assert announce_due() == 0


def test_page_cache_entry_expires_when_the_survey_closes(client, surveys):
    page = surveys["fi"]
    response = client.get(page.url)

    assert response.page_cache_until == page.closes_at
    assert 0 < timeout(response, 10**9) <= 5 * 24 * 3600 + 1
    assert timeout(response, 300) == 300
    close(page)
    assert not hasattr(client.get(page.url), "page_cache_until")


def test_closing_before_opening_is_refused():
    page = SurveyPage(title="Kysely", opens_at=timezone.now(), closes_at=timezone.now() - DAY)
    with pytest.raises(ValidationError):
        page.clean()
    assert page.phase_at(timezone.now() - 2 * DAY) == SurveyPhase.UPCOMING


def test_survey_answers_count_in_the_statistics(surveys):
    fill(surveys)
    now = timezone.now()

    counts = submission_counts(now - DAY, now + DAY, datetime.UTC)

    assert counts.received(StatisticsKind.SURVEY) == 28


def send_answer(client, page, email="aino@example.fi"):
    """One answer sent through the survey's form, as a resident sends it; the receipt page it leads to."""
    data = {
        "sahkoposti": email,
        "tyytyvaisyys": scale("fi")[2],
        "aika": "Illalla",
        "ov_consent": "on",
        "ov_token": form_token(page),
    }
    response = client.post(page.url, data)
    assert response.status_code == 303
    return client.get(response["Location"])


def test_a_survey_answer_awaits_no_reply(client, surveys):
    """Saved closed with no due date, no email per answer to the coordinators, a receipt that promises no reply."""
    receipt = send_answer(client, surveys["fi"])

    submission = Submission.objects.get()
    assert submission.due_date is None and not submission.needs_reply
    assert submission.status == SubmissionStatus.CLOSED
    assert not submission.is_waiting and not submission.is_overdue
    assert not Submission.objects.waiting().exists() and not Submission.objects.overdue().exists()
    assert "ei vaadi vastausta" in submission.events.get(kind="submitted").text
    # Only the resident's receipt: coordinators read survey answers in the inbox, not one email each.
    (message,) = mail.outbox
    assert message.to == ["aino@example.fi"]
    assert "Olemme vastaanottaneet vastauksesi" in message.subject
    assert "Luemme jokaisen vastauksen, mutta emme vastaa niihin yksitellen." in message.body
    assert "Pyrimme" not in message.body and "lukea vastauksemme" not in message.body
    html = receipt.content.decode()
    assert "Kiitos, vastauksesi on vastaanotettu" in html and submission.reference in html
    assert "Luemme jokaisen vastauksen" in html and "Pyrimme" not in html
    status = client.get(f"/fi/tila/{submission.token}/").content.decode()
    assert "Vastaanotettu" in status and "Pyrimme vastaamaan" not in status and "Päättynyt" not in status


def test_a_survey_answer_without_an_email_gets_the_same_receipt_page(client, surveys):
    receipt = send_answer(client, surveys["fi"], email="").content.decode()

    assert "Kiitos, vastauksesi on vastaanotettu" in receipt and "Pyrimme" not in receipt
    assert not mail.outbox


def test_the_swedish_receipt_promises_no_reply_either(client, surveys):
    page = surveys["sv"]
    data = {
        "sahkoposti": "bo@example.fi",
        "tyytyvaisyys": scale("sv")[2],
        "aika": "Kväll",
        "ov_consent": "on",
        "ov_token": form_token(page),
    }
    receipt = client.get(client.post(page.url, data)["Location"]).content.decode()

    assert "Tack, vi har tagit emot dina svar" in receipt
    (message,) = mail.outbox
    assert "Vi läser alla svar, men vi svarar inte på dem ett och ett." in message.body


def test_survey_answers_are_in_the_inbox_under_their_form_but_never_waiting(client, surveys):
    send_answer(client, surveys["fi"])
    submission = Submission.objects.get()
    Submission.objects.update(submit_time=timezone.now() - 40 * DAY)  # long past any handling time
    coordinator = UserFactory(groups=list(surveys["fi"].coordinator_groups.all()))
    client.force_login(coordinator)

    listing = client.get("/admin/inbox/").content.decode()
    row = next(row for row in re.findall(r"<tr\b.*?</tr>", listing, re.S) if submission.reference in row)
    assert "Vastaanotettu, ei vaadi vastausta" in row and "Myöhässä" not in row
    assert submission.reference in client.get("/admin/inbox/", {"page": surveys["fi"].pk}).content.decode()
    for name in ("waiting", "overdue"):
        assert submission.reference not in client.get("/admin/inbox/", {name: "on"}).content.decode()
    detail = client.get(f"/admin/inbox/{submission.pk}/").content.decode()
    assert "Määräaika" not in detail and "Myöhässä" not in detail
    home = client.get("/admin/").content.decode()
    assert re.search(r'id="inbox-waiting">\s*<span>0</span>', home)
    assert re.search(r'id="inbox-overdue">\s*<span>0</span>', home)


def test_survey_answers_leave_the_answer_time_figures_alone(client, surveys, localized_site):
    """Counted as survey answers received, but not in the time to answer or the share answered in time, even when
    a coordinator answers one."""
    feedback = make_form_page(
        FeedbackFormPageFactory(parent=localized_site.home),
        groups=[GroupFactory()],
        fields=[{"clean_name": "viesti", "label": "Viesti", "field_type": "multiline"}],
    )
    client.post(feedback.url, {"viesti": "Ehdotus.", "ov_consent": "on", "ov_token": form_token(feedback)})
    Submission.objects.update(
        submit_time=timezone.now() - 20 * DAY, due_date=timezone.localdate() - 6 * DAY
    )  # feedback past its due date, not answered
    now = timezone.now()
    before = submission_counts(now - 30 * DAY, now + DAY, datetime.UTC)
    for _ in range(3):
        send_answer(client, surveys["fi"], email="")
    answered = Submission.objects.filter(page=surveys["fi"]).first()
    answered.answered_at = timezone.now()  # a coordinator answered one anyway
    answered.status = SubmissionStatus.ANSWERED
    answered.save()
    Submission.objects.filter(page=surveys["fi"]).update(submit_time=timezone.now() - 20 * DAY)

    after = submission_counts(now - 30 * DAY, now + DAY, datetime.UTC)

    assert (before.answered, before.due, before.in_time) == (0, 1, 0)
    assert (after.answered, after.due, after.in_time, after.answer_days) == (0, 1, 0, (None, None))
    assert after.received(StatisticsKind.SURVEY) == 3 and after.received(StatisticsKind.FEEDBACK) == 1


def test_results_page_queries_do_not_grow_with_answers(client, surveys, django_assert_max_num_queries):
    fill(surveys)
    close(surveys["fi"])
    client.get(surveys["fi"].url)  # warm the per-process memories (routes, chrome)
    with django_assert_max_num_queries(30):
        client.get(surveys["fi"].url)
    for _ in range(3):
        fill(surveys)
    # A closed survey takes no more answers; here they are added behind its back, so the cached page is dropped.
    cache.clear()
    with django_assert_max_num_queries(30):
        html = client.get(surveys["fi"].url).content.decode()
    assert "112 henkilöä vastasi" in html


def test_editors_can_add_and_edit_a_survey_in_the_admin(admin_client, surveys, localized_site):
    add = admin_client.get(f"/admin/pages/add/participation/surveypage/{localized_site.home.pk}/")
    edit = admin_client.get(f"/admin/pages/{surveys['fi'].pk}/edit/")

    assert add.status_code == 200 and edit.status_code == 200
    for html in (add.content.decode(), edit.content.decode()):
        assert 'name="publish_results"' in html and 'name="results_text"' in html and 'name="closes_at"' in html
        # Nobody replies to a survey answer: no handling time to set, but who reads them and for how long.
        assert 'name="handling_days"' not in html
        assert 'name="coordinator_groups"' in html and 'name="retention_days"' in html


def test_other_form_pages_still_set_their_handling_time(admin_client, localized_site):
    feedback = FeedbackFormPageFactory(parent=localized_site.home)

    assert 'name="handling_days"' in admin_client.get(f"/admin/pages/{feedback.pk}/edit/").content.decode()


def test_results_email_links_to_a_page_that_shows_the_results(surveys):
    answer(surveys["sv"], "bo@example.fi", wanted=True, aika="Morgon")
    mail.outbox.clear()

    close(surveys["fi"])  # the Swedish page has not been published with the results yet

    (message,) = mail.outbox
    assert "Resultaten har publicerats" in message.subject
    assert "/fi/aukioloajat/" in message.body


def test_cached_survey_page_turns_into_the_closed_one_at_the_closing_time(client, surveys):
    page = surveys["fi"]
    SurveyPage.objects.filter(pk=page.pk).update(closes_at=timezone.now() + datetime.timedelta(seconds=2))
    cache.clear()

    assert "Kysely on auki." in client.get(page.url).content.decode()
    assert "Kysely on auki." in client.get(page.url).content.decode()  # from the page cache
    time.sleep(2.5)

    assert "Kysely on päättynyt." in client.get(page.url).content.decode()
