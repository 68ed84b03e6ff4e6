"""Follow-up pages and the forms engine: a draft follow-up from a resident's submission (the inbox's "Create a
follow-up", through `forms_engine.handling.FOLLOW_UP_HOOK`), and emails when a follow-up's status is published
(`forms_engine.follow_ups.notify_subscribers`)."""

from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from forms_engine.follow_ups import notify_subscribers
from participation.models import FollowUpIndexPage, FollowUpPage, OriginKind


def create_from_submission(submission, user):
    """A draft follow-up page in the submission's language (else the first follow-up section). Returns the page,
    or None when the site has no follow-up section. `forms_engine.handling.create_follow_up` links it."""
    page = submission.page
    index = FollowUpIndexPage.objects.filter(locale_id=page.locale_id).first() or FollowUpIndexPage.objects.first()
    if index is None:
        return None
    follow_up = FollowUpPage(
        title=f"{page.title} ({submission.reference})",
        matter=f"<p>{escape(_('Raised through: %(form)s') % {'form': page.title})}</p>",
        origin_kind=OriginKind.FEEDBACK,
        origin_description=submission.reference,
        raised_on=timezone.localdate(submission.submit_time),
        live=False,
    )
    index.add_child(instance=follow_up)
    follow_up.save_revision(user=user)
    return follow_up


def notify_on_publish(sender, instance, **kwargs):
    """`page_published` for follow-up pages: subscribers and the residents it started from hear of a new status."""
    notify_subscribers(instance, instance.status, instance.get_status_display())
