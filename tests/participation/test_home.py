import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.participation.factories import EventPageFactory, FollowUpPageFactory, OpenCallPageFactory

pytestmark = pytest.mark.django_db


def test_home_page_shows_open_calls_upcoming_events_and_follow_up_updates(client, sections):
    now = timezone.now()
    OpenCallPageFactory(parent=sections.open_calls, title="Haku auki nyt")
    OpenCallPageFactory(
        parent=sections.open_calls,
        title="Haku päättyi",
        opens_at=now - datetime.timedelta(days=20),
        closes_at=now - datetime.timedelta(days=1),
    )
    EventPageFactory(parent=sections.events, title="Tuleva kahvila")
    EventPageFactory(parent=sections.events, title="Mennyt kahvila", starts_at=now - datetime.timedelta(days=2))
    FollowUpPageFactory(parent=sections.follow_ups, title="Uusi seuranta")

    html = client.get("/fi/").content.decode()

    assert "Haku auki nyt" in html
    assert "Haku päättyi" not in html
    assert "Tuleva kahvila" in html
    assert "Mennyt kahvila" not in html
    assert "Uusi seuranta" in html
    for section in ("Osallistumisen kanavat", "Avoimet haut", "Menetelmäkirjasto", "Päätösten seuranta", "Tapahtumat"):
        assert section in html


def test_home_highlights_are_kept_until_a_page_changes(client, sections, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the render is counted, not the page cache's hit
    OpenCallPageFactory(parent=sections.open_calls, title="Ensimmäinen haku")
    client.get("/fi/")

    with CaptureQueriesContext(connection) as kept:
        client.get("/fi/")
    assert not [query for query in kept if "participation_opencallpage" in query["sql"]]

    OpenCallPageFactory(parent=sections.open_calls, title="Toinen haku")
    html = client.get("/fi/").content.decode()
    assert "Ensimmäinen haku" in html and "Toinen haku" in html
