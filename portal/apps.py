from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Site")

    def ready(self):
        # Importing them connects the cache invalidation signals.
        from portal import chrome, page_cache  # noqa: F401
        from portal.spreadsheets import protect_wagtail_exports

        protect_wagtail_exports()
