from dataclasses import dataclass

import pytest

from participation.models import StatisticsPage
from tests.participation.factories import (
    ChannelIndexPageFactory,
    EventIndexPageFactory,
    FollowUpIndexPageFactory,
    MethodLibraryPageFactory,
    OpenCallIndexPageFactory,
)


@dataclass
class Sections:
    channels: object
    open_calls: object
    methods: object
    follow_ups: object
    events: object


@pytest.fixture
def sections(localized_site):
    """The Finnish index pages of the participation sections under the home page."""
    home = localized_site.home
    return Sections(
        channels=ChannelIndexPageFactory(parent=home),
        open_calls=OpenCallIndexPageFactory(parent=home),
        methods=MethodLibraryPageFactory(parent=home),
        follow_ups=FollowUpIndexPageFactory(parent=home),
        events=EventIndexPageFactory(parent=home),
    )


@pytest.fixture
def statistics_page(localized_site):
    """The Finnish public statistics page, "Osallisuus lukuina", under the home page."""
    page = StatisticsPage(title="Osallisuus lukuina", slug="osallisuus-lukuina", intro="Luvut.")
    localized_site.home.add_child(instance=page)
    page.save_revision().publish()
    return page
