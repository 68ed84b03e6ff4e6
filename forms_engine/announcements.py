"""Telling the people who asked for it, once, that something about a form they answered is out.

A form page may add an optional "tell me when …" checkbox to its form (a field whose answer is stored in the
submission's `form_data` under a name of its own, e.g. a survey's "tell me when the results are out"). `announce`
queues one email to every submission of the page and its translations that gave an email address and ticked that
box, each in the language the form was answered in and linking to the page in that language. The `Announcement`
row and the emails are written in one transaction under a unique key, so the announcement goes out once whatever
calls it twice (a publish and a scheduled task at the same moment). The submissions are read as a stream, not all
at once. The receipts and the status links of the submissions are left as they were.
"""

from django.db import IntegrityError, transaction

from forms_engine.models import Announcement, Submission
from forms_engine.notifications import queue_email


def wanted(page, flag):
    """The submissions of `page` and its translations that gave an email and ticked `flag`."""
    return (
        Submission.objects.filter(page__translation_key=page.translation_key, **{f"form_data__{flag}": True})
        .exclude(email="")
        .order_by("pk")
    )


def announce(page, kind, flag, template, url_for=None):
    """Tell everyone who asked (`flag`) with the email `template`, once per `kind`. Returns how many were told, or
    None when the announcement had already been made.

    The email links to `url_for(page_answered)` (by default the full address of the page the form was answered on,
    in the person's language)."""
    if Announcement.objects.filter(translation_key=page.translation_key, kind=kind).exists():
        return None
    try:
        with transaction.atomic():
            announcement = Announcement.objects.create(translation_key=page.translation_key, kind=kind)
            told = 0
            for submission in wanted(page, flag).select_related("page").iterator(chunk_size=500):
                answered_on = submission.page  # the page in the language the form was answered in
                url = url_for(answered_on) if url_for else answered_on.get_full_url()
                context = {"submission": submission, "page": answered_on, "page_url": url}
                queue_email([submission.email], template, context, submission.language, submission=submission)
                told += 1
            announcement.recipients = told
            announcement.save(update_fields=["recipients"])
            return told
    except IntegrityError:
        return None
