"""Survey answers saved before `SurveyPage.answers_need_reply` waited in the inbox as new, with a due date, and fell
overdue. Those still waiting and unanswered are closed and lose their due date, as new ones are saved; the change
is recorded in each one's history. Answered or already closed ones keep their dates (their answer time is real)."""

from django.db import migrations

WAITING = ["new", "in_progress"]
TEXT = {"new": "Uusi → Päättynyt", "in_progress": "Käsittelyssä → Päättynyt"}
NOTE = "kyselyn vastaus ei odota vastausta"


def close_waiting_survey_answers(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Submission = apps.get_model("forms_engine", "Submission")
    SubmissionEvent = apps.get_model("forms_engine", "SubmissionEvent")
    survey = ContentType.objects.filter(app_label="participation", model="surveypage").first()
    if survey is None:
        return
    waiting = Submission.objects.filter(
        page__content_type=survey, status__in=WAITING, answered_at__isnull=True, place=""
    )
    rows = list(waiting.values_list("pk", "status"))
    if not rows:
        return
    SubmissionEvent.objects.bulk_create(
        SubmissionEvent(submission_id=pk, kind="status", text=f"{TEXT[status]} ({NOTE})") for pk, status in rows
    )
    Submission.objects.filter(pk__in=[pk for pk, _status in rows]).update(status="closed", due_date=None)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("forms_engine", "0010_submission_due_date_optional"),
        ("participation", "0007_survey_page"),
    ]

    operations = [migrations.RunPython(close_waiting_survey_answers, migrations.RunPython.noop)]
