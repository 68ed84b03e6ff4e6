from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsEngineConfig(AppConfig):
    name = "forms_engine"
    verbose_name = _("Forms")

    def ready(self):
        from django.db.models.signals import post_migrate

        post_migrate.connect(schedule_erasure_after_migrate, sender=self)
        connect_page_cache()


def connect_page_cache():
    """Cached form pages get a fresh form token for each visitor, and a sign-up (places taken on an event page) is
    shown on the next view of its page."""
    from django.db.models.signals import post_delete, post_save

    from forms_engine import form_tokens
    from forms_engine.forms import TOKEN
    from forms_engine.models import Submission
    from portal import page_cache

    page_cache.renew_input(TOKEN, form_tokens.renewed)
    for signal in (post_save, post_delete):
        signal.connect(submission_changed, sender=Submission, dispatch_uid=f"forms-page-cache-{signal is post_save}")


def submission_changed(sender, instance, update_fields=None, **kwargs):
    """Pages show only one thing of submissions: the places left on a form page with places (a sign-up's `place`).
    Any other submission, or a change to its handling, leaves the cached pages as they are."""
    from portal.invalidation import site_changed

    if instance.place and (update_fields is None or "place" in update_fields):
        site_changed()


def schedule_erasure_after_migrate(sender, **kwargs):
    from forms_engine.retention import schedule_daily_erasure

    schedule_daily_erasure()
