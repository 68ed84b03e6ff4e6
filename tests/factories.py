"""Page factories for the site shell. Apps' own factories live beside their tests."""

import datetime

import factory
import wagtail_factories

from portal.models import AccessibilityStatementPage, HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Osallistu ja vaikuta"
    intro = "Löydä tavat osallistua ja vaikuttaa palveluihin."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tietosivu {n}")
    summary = "Tietoa osallisuudesta."
    plain_summary = "Tällä sivulla kerrotaan osallisuudesta."

    class Meta:
        model = StandardPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Saavutettavuusseloste"
    compliance_status = AccessibilityStatementPage.Compliance.PARTIAL
    non_accessible_content = "<p>Osa vanhoista PDF-liitteistä ei ole saavutettavia.</p>"
    assessment_date = datetime.date(2026, 11, 1)
    supervisory_authority = "<p>Liikenne- ja viestintävirasto Traficom, saavutettavuusvalvonta.</p>"

    class Meta:
        model = AccessibilityStatementPage
