"""Alerts' addresses, under the language prefix: /fi/ilmoitukset/tilaa/, /fi/ilmoitukset/<token>/ and
/fi/ilmoitukset/<token>/lopeta/ (the one-click unsubscribe of the List-Unsubscribe header)."""

from django.urls import path, register_converter

from forms_engine.urls import TokenConverter
from participation.alerts import views

app_name = "alerts"


class AlertTokenConverter(TokenConverter):
    """A secret token as `secrets.token_urlsafe(32)` makes them (43 characters): anything else is not found, never a
    database error; a well-formed token of no subscription shows that the subscription has ended."""

    regex = "[A-Za-z0-9_-]{43}"


register_converter(AlertTokenConverter, "alert_token")

urlpatterns = [
    path("ilmoitukset/tilaa/", views.subscribe, name="subscribe"),
    path("ilmoitukset/<alert_token:token>/", views.manage, name="manage"),
    path("ilmoitukset/<alert_token:token>/lopeta/", views.unsubscribe, name="unsubscribe"),
]
