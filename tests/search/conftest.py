from dataclasses import dataclass

import pytest
from wagtail.models import Locale

from tests.participation.factories import (
    AreaFactory,
    ChannelIndexPageFactory,
    ChannelPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    MethodLibraryPageFactory,
    MethodPageFactory,
    TargetGroupFactory,
)


@dataclass
class SearchSite:
    site: object
    experts: object
    budgeting: object
    survey: object
    workshop: object
    experts_sv: object
    youth: object
    children: object
    tampere: object


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def search_site(localized_site):
    """Finnish pages with the inflections and compounds the analyser must see through, and one Swedish page."""
    home = localized_site.home
    fi = Locale.objects.get(language_code="fi")
    youth = TargetGroupFactory(name="Nuoret", slug="nuoret", locale=fi)
    children = TargetGroupFactory(name="Lapset ja perheet", slug="lapset", locale=fi)
    tampere = AreaFactory(name="Tampere", slug="tampere", locale=fi)
    nokia = AreaFactory(name="Nokia", slug="nokia", locale=fi)

    channels = ChannelIndexPageFactory(parent=home)
    methods = MethodLibraryPageFactory(parent=home)
    events = EventIndexPageFactory(parent=home)

    experts = ChannelPageFactory(
        parent=channels,
        title="Kokemusasiantuntijapankki",
        slug="kokemusasiantuntijapankki",
        kind="experts_by_experience",
        summary="Ammattilainen voi tilata koulutetun kokemustoimijan yhden luukun kautta.",
    )
    experts.target_groups.set([youth])
    experts.areas.set([tampere])
    publish(experts)
    budgeting = ChannelPageFactory(
        parent=channels,
        title="Osallistuva budjetointi",
        slug="osallistuva-budjetointi",
        kind="arena",
        summary="Asukkaat päättävät yhdessä, mihin osa määrärahoista käytetään.",
    )
    budgeting.areas.set([nokia])
    publish(budgeting)
    survey = MethodPageFactory(
        parent=methods,
        title="Lasten ja nuorten kysely",
        slug="lasten-ja-nuorten-kysely",
        summary="Verkkokyselyllä kootaan palautetta palveluista.",
    )
    survey.target_groups.set([youth, children])
    survey.areas.set([tampere])
    publish(survey)
    workshop = EventPageFactory(
        parent=events,
        title="Työpaja verkoston jäsenille",
        slug="tyopaja",
        summary="Vaikuttajaverkoston työpajassa kehitetään perhekeskuksen palveluja.",
    )
    workshop.areas.set([tampere])
    publish(workshop)

    channels_sv = localized_site.translate(channels, "sv", title="Kanaler för delaktighet", slug="kanaler")
    experts_sv = localized_site.translate(
        experts,
        "sv",
        title="Erfarenhetsexperternas bank",
        slug="erfarenhetsexperter",
        summary="Klientrådet och erfarenhetsexperterna beställs genom en enda kontakt.",
    )
    assert channels_sv.locale.language_code == "sv"
    return SearchSite(
        site=localized_site,
        experts=experts,
        budgeting=budgeting,
        survey=survey,
        workshop=workshop,
        experts_sv=experts_sv,
        youth=youth,
        children=children,
        tampere=tampere,
    )
