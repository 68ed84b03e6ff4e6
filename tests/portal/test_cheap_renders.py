"""What every page pays for stays small: one cache read per render, robots.txt and the favicon without the
database, a meta description on every page, and a change made by another server process seen at once."""

import re

import pytest
from django.core.cache import cache, caches
from wagtail.models import Page

from portal.versioned import VERSION_KEY
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_time(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def cache_reads(monkeypatch):
    backend = caches["default"]
    keys = []
    for name in ("get", "get_many", "get_or_set", "has_key"):
        original = getattr(backend, name)

        def counted(key, *args, _original=original, **kwargs):
            keys.append(key)
            return _original(key, *args, **kwargs)

        monkeypatch.setattr(backend, name, counted)
    return keys


def test_a_page_render_reads_the_cache_once(client, localized_site, cache_reads, django_assert_max_num_queries):
    page = StandardPageFactory(parent=localized_site.home, title="Tietoa", slug="tietoa", show_in_menus=True)
    assert client.get(page.url).status_code == 200
    cache_reads.clear()

    with django_assert_max_num_queries(0):  # the route, the page and everything around it kept per site version
        response = client.get(page.url)

    assert response.status_code == 200
    assert cache_reads == [VERSION_KEY]


def test_a_change_another_process_made_shows_on_the_next_request(client, localized_site):
    page = StandardPageFactory(parent=localized_site.home, title="Vanha otsikko", slug="sivu", show_in_menus=True)
    assert "Vanha otsikko" in client.get("/fi/").content.decode()

    # As another server process publishes: the database and the shared version change, this process's signals
    # do not run.
    Page.objects.filter(pk=page.pk).update(title="Uusi otsikko")
    cache.incr(VERSION_KEY)

    html = client.get("/fi/").content.decode()
    assert "Uusi otsikko" in html
    assert "Vanha otsikko" not in html


def test_an_emptied_cache_starts_a_new_version(client, localized_site):
    page = StandardPageFactory(parent=localized_site.home, title="Ennen", slug="sivu", show_in_menus=True)
    client.get("/fi/")
    version = cache.get(VERSION_KEY)
    Page.objects.filter(pk=page.pk).update(title="Jälkeen")

    cache.clear()  # a Redis restart: the next version must not be one this process built its chrome at

    assert "Jälkeen" in client.get("/fi/").content.decode()
    assert cache.get(VERSION_KEY) != version


def test_robots_txt_names_the_sitemap_of_the_host_asked_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/robots.txt", HTTP_HOST="osallistu.example.fi")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert "User-agent: *\nDisallow: /admin/\n" in body
    assert "Sitemap: http://osallistu.example.fi/sitemap.xml" in body


def test_the_favicon_is_a_file_served_before_django(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert response["Content-Type"] in {"image/x-icon", "image/vnd.microsoft.icon"}
    assert b"".join(response.streaming_content).startswith(b"\x00\x00\x01\x00")  # an ICO file's header


def meta_description(html):
    found = re.search(r'<meta name="description" content="([^"]*)">', html)
    return found.group(1) if found else None


def test_every_page_has_a_meta_description_the_home_page_its_introduction(client, localized_site):
    page = StandardPageFactory(parent=localized_site.home, slug="sivu", summary="Tietoa osallisuudesta.")
    described = StandardPageFactory(
        parent=localized_site.home, slug="kuvattu", search_description="Hakukoneille kirjoitettu kuvaus."
    )

    assert meta_description(client.get("/fi/").content.decode()) == "Löydä tavat osallistua ja vaikuttaa palveluihin."
    assert meta_description(client.get(page.url).content.decode()) == "Tietoa osallisuudesta."
    assert meta_description(client.get(described.url).content.decode()) == "Hakukoneille kirjoitettu kuvaus."


def test_the_kept_header_marks_each_pages_own_section_and_links_its_own_translations(client, localized_site):
    first = StandardPageFactory(parent=localized_site.home, title="Ensimmäinen", slug="eka", show_in_menus=True)
    second = StandardPageFactory(parent=localized_site.home, title="Toinen", slug="toka", show_in_menus=True)
    localized_site.translate(second, "sv", title="Andra", slug="andra")

    for _ in range(2):  # the second round takes the header from memory
        first_html = client.get(first.url).content.decode()
        second_html = client.get(second.url).content.decode()

        assert first_html.count('<a href="/fi/eka/" aria-current="page">') == 3  # both menus and the breadcrumb
        assert '<a href="/fi/toka/" aria-current' not in first_html
        assert second_html.count('<a href="/fi/toka/" aria-current="page">') == 3
        assert 'href="/sv/andra/" lang="sv"' in second_html
        assert 'href="/sv/andra/"' not in first_html


def test_a_preview_shows_the_draft_not_the_fragments_kept_for_the_live_page(client, localized_site):
    from tests.forms_engine.factories import make_form_page
    from tests.participation.factories import ChannelIndexPageFactory, ChannelPageFactory

    channels = ChannelIndexPageFactory(parent=localized_site.home)
    channel = make_form_page(
        ChannelPageFactory(parent=channels, meeting_rhythm="Kuusi kertaa vuodessa", summary="Elävä tiivistelmä")
    )
    live = client.get(channel.url).content.decode()  # the live page's fragments are now kept
    assert "Kuusi kertaa vuodessa" in live and "Elävä tiivistelmä" in live

    channel.meeting_rhythm = "Joka kuukausi"
    channel.summary = "Luonnoksen tiivistelmä"
    draft = channel.save_revision().as_object()
    field = channel.form_fields.first()
    field.label = "Luonnoksen kysymys"
    draft.form_fields = [field]

    preview = draft.make_preview_request().content.decode()

    assert "Joka kuukausi" in preview and "Luonnoksen tiivistelmä" in preview
    assert "Luonnoksen kysymys" in preview
    assert "Kuusi kertaa vuodessa" in client.get(channel.url).content.decode()  # the live page is unchanged


def test_a_form_field_published_is_asked_from_the_next_render(client, localized_site):
    """The form's fields and class are kept per site version; a publish makes a new one."""
    from forms_engine.models import FormField
    from tests.forms_engine.factories import make_form_page
    from tests.participation.factories import ChannelIndexPageFactory, ChannelPageFactory

    channels = ChannelIndexPageFactory(parent=localized_site.home)
    channel = make_form_page(ChannelPageFactory(parent=channels))
    assert "Mikä kunta?" not in client.get(channel.url).content.decode()  # the form is now kept

    fields = list(channel.form_fields.all())
    fields.append(FormField(clean_name="kunta", label="Mikä kunta?", field_type="singleline", sort_order=99))
    channel.form_fields = fields
    channel.save_revision().publish()

    html = client.get(channel.url).content.decode()
    assert "Mikä kunta?" in html and 'name="kunta"' in html
