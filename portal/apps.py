import mimetypes

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Site")

    def ready(self):
        # Video and audio files' types where the system's MIME table lacks them (Django serves media in
        # development by these): a browser plays a WebM it is told is "application/octet-stream" only by sniffing.
        for media_type, extension in [("video/webm", ".webm"), ("audio/ogg", ".opus"), ("text/vtt", ".vtt")]:
            mimetypes.add_type(media_type, extension)
        # Importing it connects the signals that make a new site version when what pages show changes.
        from portal import invalidation  # noqa: F401
        from portal.spreadsheets import protect_wagtail_exports

        protect_wagtail_exports()
        # Every content language gets its locale, and the Sámi languages their synchronisation from Finnish.
        from portal.localization import set_up_languages

        post_migrate.connect(set_up_languages, sender=self, dispatch_uid="portal-set-up-languages")
