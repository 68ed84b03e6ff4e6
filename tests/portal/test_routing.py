"""An address is routed once per site version (portal/routing.py): later views of it skip Wagtail's walk down the page
tree, and every change editors make to where pages are is seen by the next request."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from portal import versioned
from tests.factories import StandardPageFactory
from tests.participation.factories import EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_time(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def section(localized_site):
    return StandardPageFactory(parent=localized_site.home, title="Osallisuus", slug="osallisuus")


@pytest.fixture
def page(section):
    return StandardPageFactory(parent=section, title="Asiakasraadit", slug="raadit")


def test_a_second_view_of_an_address_takes_no_query(client, page, django_assert_max_num_queries):
    assert "Asiakasraadit" in client.get("/fi/osallisuus/raadit/").content.decode()

    with django_assert_max_num_queries(0):
        response = client.get("/fi/osallisuus/raadit/")

    assert response.status_code == 200
    assert "Asiakasraadit" in response.content.decode()


def test_a_renamed_address_moves_at_once(client, page):
    client.get("/fi/osallisuus/raadit/")

    page.slug = "asiakasraadit"
    page.save_revision().publish()

    assert client.get("/fi/osallisuus/raadit/").status_code == 404
    assert client.get("/fi/osallisuus/asiakasraadit/").status_code == 200


def test_a_moved_page_answers_at_its_new_address_only(client, page, localized_site):
    client.get("/fi/osallisuus/raadit/")

    page.move(localized_site.home, pos="last-child")

    old_address = client.get("/fi/osallisuus/raadit/")
    assert old_address.status_code == 301  # Wagtail's automatic redirect, not the page kept at its old place
    assert old_address["Location"] == "/fi/raadit/"
    assert "Asiakasraadit" in client.get("/fi/raadit/").content.decode()


def test_an_unpublished_or_deleted_page_is_gone_on_the_next_request(client, page, section):
    client.get("/fi/osallisuus/raadit/")
    page.unpublish()
    assert client.get("/fi/osallisuus/raadit/").status_code == 404

    client.get("/fi/osallisuus/")
    section.delete()
    assert client.get("/fi/osallisuus/").status_code == 404


def test_a_privacy_restriction_still_applies_to_an_address_already_routed(client, page):
    client.get("/fi/osallisuus/raadit/")

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    for _ in range(2):
        response = client.get("/fi/osallisuus/raadit/")
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_each_language_routes_to_its_own_page(client, page, localized_site):
    localized_site.translate(page.get_parent().specific, "sv", title="Delaktighet", slug="osallisuus")
    swedish = localized_site.translate(page, "sv", title="Klientråd", slug="raadit")

    for _ in range(2):
        assert "Asiakasraadit" in client.get("/fi/osallisuus/raadit/").content.decode()
        assert "Klientråd" in client.get(swedish.url).content.decode()


def test_a_routable_pages_sub_view_still_answers_after_its_page_was_routed(client, localized_site):
    events = EventIndexPageFactory(parent=localized_site.home)
    EventPageFactory(
        parent=events,
        slug="kahvila",
        title="Kehittäjäkahvila",
        starts_at=datetime.datetime(2026, 12, 3, 15, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2026, 12, 3, 17, 0, tzinfo=datetime.UTC),
    )

    for _ in range(2):
        assert "Kehittäjäkahvila" in client.get("/fi/tapahtumat/kahvila/").content.decode()
        calendar = client.get("/fi/tapahtumat/kahvila/kalenteri/")
        assert calendar.status_code == 200
        assert calendar["Content-Type"] == "text/calendar; charset=utf-8"
    assert client.get("/fi/tapahtumat/kahvila/ei-ole/").status_code == 404


def test_addresses_that_are_no_page_are_not_kept(client, page):
    for number in range(20):
        assert client.get(f"/fi/osallisuus/ei-ole-{number}/").status_code == 404

    kept = [key for key in versioned._store["values"] if key[0] == "route"]
    assert not any("ei-ole" in key[3] for key in kept)


def test_what_one_request_sets_on_its_page_is_not_seen_by_the_next(client, page):
    client.get("/fi/osallisuus/raadit/")
    (kept,) = [value for key, value in versioned._store["values"].items() if key[0] == "route" and "raadit" in key[3]]
    kept_page, _own_length = kept

    response = client.get("/fi/osallisuus/raadit/")

    assert response.context["page"] is not kept_page
    assert response.context["page"].pk == kept_page.pk
