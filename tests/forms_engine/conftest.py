from dataclasses import dataclass

import pytest

from tests.forms_engine.factories import GroupFactory, UserFactory, make_form_page
from tests.participation.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    FollowUpIndexPageFactory,
    OpenCallIndexPageFactory,
    OpenCallPageFactory,
)


@dataclass
class Desk:
    """Two coordinator groups with one coordinator each, and an open call routed to the first group."""

    group: object
    other_group: object
    coordinator: object
    other_coordinator: object
    call: object
    events: object
    follow_ups: object


@pytest.fixture
def desk(localized_site):
    home = localized_site.home
    group = GroupFactory(name="Asiakasraadin koordinaattorit")
    other_group = GroupFactory(name="Vammaisneuvoston koordinaattorit")
    calls = OpenCallIndexPageFactory(parent=home)
    call = make_form_page(
        OpenCallPageFactory(parent=calls, title="Haku asiakasraatiin"),
        groups=[group],
        handling_days=14,
        retention_days=365,
        receipt_text="Käsittelemme hakemukset kahden viikon kuluessa.",
    )
    return Desk(
        group=group,
        other_group=other_group,
        coordinator=UserFactory(groups=[group]),
        other_coordinator=UserFactory(groups=[other_group]),
        call=call,
        events=EventIndexPageFactory(parent=home),
        follow_ups=FollowUpIndexPageFactory(parent=home),
    )


@pytest.fixture
def event_page(desk):
    fields = [
        {"clean_name": "nimi", "label": "Nimi", "field_type": "singleline", "required": True},
        {"clean_name": "sahkoposti", "label": "Sähköposti", "field_type": "email", "required": True},
    ]
    return make_form_page(EventPageFactory(parent=desk.events, capacity=2), groups=[desk.group], fields=fields)
