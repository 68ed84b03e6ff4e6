"""Pages in a private section (a Wagtail view restriction) stay out of menus, listings, search and figures,
and come back as soon as the restriction is lifted or the page is moved out."""

import datetime

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from participation.statistics import TIME_ZONE, Period
from participation.statistics.queries import event_figures
from tests.participation.factories import EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="vain-valmistelijoille"
    )


def menu_titles(client):
    html = client.get("/fi/").content.decode()
    main_navigation = html[html.index('class="main-nav"') : html.index("</nav>", html.index('class="main-nav"'))]
    return [title for title in ("Tapahtumat", "Kanavat") if f">{title}</a>" in main_navigation]


def search_titles(client, query):
    return [page.title for page in client.get("/fi/haku/", {"q": query}).context["search"].results]


def test_a_private_section_is_left_out_of_the_menu_until_the_restriction_is_lifted(client, sections):
    assert "Tapahtumat" in menu_titles(client)
    restriction = restrict(sections.events)
    assert "Tapahtumat" not in menu_titles(client)
    restriction.delete()
    assert "Tapahtumat" in menu_titles(client)


def test_search_does_not_find_pages_in_a_private_section(client, sections):
    EventPageFactory(parent=sections.events, title="Valmistelijoiden työpaja")
    assert search_titles(client, "työpajaan") == ["Valmistelijoiden työpaja"]
    restriction = restrict(sections.events)
    assert search_titles(client, "työpajaan") == []
    restriction.delete()
    assert search_titles(client, "työpajaan") == ["Valmistelijoiden työpaja"]


def test_a_page_moved_into_a_private_section_disappears_from_search(client, sections, localized_site):
    private = EventIndexPageFactory(parent=localized_site.home, title="Sisäiset tapahtumat", slug="sisaiset")
    restrict(private)
    workshop = EventPageFactory(parent=sections.events, title="Valmistelijoiden työpaja")
    assert search_titles(client, "työpaja") == ["Valmistelijoiden työpaja"]
    workshop.move(private, pos="last-child")
    assert search_titles(client, "työpaja") == []


def test_events_held_in_a_private_section_are_not_counted(localized_site, sections):
    january = Period.month(2026, 1)
    starts_at = datetime.datetime(2026, 1, 15, 17, tzinfo=TIME_ZONE)
    private = EventIndexPageFactory(parent=localized_site.home, title="Sisäiset tapahtumat", slug="sisaiset")
    restrict(private)
    for parent in (sections.events, private):
        EventPageFactory(parent=parent, starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=2))
    assert event_figures(january)["events"] == 1


def test_an_event_is_counted_once_when_only_its_translation_is_public(localized_site, sections):
    starts_at = datetime.datetime(2026, 1, 15, 17, tzinfo=TIME_ZONE)
    event = EventPageFactory(
        parent=sections.events, starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=2)
    )
    localized_site.translate(sections.events, "sv", title="Evenemang", slug="evenemang")
    localized_site.translate(event, "sv", title="Utvecklingskafé", slug="utvecklingskafe")
    restrict(sections.events)  # the Finnish copy, the earliest, is now private

    assert event_figures(Period.month(2026, 1))["events"] == 1


def test_a_promoted_result_in_a_private_section_is_not_shown(client, sections):
    workshop = EventPageFactory(parent=sections.events, title="Valmistelijoiden työpaja")
    SearchPromotion.objects.create(query=Query.get("sisäinen"), page=workshop, description="Vain valmistelijoille.")
    assert "Vain valmistelijoille." in client.get("/fi/haku/", {"q": "sisäinen"}).content.decode()

    restrict(sections.events)

    assert "Vain valmistelijoille." not in client.get("/fi/haku/", {"q": "sisäinen"}).content.decode()
