import re

import pytest

from participation.models import ChannelKind
from tests.participation.factories import (
    AreaFactory,
    ChannelPageFactory,
    EventPageFactory,
    FeedbackFormPageFactory,
    OpenCallPageFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db


def result_titles(response):
    return [item.title for item in response.context["listing"].items]


def test_listing_shows_live_channels_with_a_count(client, sections):
    ChannelPageFactory(parent=sections.channels, title="Vanhusneuvosto", slug="vanhusneuvosto")
    ChannelPageFactory(parent=sections.channels, title="Nuorisovaltuusto", slug="nuorisovaltuusto")
    ChannelPageFactory(parent=sections.channels, title="Luonnos", slug="luonnos", live=False)

    response = client.get("/fi/kanavat/")

    assert response.status_code == 200
    assert result_titles(response) == ["Nuorisovaltuusto", "Vanhusneuvosto"]
    html = response.content.decode()
    assert '<p class="result-count" role="status">2 kanavaa</p>' in html
    assert "Luonnos" not in html


def test_filters_by_target_group_area_and_kind_and_keep_their_state(client, sections):
    older = TargetGroupFactory(name="Ikääntyneet", slug="ikaantyneet")
    tampere = AreaFactory(name="Tampere", slug="tampere")
    panel = ChannelPageFactory(parent=sections.channels, title="Ikäihmisten raati", slug="raati")
    panel.target_groups.add(older)
    panel.areas.add(tampere)
    panel.save_revision().publish()
    council = ChannelPageFactory(
        parent=sections.channels, title="Vanhusneuvosto", slug="vn", kind=ChannelKind.STATUTORY_COUNCIL
    )
    council.target_groups.add(older)
    council.save_revision().publish()
    ChannelPageFactory(parent=sections.channels, title="Nuorisovaltuusto", slug="nv")

    assert result_titles(client.get("/fi/kanavat/?kohderyhma=ikaantyneet")) == ["Ikäihmisten raati", "Vanhusneuvosto"]
    assert result_titles(client.get("/fi/kanavat/?alue=tampere")) == ["Ikäihmisten raati"]
    response = client.get("/fi/kanavat/?kohderyhma=ikaantyneet&tyyppi=statutory_council")
    assert result_titles(response) == ["Vanhusneuvosto"]
    html = response.content.decode()
    assert '<option value="ikaantyneet" selected>Ikääntyneet</option>' in html
    assert '<option value="statutory_council" selected>Lakisääteinen toimielin</option>' in html
    assert "<title>Osallistumisen kanavat (1 kanava)" in html
    assert "1 kanava: Ikääntyneet, Lakisääteinen toimielin" in html


@pytest.mark.parametrize(
    "query",
    [
        "kohderyhma=ei-ole",
        "kohderyhma=1%27%20OR%201%3D1--",
        "alue=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "tyyppi=" + "x" * 5000,
        "page=abc",
        "page=-1",
        "page=0",
        "page=1e9",
        "page=%C2%B2",  # "²": a digit to isdigit(), not to int()
        "kohderyhma=%00",
        "tyyppi[]=a&tyyppi[]=b",
    ],
)
def test_bad_parameters_never_fail(client, sections, query):
    ChannelPageFactory(parent=sections.channels, title="Vanhusneuvosto", slug="vanhusneuvosto")

    response = client.get(f"/fi/kanavat/?{query}")

    assert response.status_code == 200
    assert result_titles(response) == ["Vanhusneuvosto"]
    assert "<script>alert" not in response.content.decode()


def test_pagination_keeps_filters_and_a_page_past_the_end_is_not_found(client, sections):
    for number in range(14):
        ChannelPageFactory(parent=sections.channels, title=f"Kanava {number:02d}", slug=f"kanava-{number}")

    first = client.get("/fi/kanavat/?tyyppi=client_panel")
    second = client.get("/fi/kanavat/?tyyppi=client_panel&page=2")
    past_the_end = client.get("/fi/kanavat/?page=3")

    assert len(result_titles(first)) == 12
    assert result_titles(second) == ["Kanava 12", "Kanava 13"]
    assert 'href="?tyyppi=client_panel&amp;page=2" rel="next"' in first.content.decode()
    assert '<a href="?tyyppi=client_panel&amp;page=2" aria-current="page">' in second.content.decode()
    assert past_the_end.status_code == 404
    assert "Sivua ei löytynyt" in past_the_end.content.decode()


def test_channel_lists_its_open_calls_and_upcoming_events(client, sections):
    channel = ChannelPageFactory(parent=sections.channels, title="Ikäihmisten raati", slug="raati")
    OpenCallPageFactory(parent=sections.open_calls, channel=channel, title="Haku raatiin 2027")
    EventPageFactory(parent=sections.events, channel=channel, title="Raadin kokous")

    html = client.get("/fi/kanavat/raati/").content.decode()

    assert "Haku raatiin 2027" in html
    assert "Raadin kokous" in html
    assert html.count("<h1") == 1


def test_channel_renders_in_swedish(client, localized_site, sections):
    channel = ChannelPageFactory(parent=sections.channels, title="Vanhusneuvosto", slug="vanhusneuvosto")
    sv_index = localized_site.translate(sections.channels, "sv", title="Kanaler", slug="kanaler")
    localized_site.translate(channel, "sv", title="Äldrerådet", slug="aldreradet")

    html = client.get("/sv/kanaler/aldreradet/").content.decode()

    assert '<html lang="sv">' in html
    assert "Äldrerådet" in html
    assert "Klientråd" in html
    listing = client.get(sv_index.url).content.decode()
    assert "1 kanal" in listing
    assert "Vanhusneuvosto" not in listing


def test_a_channels_contact_section_is_named_apart_from_the_footers(client, sections):
    channel = ChannelPageFactory(
        parent=sections.channels, contact_name="Maija Meikäläinen", contact_email="maija@example.fi"
    )

    html = client.get(channel.url).content.decode()

    # Every named section is a landmark; two with the same name cannot be told apart (axe: landmark-unique).
    names = [
        re.search(rf'id="{label_id}"[^>]*>([^<]+)<', html).group(1)
        for label_id in re.findall(r'<section aria-labelledby="([^"]+)"', html)
    ]
    assert "Yhteyshenkilö" in names and "Yhteystiedot" in names
    assert len(names) == len(set(names))


def test_a_channel_links_to_its_own_pages_such_as_a_childrens_feedback_form(client, sections):
    channel = ChannelPageFactory(parent=sections.channels, title="Perheiden asiakasraati")
    FeedbackFormPageFactory(parent=channel, title="Kerro meille", slug="kerro-meille", summary="Lapsille ja nuorille.")
    hidden = FeedbackFormPageFactory(parent=channel, title="Luonnos", slug="luonnos")
    hidden.unpublish()

    html = client.get(channel.url).content.decode()

    assert '<h2 id="channel-pages-heading">Myös tällä kanavalla</h2>' in html
    assert f'<a href="{channel.url}kerro-meille/">Kerro meille</a> – Lapsille ja nuorille.' in html
    assert "Luonnos" not in html
    assert "channel-pages-heading" not in client.get(ChannelPageFactory(parent=sections.channels).url).content.decode()
