"""The open data API (portal/api.py): Wagtail's pages API over the public pages only, read-only, rate-limited."""

import pytest
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

API = "/api/v2/pages/"

HOSTILE_QUERIES = [
    "?type=participation.Nope",
    "?type=auth.User",
    "?type=" + "x" * 3000,
    "?child_of=abc",
    "?child_of=-1",
    "?child_of=99999999999999999999999",
    "?descendant_of=99999999999999999999999",
    "?ancestor_of=1e9",
    "?translation_of=99999999999999999999999",
    "?offset=99999999999999999999999",
    "?offset=-5",
    "?limit=100000",
    "?limit=abc",
    "?fields=*,target_groups(name)",
    "?fields=((((",
    "?fields=password",
    "?order=password",
    "?order=random&search=kahvila",
    "?search=%00%27%22",
    "?search=-kahvila*%20OR%20NEAR(a%20b)%20%7Btitle%7D:x",
    "?search=kahvila&search_operator=nope",
    "?search=%ED%A0%80",
    "?search=" + "kahvila " * 200,
    "?locale=xx",
    "?locale=%00",
    "?site=%00",
    "?html_path=/tapahtumat/%00/",
    "?type=participation.EventPage%00",
    "?site=ei-ole",
    "?site=localhost:99999999999999999999",
    "?html_path=../../etc",
    "?unknown=1",
    "?type=participation.EventPage&fields=starts_at&order=starts_at",
    "?type=participation.EventPage&order=-starts_at",
]

# Every API field that is a database field is also a filter (Wagtail's FieldsFilter): values that are no value of the
# field, or too large for the database, are a 400 (portal.api.ValidatedFieldsFilter).
BAD_FIELD_FILTERS = [
    "?type=participation.EventPage&starts_at=2026",
    "?type=participation.EventPage&starts_at=notadate",
    "?type=participation.EventPage&starts_at=2026-01-01T10:00%2B99:00",
    "?type=participation.EventPage&ends_at=99999-01-01",
    "?type=participation.OpenCallPage&closes_at=2026-13-45T99:00",
    "?type=participation.OpenCallPage&opens_at=",
    "?type=participation.OpenCallPage&places=abc",
    "?type=participation.OpenCallPage&places=-99999999999999999999",
    "?type=participation.FollowUpPage&raised_on=x",
    "?type=participation.FollowUpPage&raised_on=2026-02-30",
    "?type=participation.EventPage&target_groups=abc",
    "?type=participation.EventPage&target_groups=1.5",
    "?type=participation.EventPage&areas=" + "9" * 30,
    "?type=participation.EventPage&capacity=" + "9" * 30,
    "?type=participation.ChannelPage&open_for_new_members=maybe",
    "?first_published_at=yesterday",
    "?first_published_at=2026-02-30T10:00:00",
    "?first_published_at=9999-12-31T23:59:00-05:00",
    "?show_in_menus=2",
]


def restrict(page, password="salasana1"):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
    )


@pytest.fixture
def events(sections, localized_site):
    """Two public events, one restricted on its own, and one in a private events section."""
    older = TargetGroupFactory(name="Ikäihmiset", slug="ikaihmiset")
    tampere = AreaFactory(name="Tampere", slug="tampere")
    public = EventPageFactory(parent=sections.events, title="Kehittäjäkahvila", slug="kahvila")
    public.target_groups.set([older])
    public.areas.set([tampere])
    public.save_revision().publish()
    other = EventPageFactory(parent=sections.events, title="Kumppanuuspöytä")
    alone = EventPageFactory(parent=sections.events, title="Yksittäin suojattu")
    restrict(alone)
    private_index = EventIndexPageFactory(parent=localized_site.home, title="Sisäiset", slug="sisaiset")
    inside = EventPageFactory(parent=private_index, title="Valmistelijoiden työpaja")
    restrict(private_index, "salasana2")
    return {"public": public, "other": other, "alone": alone, "private_index": private_index, "inside": inside}


def titles(response):
    assert response.status_code == 200, response.content
    return sorted(item["title"] for item in response.json()["items"])


def test_events_are_listed_without_private_ones(client, events):
    response = client.get(API, {"type": "participation.EventPage"})

    assert response["Content-Type"] == "application/json"
    assert titles(response) == ["Kehittäjäkahvila", "Kumppanuuspöytä"]
    assert response.json()["meta"]["total_count"] == 2


def test_event_fields_carry_the_taxonomy_and_dates_with_addresses_on_the_asked_host(client, events):
    response = client.get(
        API,
        {"type": "participation.EventPage", "fields": "starts_at,ends_at,venue,target_groups,areas", "slug": "kahvila"},
        HTTP_HOST="osallistu.example.fi",
        secure=True,
    )

    assert response.status_code == 200, response.content
    (item,) = response.json()["items"]
    assert item["target_groups"] == [{"name": "Ikäihmiset", "slug": "ikaihmiset"}]
    assert item["areas"] == [{"name": "Tampere", "slug": "tampere"}]
    assert item["starts_at"].startswith(events["public"].starts_at.astimezone().date().isoformat()[:4])
    assert item["meta"]["html_url"] == "https://osallistu.example.fi/fi/tapahtumat/kahvila/"
    assert item["meta"]["detail_url"] == f"https://osallistu.example.fi/api/v2/pages/{events['public'].pk}/"
    assert item["meta"]["locale"] == "fi"


def test_other_page_types_show_their_status_and_level(client, sections):
    OpenCallPageFactory(parent=sections.open_calls, title="Haku raatiin")
    FollowUpPageFactory(parent=sections.follow_ups, title="Pysäkin penkki")
    MethodPageFactory(parent=sections.methods, title="Kahvilamenetelmä")
    ChannelPageFactory(parent=sections.channels, title="Asiakasraati")

    call = client.get(API, {"type": "participation.OpenCallPage", "fields": "status,status_label,opens_at"}).json()
    follow_up = client.get(API, {"type": "participation.FollowUpPage", "fields": "status,status_label"}).json()
    method = client.get(API, {"type": "participation.MethodPage", "fields": "participation_level,phases"}).json()
    channel = client.get(API, {"type": "participation.ChannelPage", "fields": "kind,kind_label"}).json()

    assert call["items"][0]["status"] == "open" and call["items"][0]["status_label"] == "Haku auki"
    assert follow_up["items"][0]["status"] == "received"
    assert method["items"][0]["participation_level"] == "dialogue" and method["items"][0]["phases"] == ["develop"]
    assert channel["items"][0]["kind"] == "client_panel"


def test_private_pages_are_not_found_by_any_way_in(client, events, sections):
    private_index, inside, alone = events["private_index"], events["inside"], events["alone"]

    assert titles(client.get(API, {"child_of": sections.events.pk})) == ["Kehittäjäkahvila", "Kumppanuuspöytä"]
    assert client.get(API, {"child_of": private_index.pk}).status_code == 400  # "parent page doesn't exist"
    assert client.get(API, {"descendant_of": private_index.pk}).status_code == 400
    assert client.get(API, {"ancestor_of": inside.pk}).status_code == 400
    for page in (private_index, inside, alone):
        response = client.get(f"{API}{page.pk}/")
        assert response.status_code == 404 and response["Content-Type"] == "application/json"
    assert client.get(f"{API}find/", {"html_path": "/sisaiset/"}).status_code == 404
    assert client.get(f"{API}find/", {"id": inside.pk}).status_code == 404
    everything = client.get(API, {"limit": 50, "fields": "title"}).json()
    ids = {item["id"] for item in everything["items"]}
    assert not ids & {private_index.pk, inside.pk, alone.pk}
    searched = client.get(API, {"search": "Valmistelijoiden työpaja"}).json()
    assert inside.pk not in {item["id"] for item in searched["items"]}


def test_a_password_given_or_a_signed_in_editor_does_not_open_private_pages(admin_client, events):
    response = admin_client.get(API, {"type": "participation.EventPage"})

    assert titles(response) == ["Kehittäjäkahvila", "Kumppanuuspöytä"]
    assert admin_client.get(f"{API}{events['inside'].pk}/").status_code == 404


def test_a_public_page_is_found_and_its_detail_names_its_parent(client, events):
    public = events["public"]
    found = client.get(f"{API}find/", {"html_path": "/tapahtumat/kahvila/"})

    assert found.status_code == 302 and found["Location"] == f"/api/v2/pages/{public.pk}/"
    detail = client.get(f"{API}{public.pk}/", HTTP_HOST="osallistu.example.fi").json()
    assert detail["title"] == "Kehittäjäkahvila"
    assert detail["meta"]["parent"]["meta"]["html_url"] == "http://osallistu.example.fi/fi/tapahtumat/"
    assert detail["target_groups"] == [{"name": "Ikäihmiset", "slug": "ikaihmiset"}]


def test_the_languages_are_filtered_by_locale(client, events, localized_site):
    localized_site.translate(events["public"].get_parent(), "sv", title="Evenemang", slug="evenemang")
    localized_site.translate(events["public"], "sv", title="Utvecklarcafé", slug="cafe")

    swedish = client.get(API, {"type": "participation.EventPage", "locale": "sv"})

    assert titles(swedish) == ["Utvecklarcafé"]
    assert swedish.json()["items"][0]["meta"]["locale"] == "sv"


def test_the_api_is_read_only(client, events):
    assert client.post(API, {"title": "x"}).status_code == 405
    refused = client.delete(f"{API}{events['public'].pk}/")
    assert refused.status_code == 405
    assert set(refused.json()) == {"message"}


@pytest.mark.parametrize("format_", ["html", "api", "xml", ""])
def test_only_json_is_served_and_another_format_says_so(client, events, format_):
    response = client.get(API, {"format": format_})

    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    assert response.json() == {"message": "format must be 'json' (the only format there is)"}
    assert client.get(API, {"format": "json"}).status_code == 200


def test_labels_are_in_the_pages_language_whatever_the_client_asks(client, sections, localized_site):
    call = OpenCallPageFactory(parent=sections.open_calls, title="Haku raatiin", slug="haku")
    channel = ChannelPageFactory(parent=sections.channels, title="Asiakasraati", slug="raati")
    localized_site.translate(sections.open_calls, "sv", title="Öppna ansökningar", slug="ansokningar")
    localized_site.translate(call, "sv", title="Ansökan till panelen", slug="ansokan")
    localized_site.translate(sections.channels, "sv", title="Kanaler", slug="kanaler")
    localized_site.translate(channel, "sv", title="Klientpanel", slug="panel")

    def labels(page_type, fields, locale, language):
        query = {"type": page_type, "fields": fields, "locale": locale}
        (item,) = client.get(API, query, HTTP_ACCEPT_LANGUAGE=language).json()["items"]
        return {name: item[name] for name in fields.split(",")}

    for language in ("en", "fi", "sv"):
        assert labels("participation.OpenCallPage", "status_label", "fi", language) == {"status_label": "Haku auki"}
        assert labels("participation.OpenCallPage", "status_label", "sv", language) == {"status_label": "Öppen"}
        finnish = labels("participation.ChannelPage", "kind_label,participation_level_label", "fi", language)
        swedish = labels("participation.ChannelPage", "kind_label,participation_level_label", "sv", language)
        assert finnish["kind_label"] == "Asiakasraati" and swedish["kind_label"] == "Klientråd"


def test_requests_over_the_rate_are_refused_with_a_json_429(client, events, settings):
    settings.OPEN_DATA_API_RATE = "3/minute"

    statuses = [client.get(API).status_code for _n in range(4)]

    assert statuses == [200, 200, 200, 429]
    refused = client.get(API)
    assert refused["Content-Type"] == "application/json"
    assert set(refused.json()) == {"message"} and refused.json()["message"]
    assert int(refused["Retry-After"]) > 0
    other_client = client.get(API, REMOTE_ADDR="10.0.0.9")
    assert other_client.status_code == 200


def test_api_responses_are_json_with_security_headers_and_never_in_the_page_cache(client, events):
    first = client.get(API, {"type": "participation.EventPage"})
    EventPageFactory(parent=events["public"].get_parent(), title="Uusi tilaisuus")
    second = client.get(API, {"type": "participation.EventPage"})

    assert first["Content-Type"] == "application/json"
    assert "Content-Security-Policy" in first and first["X-Content-Type-Options"] == "nosniff"
    assert "Uusi tilaisuus" in titles(second)
    assert "public" in second["Cache-Control"] and "max-age=60" in second["Cache-Control"]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_are_a_4xx_in_json_never_a_500(client, events, query):
    for url in (API, f"{API}find/", f"{API}{events['public'].pk}/"):
        response = client.get(url + query)
        assert response.status_code in {200, 302, 400, 404}, (url + query, response.status_code, response.content)
        if response.status_code != 302:
            response.json()


@pytest.mark.parametrize("query", BAD_FIELD_FILTERS)
def test_a_bad_field_filter_value_is_a_json_400_never_a_500(client, events, query):
    urls = [API] if "type=" in query else [API, f"{API}{events['public'].pk}/"]  # the detail is filtered too
    for url in urls:
        response = client.get(url + query)

        assert response.status_code == 400, (url + query, response.status_code, response.content)
        assert response["Content-Type"] == "application/json"
        assert "not a valid value" in response.json()["message"]


def test_good_field_filter_values_still_filter(client, events, sections):
    public = events["public"]
    older = public.target_groups.get()
    area = public.areas.get()
    call = OpenCallPageFactory(parent=sections.open_calls, title="Haku raatiin", places=8)
    follow_up = FollowUpPageFactory(parent=sections.follow_ups, title="Pysäkin penkki")
    event_type = {"type": "participation.EventPage"}

    assert titles(client.get(API, {**event_type, "target_groups": older.pk})) == ["Kehittäjäkahvila"]
    assert titles(client.get(API, {**event_type, "areas": area.pk})) == ["Kehittäjäkahvila"]
    assert titles(client.get(API, {**event_type, "areas": 0})) == []
    assert titles(client.get(API, {**event_type, "starts_at": public.starts_at.isoformat()})) == ["Kehittäjäkahvila"]
    calls = {"type": "participation.OpenCallPage"}
    assert titles(client.get(API, {**calls, "places": 8})) == ["Haku raatiin"]
    assert titles(client.get(API, {**calls, "closes_at": call.closes_at.isoformat()})) == ["Haku raatiin"]
    raised = {"type": "participation.FollowUpPage", "raised_on": follow_up.raised_on.isoformat()}
    assert titles(client.get(API, raised)) == ["Pysäkin penkki"]
    assert titles(client.get(API, {"type": "participation.ChannelPage", "open_for_new_members": "true"})) == []


def test_a_too_large_id_and_an_unknown_address_are_json_404s_not_redirects(client, events):
    for url in (f"{API}99999999999999999999999/", f"{API}{events['inside'].pk}/", "/api/v2/images/", "/api/v3/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response["Content-Type"] == "application/json" and response.json()["message"]


def test_the_listing_takes_a_fixed_number_of_queries(client, sections, django_assert_max_num_queries):
    terms = [TargetGroupFactory(), AreaFactory()]
    for _n in range(15):
        event = EventPageFactory(parent=sections.events)
        event.target_groups.set(terms[:1])
        event.areas.set(terms[1:])
        event.save_revision().publish()
    query = {"type": "participation.EventPage", "fields": "target_groups,areas,starts_at", "limit": 15}
    client.get(API, query)

    with django_assert_max_num_queries(12):
        response = client.get(API, query)
    assert len(response.json()["items"]) == 15
