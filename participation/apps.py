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
