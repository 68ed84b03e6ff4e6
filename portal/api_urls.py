"""The open data API's addresses (portal/api.py), outside the language prefixes: /api/v2/pages/."""

from django.urls import path, re_path

from portal.api import api_router, not_found

urlpatterns = [
    path("api/v2/", api_router.urls),
    re_path(r"^api/(?P<path>.*)$", not_found),
]
