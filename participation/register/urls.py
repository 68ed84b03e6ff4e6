"""The register's private links, under the language prefix: what a person in the register opens from an email,
without an account (an assignment offered to them, an agreement to accept, a fee and travel claim). Each link is a
random secret of its own (`participation.models.assignments.new_token`); anything else is not found."""

from django.urls import register_converter

from forms_engine.urls import TokenConverter

app_name = "register_links"


class PrivateLinkConverter(TokenConverter):
    regex = "[A-Za-z0-9_-]{43}"


register_converter(PrivateLinkConverter, "private_link")

urlpatterns = []

# Fee and travel claims (participation/register/claims_views.py): /fi/tehtava/<token>/korvaukset/.
from django.urls import path  # noqa: E402

from participation.register.claims_views import claim_page  # noqa: E402

urlpatterns += [path("tehtava/<private_link:token>/korvaukset/", claim_page, name="claim")]
