from dataclasses import dataclass

import pytest

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
