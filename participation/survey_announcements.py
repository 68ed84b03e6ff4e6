"""Telling those who asked that a survey's results are out: once, when the results first show.

Results show when a survey has closed and its "publish results" box is ticked. That happens either when an editor
publishes the page after closing (`page_published`), or at the closing time of a page published with the box
already ticked: a task is queued for that moment (with the database task backend; the `announce_survey_results`
command does the same from cron). `forms_engine.announcements.announce` sends the emails once, however often this
runs.
"""

from django.utils import timezone
from django_tasks import task, task_backends

from forms_engine.announcements import announce
from participation.models import SurveyPage, SurveyPhase
from participation.models.surveys import RESULTS_ANNOUNCEMENT, RESULTS_WANTED

TEMPLATE = "survey_results"


def announce_results(page):
    """Queue the results emails of `page` (and its translations) if its results are public now. Returns how many
    people were told, or None when nothing was sent (not public yet, or already announced)."""
    if not page.live or not page.results_public:
        return None
    # Each person's own language, where that translation shows the results too; otherwise the page that does.
    showing = {
        translation.pk: translation.get_full_url()
        for translation in SurveyPage.objects.live().filter(translation_key=page.translation_key)
        if translation.results_public
    }

    def url_for(answered_on):
        return showing.get(answered_on.pk) or page.get_full_url()

    return announce(page, RESULTS_ANNOUNCEMENT, RESULTS_WANTED, TEMPLATE, url_for=url_for)


@task()
def announce_at_closing(page_id):
    page = SurveyPage.objects.filter(pk=page_id).first()
    return None if page is None else announce_results(page)


def on_publish(sender, instance, **kwargs):
    """`page_published` for survey pages: announce now, or at the closing time when the box is already ticked."""
    if instance.results_public:
        announce_results(instance)
    elif instance.publish_results and instance.phase != SurveyPhase.CLOSED:
        backend = task_backends[announce_at_closing.backend]
        if backend.supports_defer:
            announce_at_closing.using(run_after=instance.closes_at).enqueue(instance.pk)


def announce_due():
    """Announce the results of every survey whose results are public and not yet announced. Returns how many
    surveys were announced now (each survey once, whichever of its translations comes first)."""
    announced = 0
    pages = SurveyPage.objects.live().filter(publish_results=True, closes_at__lte=timezone.now()).order_by("pk")
    for page in pages.iterator():
        if announce_results(page) is not None:
            announced += 1
    return announced
