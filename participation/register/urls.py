"""The register's private links, under the language prefix: what a person in the register opens from an email,
without an account (an assignment offered to them, an agreement to accept, a fee and travel claim). Each link is a
random secret of its own (`participation.models.assignments.new_token`); anything else is not found."""

from django.urls import path, register_converter

from forms_engine.urls import TokenConverter
from participation.register import agreement_pages, claims_views, offer_views

app_name = "register_links"


class PrivateLinkConverter(TokenConverter):
    regex = "[A-Za-z0-9_-]{43}"


register_converter(PrivateLinkConverter, "private_link")

urlpatterns = [
    path("tehtava/<private_link:token>/", offer_views.offer, name="offer"),
    path("tehtava/<private_link:token>/korvaukset/", claims_views.claim_page, name="claim"),
    # An agreement to accept, its printable page and its PDF (participation.register.agreement_pages).
    path("sopimus/<private_link:token>/", agreement_pages.agreement, name="agreement"),
    path("sopimus/<private_link:token>/tulostettava/", agreement_pages.printable, name="agreement_printable"),
    path("sopimus/<private_link:token>/pdf/", agreement_pages.pdf, name="agreement_pdf"),
]
