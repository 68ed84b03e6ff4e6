from django.urls import path, register_converter

from forms_engine import views

app_name = "forms_engine"


class TokenConverter:
    """A secret token as `secrets.token_urlsafe` makes them: anything else is not found, never a database error."""

    regex = "[A-Za-z0-9_-]{1,64}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(TokenConverter, "token")

urlpatterns = [
    path("tila/<token:token>/", views.status, name="status"),
    path("tilaukset/uusi/<int:page_id>/", views.subscribe, name="subscribe"),
    path("tilaukset/<token:token>/", views.subscription, name="subscription"),
    path("tilaukset/<token:token>/lopeta/", views.stop_subscription, name="stop_subscription"),
]
