"""A file sent with a submission, opened from the inbox by those who may see the submission.

The only way to a file: the submission must be routed to one of the user's groups (`visible_submission`, a 404
otherwise, as the rest of the inbox), and the address carries the attachment's random key. Audio, video and
images are shown in place (`inline`), PDF documents are downloaded; the content type is the one the file's
content was found to be, never the name's or the browser's, and `nosniff` and a sandboxing content security policy
keep the browser from reading it as anything else. Each opening is recorded in the submission's history.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from forms_engine.admin_views.inbox import visible_submission
from forms_engine.models import EventKind


def attachment_view(request, pk, key):
    submission = visible_submission(request, pk)
    attachment = get_object_or_404(submission.attachments, key=key)
    try:
        response = attachment.response()
    except FileNotFoundError:
        raise Http404 from None
    if "HTTP_RANGE" not in request.META:  # a player reading on is the same opening
        submission.record(EventKind.VIEWED, request.user, _("Attachment opened: %(name)s") % {"name": attachment})
    return response
