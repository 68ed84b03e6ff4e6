"""The listings' Atom feeds and the events' subscribable calendar (participation/feeds.py), read as a feed reader
(feedparser) and a calendar app (icalendar) read them."""

import datetime

import feedparser
import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.participation.factories import (
    AreaFactory,
    ChannelPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FollowUpPageFactory,
    MethodPageFactory,
    OpenCallPageFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db

HOSTILE_QUERIES = [
    "?kohderyhma=%00",
    "?kohderyhma=" + "x" * 5000,
    "?alue[]=1&alue=2&alue=3",
    "?tila=' OR 1=1 --",
    "?kanava=%C3%28",
    "?sivu=-1&tila=menneet",
    "?vaihe=<script>&taso=%F0%9F%92%A9",
    "?menetelma=../../etc/passwd",
    "?tyyppi=%ff%fe",
]


@pytest.fixture
def terms():
    return {
        "older": TargetGroupFactory(name="Ikäihmiset", slug="ikaihmiset"),
        "families": TargetGroupFactory(name="Lapsiperheet", slug="lapsiperheet"),
        "tampere": AreaFactory(name="Tampere", slug="tampere"),
        "nokia": AreaFactory(name="Nokia", slug="nokia"),
    }


def parse_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def test_open_calls_feed_keeps_the_listings_filters(client, sections, terms):
    wanted = OpenCallPageFactory(parent=sections.open_calls, title="Haku ikäihmisten raatiin", slug="ikaraati")
    wanted.target_groups.set([terms["older"]])
    wanted.areas.set([terms["tampere"]])
    wanted.save_revision().publish()
    other_group = OpenCallPageFactory(parent=sections.open_calls, title="Haku perheraatiin")
    other_group.target_groups.set([terms["families"]])
    other_group.areas.set([terms["tampere"]])
    other_group.save_revision().publish()

    _response, everything = parse_feed(client, "/fi/avoimet-haut/syote/")
    _response, narrowed = parse_feed(client, "/fi/avoimet-haut/syote/?kohderyhma=ikaihmiset&alue=tampere")

    assert {entry.title for entry in everything.entries} == {"Haku ikäihmisten raatiin", "Haku perheraatiin"}
    assert [entry.title for entry in narrowed.entries] == ["Haku ikäihmisten raatiin"]
    assert narrowed.feed.title == "Avoimet haut: Ikäihmiset, Tampere"
    assert narrowed.feed.language == "fi"
    (entry,) = narrowed.entries
    assert entry.link == "http://testserver/fi/avoimet-haut/ikaraati/"
    assert {tag.term for tag in entry.tags} == {"Ikäihmiset", "Tampere"}
    assert "<p>Haku auki</p><p>Päättyy " in entry.summary
    assert narrowed.feed.link == "http://testserver/fi/avoimet-haut/?kohderyhma=ikaihmiset&alue=tampere"


def test_a_closed_calls_entry_says_it_closed(client, sections):
    now = timezone.now()
    OpenCallPageFactory(
        parent=sections.open_calls,
        title="Päättynyt haku",
        opens_at=now - datetime.timedelta(days=20),
        closes_at=now - datetime.timedelta(days=2),
    )

    _response, feed = parse_feed(client, "/fi/avoimet-haut/syote/?tila=closed")

    (entry,) = feed.entries
    assert "<p>Päättynyt</p><p>Päättyi " in entry.summary
    assert "Päättyy" not in entry.summary


def test_the_models_do_not_import_the_feed_views_when_they_load():
    import ast
    from pathlib import Path

    import participation.models

    for path in Path(participation.models.__file__).parent.glob("*.py"):
        module_level = [node for node in ast.parse(path.read_text()).body if isinstance(node, ast.ImportFrom)]
        assert "participation.feeds" not in {node.module for node in module_level}, path


def test_every_listing_has_a_feed_with_its_items(client, sections):
    ChannelPageFactory(parent=sections.channels, title="Vanhusneuvosto")
    MethodPageFactory(parent=sections.methods, title="Kehittäjäkahvila-menetelmä")
    FollowUpPageFactory(parent=sections.follow_ups, title="Pysäkin penkki")
    EventPageFactory(parent=sections.events, title="Kumppanuuspöytä")

    for url, title in [
        ("/fi/kanavat/syote/", "Vanhusneuvosto"),
        ("/fi/menetelmat/syote/", "Kehittäjäkahvila-menetelmä"),
        ("/fi/seuranta/syote/", "Pysäkin penkki"),
        ("/fi/tapahtumat/syote/", "Kumppanuuspöytä"),
    ]:
        _response, feed = parse_feed(client, url)
        assert [entry.title for entry in feed.entries] == [title]


def test_feeds_are_per_language(client, sections, localized_site):
    swedish_index = localized_site.translate(sections.open_calls, "sv", title="Öppna ansökningar", slug="ansokningar")
    call = OpenCallPageFactory(parent=sections.open_calls, title="Haku raatiin")
    localized_site.translate(call, "sv", title="Ansökan till panelen", slug="panelen")

    response, feed = parse_feed(client, "/sv/ansokningar/syote/")

    assert feed.feed.language == "sv"
    assert b'xml:lang="sv"' in response.content
    assert [entry.title for entry in feed.entries] == ["Ansökan till panelen"]
    assert swedish_index.title in feed.feed.title


def test_the_listing_links_its_feed_with_the_current_filters(client, sections, terms):
    html = client.get("/fi/avoimet-haut/?kohderyhma=ikaihmiset&tila=open&alue=ei-ole").content.decode()

    feed_url = "/fi/avoimet-haut/syote/?tila=open&amp;kohderyhma=ikaihmiset"
    title = "Avoimet haut: Haku auki, Ikäihmiset"
    assert f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{feed_url}">' in html
    assert f'href="{feed_url}" type="application/atom+xml">Tilaa uutislukijaan (RSS-syöte)</a>' in html
    assert "kalenteri" not in html  # only the events listing has a calendar


def follow_block(html):
    start = html.index('<section class="follow" aria-labelledby="follow-heading">')
    return html[start : html.index("</section>", start)]


def test_the_events_listing_has_one_follow_block_with_a_plain_line_for_each_link(client, sections, terms):
    html = client.get("/fi/tapahtumat/?alue=tampere", HTTP_HOST="osallistu.example.fi", secure=True).content.decode()
    block = follow_block(html)

    assert html.count('class="follow"') == 1
    assert '<h2 id="follow-heading" class="follow__heading">Seuraa uusia</h2>' in block
    assert (
        'href="/fi/ilmoitukset/tilaa/?tyyppi=tapahtumat&amp;alue=tampere">Tilaa ilmoitukset sähköpostiin</a>' in block
    )
    assert "Saat sähköpostin, kun uusi tapahtuma julkaistaan" in block
    assert 'href="/fi/tapahtumat/syote/?alue=tampere" type="application/atom+xml">Tilaa uutislukijaan' in block
    assert "Uutislukija on sovellus" in block
    webcal = "webcal://osallistu.example.fi/fi/tapahtumat/kalenteri/?alue=tampere"
    assert f'href="{webcal}">Tilaa tapahtumat kalenteriisi</a>' in block
    copy = "https://osallistu.example.fi/fi/tapahtumat/kalenteri/?alue=tampere"
    assert f'<code class="follow__address">{copy}</code>' in block
    assert block.count("Tässä valituilla rajauksilla: Tampere.") == 3
    assert "suodat" not in html  # the page says "rajaukset" throughout
    assert html.index('id="results-heading"') < html.index('id="follow-heading"')  # an h2 after the results


def test_the_filters_note_is_there_only_when_the_link_really_carries_a_filter(client, sections, terms):
    ChannelPageFactory(parent=sections.channels, title="Vanhusneuvosto", slug="vanhusneuvosto")

    default = follow_block(client.get("/fi/tapahtumat/").content.decode())
    channel = follow_block(client.get("/fi/tapahtumat/?kanava=vanhusneuvosto").content.decode())
    calls = follow_block(client.get("/fi/avoimet-haut/?kohderyhma=ikaihmiset").content.decode())

    assert "rajauksilla" not in default  # "Tulevat" is the listing's default, not a choice
    assert 'href="/fi/ilmoitukset/tilaa/?tyyppi=tapahtumat">' in channel  # alerts have no channel
    assert channel.count("Tässä valituilla rajauksilla: Vanhusneuvosto.") == 2  # the feed and the calendar
    assert 'href="/fi/ilmoitukset/tilaa/?tyyppi=haut&amp;kohderyhma=ikaihmiset">' in calls
    assert "Saat sähköpostin, kun uusi haku julkaistaan" in calls
    assert calls.count("Tässä valituilla rajauksilla: Ikäihmiset.") == 2  # the alerts and the feed


def test_other_listings_have_the_follow_block_with_their_feed_only(client, sections, localized_site):
    block = follow_block(client.get("/fi/seuranta/").content.decode())
    swedish_index = localized_site.translate(sections.events, "sv", title="Evenemang", slug="evenemang")
    swedish = follow_block(client.get(swedish_index.url).content.decode())

    assert "Seuraa uusia" in block and "Tilaa uutislukijaan (RSS-syöte)" in block
    assert "ilmoitukset" not in block and "kalenteri" not in block
    assert "Följ nya" in swedish and "Prenumerera i en nyhetsläsare (RSS-flöde)" in swedish
    assert (
        "Prenumerera på meddelanden per e-post" in swedish and "webcal://testserver/sv/evenemang/kalenteri/" in swedish
    )


def test_the_calendar_address_is_on_each_hosts_own_address_though_the_listing_is_kept(client, sections, terms):
    first = client.get("/fi/tapahtumat/?alue=nokia", HTTP_HOST="127.0.0.1:8310").content.decode()
    other = client.get("/fi/tapahtumat/?alue=nokia", HTTP_HOST="localhost:8310").content.decode()

    assert "http://127.0.0.1:8310/fi/tapahtumat/kalenteri/?alue=nokia" in first
    assert "http://localhost:8310/fi/tapahtumat/kalenteri/?alue=nokia" in other
    assert "127.0.0.1" not in other


def test_the_calendar_feed_has_the_filtered_events_for_a_calendar_app(client, sections, terms):
    now = timezone.now()
    tampere = EventPageFactory(
        parent=sections.events,
        title="Kehittäjäkahvila Tampereella",
        slug="kahvila",
        starts_at=now + datetime.timedelta(days=3),
    )
    tampere.areas.set([terms["tampere"]])
    tampere.save_revision().publish()
    later = EventPageFactory(
        parent=sections.events, title="Raati Tampereella", starts_at=now + datetime.timedelta(days=9)
    )
    later.areas.set([terms["tampere"]])
    later.save_revision().publish()
    nokia = EventPageFactory(parent=sections.events, title="Raati Nokialla")
    nokia.areas.set([terms["nokia"]])
    nokia.save_revision().publish()
    past = EventPageFactory(parent=sections.events, title="Mennyt", starts_at=now - datetime.timedelta(days=9))
    past.areas.set([terms["tampere"]])
    past.save_revision().publish()
    long_ago = EventPageFactory(
        parent=sections.events, title="Kauan sitten", starts_at=now - datetime.timedelta(days=40)
    )
    long_ago.areas.set([terms["tampere"]])
    long_ago.save_revision().publish()

    response = client.get("/fi/tapahtumat/kalenteri/?alue=tampere", HTTP_HOST="osallistu.example.fi", secure=True)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["X-WR-CALNAME"]) == "Tapahtumat: Tampere"  # not "Tulevat", the listing's default
    events = calendar.walk("VEVENT")
    # The events that ended in the last 30 days stay, so that a subscriber's calendar keeps them.
    summaries = [str(event["SUMMARY"]) for event in events]
    assert summaries == ["Mennyt", "Kehittäjäkahvila Tampereella", "Raati Tampereella"]
    assert str(events[1]["URL"]) == "https://osallistu.example.fi/fi/tapahtumat/kahvila/"
    assert str(events[1]["UID"]).endswith("-fi@osallistu.example.fi")

    past_calendar = icalendar.Calendar.from_ical(client.get("/fi/tapahtumat/kalenteri/?tila=past").content)
    assert str(past_calendar["X-WR-CALNAME"]) == "Tapahtumat: Menneet"
    assert [str(event["SUMMARY"]) for event in past_calendar.walk("VEVENT")] == ["Kauan sitten", "Mennyt"]


def test_an_events_calendar_file_links_to_the_host_that_was_asked_not_the_sites_localhost(client, sections):
    EventPageFactory(parent=sections.events, slug="kahvila")

    response = client.get("/fi/tapahtumat/kahvila/kalenteri/", HTTP_HOST="osallistu.example.fi", secure=True)

    (entry,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(entry["URL"]) == "https://osallistu.example.fi/fi/tapahtumat/kahvila/"
    assert "https://osallistu.example.fi/fi/tapahtumat/kahvila/" in str(entry["DESCRIPTION"])
    assert b"localhost" not in response.content
    page = client.get("/fi/tapahtumat/kahvila/", HTTP_HOST="osallistu.example.fi", secure=True).content.decode()
    assert '"url": "https://osallistu.example.fi/fi/tapahtumat/kahvila/"' in page


def test_private_sections_never_appear_in_feeds_or_calendars(client, sections, localized_site):
    EventPageFactory(parent=sections.events, title="Julkinen tilaisuus")
    hidden = EventPageFactory(parent=sections.events, title="Yksittäin suojattu")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="salasana1")
    private_index = EventIndexPageFactory(parent=localized_site.home, title="Sisäiset", slug="sisaiset")
    EventPageFactory(parent=private_index, title="Valmistelijoiden työpaja")
    PageViewRestriction.objects.create(
        page=private_index, restriction_type=PageViewRestriction.PASSWORD, password="salasana2"
    )

    _response, feed = parse_feed(client, "/fi/tapahtumat/syote/")
    calendar = client.get("/fi/tapahtumat/kalenteri/").content.decode()

    assert [entry.title for entry in feed.entries] == ["Julkinen tilaisuus"]
    assert "Julkinen tilaisuus" in calendar and "Yksittäin suojattu" not in calendar
    for url in ("/fi/sisaiset/syote/", "/fi/sisaiset/kalenteri/"):
        response = client.get(url)
        assert b"Valmistelijoiden" not in response.content
        assert response.status_code == 200 and response["Content-Type"].startswith("text/html")  # the password form


def test_a_feed_is_cached_and_a_publish_shows_in_it_at_once(client, sections):
    EventPageFactory(parent=sections.events, title="Ensimmäinen")
    parse_feed(client, "/fi/tapahtumat/syote/")
    with CaptureQueriesContext(connection) as queries:
        cached, feed = parse_feed(client, "/fi/tapahtumat/syote/")
    assert len(queries) == 0
    assert "public" in cached["Cache-Control"]
    calendar = client.get("/fi/tapahtumat/kalenteri/")
    assert "public" in client.get("/fi/tapahtumat/kalenteri/")["Cache-Control"]

    EventPageFactory(parent=sections.events, title="Toinen")

    _response, feed = parse_feed(client, "/fi/tapahtumat/syote/")
    assert {entry.title for entry in feed.entries} == {"Ensimmäinen", "Toinen"}
    assert b"Toinen" not in calendar.content
    assert b"Toinen" in client.get("/fi/tapahtumat/kalenteri/").content


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_filters_give_the_unfiltered_feed_never_an_error(client, sections, query):
    EventPageFactory(parent=sections.events, title="Kumppanuuspöytä")
    OpenCallPageFactory(parent=sections.open_calls, title="Haku raatiin")

    for url in ("/fi/tapahtumat/syote/", "/fi/avoimet-haut/syote/", "/fi/menetelmat/syote/", "/fi/seuranta/syote/"):
        response, feed = parse_feed(client, url + query)
    calendar = client.get("/fi/tapahtumat/kalenteri/" + query)
    assert calendar.status_code == 200
    assert "Kumppanuuspöytä" in calendar.content.decode()


def test_unknown_sub_addresses_are_not_found(client, sections):
    assert client.get("/fi/avoimet-haut/kalenteri/").status_code == 404
    assert client.get("/fi/avoimet-haut/syote/muuta/").status_code == 404


def test_a_child_page_slugged_like_a_feed_is_still_served(client, sections):
    EventPageFactory(parent=sections.events, title="Syöte-työpaja", slug="syote")

    response = client.get("/fi/tapahtumat/syote/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("count", [1, 20])
def test_feeds_take_a_fixed_number_of_queries(client, sections, terms, settings, count, django_assert_max_num_queries):
    settings.PAGE_CACHE_SECONDS = 0
    for _n in range(count):
        event = EventPageFactory(parent=sections.events)
        event.target_groups.set([terms["older"], terms["families"]])
        event.areas.set([terms["tampere"]])
        event.save_revision().publish()
        call = OpenCallPageFactory(parent=sections.open_calls)
        call.target_groups.set([terms["older"]])
        call.save_revision().publish()
    urls = [
        "/fi/tapahtumat/syote/?kohderyhma=ikaihmiset",
        "/fi/avoimet-haut/syote/?kohderyhma=ikaihmiset",
        "/fi/tapahtumat/kalenteri/?kohderyhma=ikaihmiset",
    ]
    for url in urls:
        client.get(url)  # the site, its routes and the filters' terms are then kept per site version

    for url in urls:
        # The index page's child (none: it is a sub-view), its locale, the items, their target groups and areas.
        with django_assert_max_num_queries(5):
            assert client.get(url).status_code == 200
