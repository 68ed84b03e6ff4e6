"""Detail pages list at most six related pages, with a link to the listing filtered to all of them."""

import re

import pytest

from tests.participation.factories import (
    ChannelPageFactory,
    EventPageFactory,
    FollowUpPageFactory,
    MethodPageFactory,
    OpenCallPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_time(settings):
    settings.PAGE_CACHE_SECONDS = 0


def section_titles(html, heading_id):
    section = html[html.index(f'id="{heading_id}"') :]
    section = section[: section.index("</section>")]
    return re.findall(r'<li><a href="[^"]+">([^<]+)</a>', section)


def test_a_channel_shows_six_open_calls_and_events_and_links_to_the_filtered_listings(
    client, sections, django_assert_max_num_queries
):
    channel = ChannelPageFactory(parent=sections.channels, title="Perheiden raati", slug="perheiden-raati")
    other = ChannelPageFactory(parent=sections.channels, title="Nuorten raati", slug="nuorten-raati")
    for number in range(8):
        OpenCallPageFactory(parent=sections.open_calls, channel=channel, title=f"Raadin haku {number}")
        EventPageFactory(parent=sections.events, channel=channel, title=f"Raadin kokous {number}")
    OpenCallPageFactory(parent=sections.open_calls, channel=other, title="Nuorten haku")
    EventPageFactory(parent=sections.events, channel=other, title="Nuorten kokous")

    client.get(channel.url)
    with django_assert_max_num_queries(11):
        html = client.get(channel.url).content.decode()

    assert len(section_titles(html, "open-calls-heading")) == 6
    assert len(section_titles(html, "events-heading")) == 6
    assert '<a href="/fi/avoimet-haut/?kanava=perheiden-raati">Kaikki kanavan avoimet haut</a>' in html
    assert '<a href="/fi/tapahtumat/?kanava=perheiden-raati">Kaikki kanavan tulevat tapahtumat</a>' in html

    calls = client.get("/fi/avoimet-haut/?kanava=perheiden-raati").content.decode()
    assert "8 hakua: Perheiden raati" in calls
    assert "Nuorten haku" not in calls
    events = client.get("/fi/tapahtumat/?kanava=perheiden-raati").content.decode()
    assert "Raadin kokous 7" in events
    assert "Nuorten kokous" not in events


def test_a_channel_with_few_calls_has_no_link_to_the_listing(client, sections):
    channel = ChannelPageFactory(parent=sections.channels, slug="pieni")
    OpenCallPageFactory(parent=sections.open_calls, channel=channel, title="Ainoa haku")

    html = client.get(channel.url).content.decode()

    assert section_titles(html, "open-calls-heading") == ["Ainoa haku"]
    assert "?kanava=" not in html


def test_a_method_shows_six_follow_ups_and_links_to_the_follow_ups_filtered_by_it(client, sections):
    method = MethodPageFactory(parent=sections.methods, title="Kehittäjäkahvila", slug="kehittajakahvila")
    for number in range(7):
        follow_up = FollowUpPageFactory(parent=sections.follow_ups, title=f"Asia kahvilasta {number}")
        follow_up.methods.add(method)
        follow_up.save_revision().publish()
    FollowUpPageFactory(parent=sections.follow_ups, title="Muu asia")

    html = client.get(method.url).content.decode()

    assert len(section_titles(html, "follow-ups-heading")) == 6
    assert '<a href="/fi/seuranta/?menetelma=kehittajakahvila">' in html
    listing = client.get("/fi/seuranta/?menetelma=kehittajakahvila").content.decode()
    assert "7 asiaa: Kehittäjäkahvila" in listing
    assert '<label class="govuk-label" for="filter-menetelma">Menetelmä</label>' in listing
    assert "Muu asia" not in listing
