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
    """Cached form pages get a fresh form token for each visitor, and a submission (places taken on an event page)
    is shown on the next view of its page."""
    from django.db.models.signals import post_delete, post_save

    from forms_engine import form_tokens
    from forms_engine.forms import TOKEN
    from forms_engine.models import Submission
    from portal import page_cache

    page_cache.renew_input(TOKEN, form_tokens.renewed)
    for signal in (post_save, post_delete):
        signal.connect(submission_changed, sender=Submission, dispatch_uid=f"forms-page-cache-{signal is post_save}")


def submission_changed(sender, **kwargs):
    from portal.invalidation import site_changed

    site_changed()


def schedule_erasure_after_migrate(sender, **kwargs):
    from forms_engine.retention import schedule_daily_erasure

    schedule_daily_erasure()
