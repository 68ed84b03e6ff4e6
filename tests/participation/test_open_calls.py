import datetime
import re
import zoneinfo

import pytest
from django.core.exceptions import ValidationError

from participation.models import OpenCallPage, OpenCallStatus
from tests.participation.factories import OpenCallPageFactory

pytestmark = pytest.mark.django_db
HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")


def helsinki(*args):
    return datetime.datetime(*args, tzinfo=HELSINKI)


def test_status_is_derived_from_the_dates_in_helsinki_time():
    call = OpenCallPage(opens_at=helsinki(2026, 12, 1, 9, 0), closes_at=helsinki(2026, 12, 31, 23, 59))

    # 06:59 UTC on 1 December is 08:59 in Helsinki: not yet open.
    assert call.status_at(datetime.datetime(2026, 12, 1, 6, 59, tzinfo=datetime.UTC)) == OpenCallStatus.UPCOMING
    assert call.status_at(datetime.datetime(2026, 12, 1, 7, 0, tzinfo=datetime.UTC)) == OpenCallStatus.OPEN
    # 21:58 UTC on 31 December is 23:58 in Helsinki: still open; a minute later it has closed.
    assert call.status_at(datetime.datetime(2026, 12, 31, 21, 58, tzinfo=datetime.UTC)) == OpenCallStatus.OPEN
    assert call.status_at(datetime.datetime(2026, 12, 31, 21, 59, tzinfo=datetime.UTC)) == OpenCallStatus.CLOSED


def test_status_filter_in_the_database_matches_the_derived_status(sections):
    now = datetime.datetime.now(datetime.UTC)
    day = datetime.timedelta(days=1)
    upcoming = OpenCallPageFactory(parent=sections.open_calls, opens_at=now + day, closes_at=now + 9 * day)
    open_call = OpenCallPageFactory(parent=sections.open_calls, opens_at=now - day, closes_at=now + day)
    closed = OpenCallPageFactory(parent=sections.open_calls, opens_at=now - 9 * day, closes_at=now - day)

    for call in (upcoming, open_call, closed):
        assert list(OpenCallPage.objects.with_status(call.status)) == [call]


def test_listing_puts_open_calls_first_and_filters_by_status(client, sections):
    now = datetime.datetime.now(datetime.UTC)
    day = datetime.timedelta(days=1)
    OpenCallPageFactory(parent=sections.open_calls, title="Päättynyt", opens_at=now - 9 * day, closes_at=now - day)
    OpenCallPageFactory(parent=sections.open_calls, title="Tuleva", opens_at=now + day, closes_at=now + 9 * day)
    OpenCallPageFactory(parent=sections.open_calls, title="Auki", opens_at=now - day, closes_at=now + day)

    everything = client.get("/fi/avoimet-haut/")
    only_open = client.get("/fi/avoimet-haut/?tila=open")

    assert [call.title for call in everything.context["listing"].items] == ["Auki", "Tuleva", "Päättynyt"]
    assert [call.title for call in only_open.context["listing"].items] == ["Auki"]
    html = everything.content.decode()
    assert '<span class="status status--open">Haku auki</span>' in html
    assert '<span class="status status--closed">Päättynyt</span>' in html
    # Each card's dates are told in the right tense: "Alkoi … Päättyy …" for an open call.
    cards = dict(re.findall(r'<a href="[^"]*">([^<]+)</a></h3>.*?<p class="meta">(Al\w+) ', html, re.S))
    assert cards == {"Auki": "Alkoi", "Tuleva": "Alkaa", "Päättynyt": "Alkoi"}
    assert html.count("Päättyi ") == 1 and html.count("Päättyy ") == 2


def test_closed_call_says_so_on_its_page(client, sections):
    now = datetime.datetime.now(datetime.UTC)
    call = OpenCallPageFactory(
        parent=sections.open_calls,
        slug="vanha-haku",
        opens_at=now - datetime.timedelta(days=30),
        closes_at=now - datetime.timedelta(days=1),
    )

    html = client.get(call.url).content.decode()

    assert "Haku on päättynyt." in html


def test_closing_before_opening_is_refused():
    call = OpenCallPage(title="Haku", opens_at=helsinki(2026, 12, 2, 9, 0), closes_at=helsinki(2026, 12, 1, 9, 0))

    with pytest.raises(ValidationError) as error:
        call.clean()

    assert "closes_at" in error.value.message_dict


def test_open_call_page_shows_its_channel_and_terms(client, sections):
    from tests.participation.factories import ChannelPageFactory

    channel = ChannelPageFactory(parent=sections.channels, title="Lapsiperheiden raati", slug="perheraati")
    call = OpenCallPageFactory(
        parent=sections.open_calls,
        channel=channel,
        slug="haku",
        compensation="<p>Palkkio 50 euroa kokoukselta ja matkakulut.</p>",
    )

    html = client.get(call.url).content.decode()

    assert '<a href="/fi/kanavat/perheraati/">Lapsiperheiden raati</a>' in html
    assert "Palkkio 50 euroa kokoukselta ja matkakulut." in html
    assert "Haku on auki." in html
