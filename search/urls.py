from django.urls import path

from search import views

urlpatterns = [
    # One address under every language prefix: /fi/haku/, /sv/haku/, /en/haku/.
    path("haku/", views.search, name="search"),
]
