import datetime
import json
import re

import icalendar
import pytest
from django.utils import timezone

from tests.participation.factories import ChannelPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


def test_listing_shows_upcoming_events_soonest_first_and_past_ones_on_request(client, sections):
    now = timezone.now()
    EventPageFactory(parent=sections.events, title="Ensi kuussa", starts_at=now + datetime.timedelta(days=30))
    EventPageFactory(parent=sections.events, title="Huomenna", starts_at=now + datetime.timedelta(days=1))
    EventPageFactory(parent=sections.events, title="Viime viikolla", starts_at=now - datetime.timedelta(days=7))

    upcoming = client.get("/fi/tapahtumat/")
    past = client.get("/fi/tapahtumat/?tila=past")

    assert [event.title for event in upcoming.context["listing"].items] == ["Huomenna", "Ensi kuussa"]
    assert [event.title for event in past.context["listing"].items] == ["Viime viikolla"]


def test_event_page_has_schema_org_event_json_ld(client, sections):
    channel = ChannelPageFactory(parent=sections.channels, title="Kumppanuuspöydät", slug="kumppanuuspoydat")
    event = EventPageFactory(
        parent=sections.events,
        slug="poyta",
        title="Kumppanuuspöytä </script><script>alert(1)</script>",
        channel=channel,
        starts_at=datetime.datetime(2026, 12, 3, 15, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2026, 12, 3, 17, 0, tzinfo=datetime.UTC),
    )

    html = client.get(event.url).content.decode()

    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(scripts) == 1
    data = json.loads(scripts[0])
    assert data["@type"] == "Event"
    assert data["name"] == "Kumppanuuspöytä </script><script>alert(1)</script>"
    assert data["startDate"] == "2026-12-03T15:00:00+00:00"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "Tampereen pääkirjasto Metso"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert "3.12.2026 klo 17.00–19.00" in html


def test_add_to_calendar_gives_a_valid_ics_file(client, sections):
    event = EventPageFactory(
        parent=sections.events,
        slug="kahvila",
        title="Kehittäjäkahvila; perheet, lapset",
        starts_at=datetime.datetime(2026, 12, 3, 15, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2026, 12, 3, 17, 0, tzinfo=datetime.UTC),
    )
    page_html = client.get(event.url).content.decode()
    assert 'href="/fi/tapahtumat/kahvila/kalenteri/"' in page_html

    response = client.get("/fi/tapahtumat/kahvila/kalenteri/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="kahvila.ics"' in response["Content-Disposition"]
    calendar = icalendar.Calendar.from_ical(response.content)
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Kehittäjäkahvila; perheet, lapset"
    assert entry.decoded("DTSTART") == datetime.datetime(2026, 12, 3, 15, 0, tzinfo=datetime.UTC)
    assert entry.decoded("DTEND") == datetime.datetime(2026, 12, 3, 17, 0, tzinfo=datetime.UTC)
    assert "Pirkankatu 2, Tampere" in str(entry["LOCATION"])
    assert b"\r\n" in response.content


def test_past_event_says_so_and_offers_no_calendar_link(client, sections):
    event = EventPageFactory(
        parent=sections.events, slug="mennyt", starts_at=timezone.now() - datetime.timedelta(days=3)
    )

    html = client.get(event.url).content.decode()

    assert "Tapahtuma on jo pidetty." in html
    assert "kalenteri/" not in html


def test_event_page_renders_in_swedish(client, localized_site, sections):
    event = EventPageFactory(parent=sections.events, slug="kahvila")
    localized_site.translate(sections.events, "sv", title="Evenemang", slug="evenemang")
    localized_site.translate(event, "sv", title="Utvecklarkafé", slug="utvecklarkafe")

    html = client.get("/sv/evenemang/utvecklarkafe/").content.decode()

    assert '<html lang="sv">' in html
    assert "Utvecklarkafé" in html
    assert "Lägg till i kalendern" in html
