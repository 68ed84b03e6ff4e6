from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Site")

    def ready(self):
        # Importing it connects the signals that make a new site version when what pages show changes.
        from portal import invalidation  # noqa: F401
        from portal.spreadsheets import protect_wagtail_exports

        protect_wagtail_exports()
