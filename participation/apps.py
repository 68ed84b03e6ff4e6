from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = _("Participation")

    def ready(self):
        from wagtail.signals import page_published

        from participation.follow_ups import notify_on_publish
        from participation.models import FollowUpPage, SurveyPage
        from participation.survey_announcements import on_publish

        page_published.connect(notify_on_publish, sender=FollowUpPage, dispatch_uid="participation_follow_up_status")
        page_published.connect(on_publish, sender=SurveyPage, dispatch_uid="participation_survey_results")
        connect_alerts(self)
        connect_register()
        connect_agreements(self)


def connect_register():
    """A profile of the register takes its access log with it however it is deleted."""
    from django.db.models.signals import post_delete

    from participation.models import RegisterProfile
    from participation.register.personal_data import forget_deleted_profile

    post_delete.connect(forget_deleted_profile, sender=RegisterProfile, dispatch_uid="participation_register_log")
    # A fee and travel claim takes its access log with it too (participation/register/claims.py).
    from participation.models import FeeClaim
    from participation.register.claims import forget_deleted_claim

    post_delete.connect(forget_deleted_claim, sender=FeeClaim, dispatch_uid="participation_claim_log")


def connect_agreements(app_config):
    """An agreement takes its own audit log with it however it is deleted; the nightly reminders before agreements
    end are scheduled after `migrate`."""
    from django.db.models.signals import post_delete, post_migrate

    from participation.models import Agreement
    from participation.register.agreements import forget_deleted_agreement

    post_delete.connect(forget_deleted_agreement, sender=Agreement, dispatch_uid="participation_agreement_log")
    post_migrate.connect(schedule_agreement_reminders_after_migrate, sender=app_config)


def schedule_agreement_reminders_after_migrate(sender, **kwargs):
    from participation.register.agreements import schedule_agreement_reminders

    schedule_agreement_reminders()


def connect_alerts(app_config):
    """New open calls and events are announced to alert subscribers on their first publication; the daily run
    (weekly summaries, erasing unconfirmed subscriptions) is scheduled after `migrate`, as the daily erasure is."""
    from django.db.models.signals import post_migrate
    from wagtail.signals import page_published

    from participation.alerts.sending import KIND_OF_MODEL, announce_on_publish

    for model in KIND_OF_MODEL:
        page_published.connect(announce_on_publish, sender=model, dispatch_uid=f"participation_alerts_{model.__name__}")
    post_migrate.connect(schedule_alerts_after_migrate, sender=app_config)


def schedule_alerts_after_migrate(sender, **kwargs):
    from participation.alerts.sending import schedule_daily_alerts

    schedule_daily_alerts()
