from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal import views
from portal.admin_login import RateLimitedPasswordResetView

urlpatterns = [
    # Wagtail's password reset with limits per client and per email address; the rest of the admin is Wagtail's.
    path("admin/password_reset/", RateLimitedPasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Open data: the public pages as JSON, read-only and rate-limited (portal/api.py, README "Open data and feeds").
    path("", include("portal.api_urls")),
]

urlpatterns += i18n_patterns(
    path("", include("forms_engine.urls")),
    path("", include("participation.alerts.urls")),
    path("", include("participation.register.urls")),
    path("", include("search.urls")),
    path("", include("portal.routing")),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = views.page_not_found
handler500 = views.server_error
