from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsEngineConfig(AppConfig):
    name = "forms_engine"
    verbose_name = _("Forms")

    def ready(self):
        from django.db.models.signals import post_migrate

        post_migrate.connect(schedule_erasure_after_migrate, sender=self)


def schedule_erasure_after_migrate(sender, **kwargs):
    from forms_engine.retention import schedule_daily_erasure

    schedule_daily_erasure()
