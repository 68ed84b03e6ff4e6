"""The site's shell on every page: the phone menu, the title pattern, the logo and favicon, the footer per language,
and the call to action that leads to a page's form."""

import datetime
import re

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from forms_engine.models import Place, Submission
from portal.models import SiteSettings
from tests.factories import StandardPageFactory
from tests.forms_engine.factories import make_form_page
from tests.participation.factories import (
    ChannelIndexPageFactory,
    ChannelPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FeedbackFormPageFactory,
    MethodLibraryPageFactory,
    MethodPageFactory,
    OpenCallIndexPageFactory,
    OpenCallPageFactory,
)


def head(html):
    return html[: html.index("</head>")]


def test_phone_menu_is_a_details_element_with_the_search_and_every_menu_link(client, localized_site):
    StandardPageFactory(parent=localized_site.home, title="Tietoa", slug="tietoa", show_in_menus=True)
    OpenCallIndexPageFactory(parent=localized_site.home)

    html = client.get("/fi/").content.decode()

    menu = html[html.index('<details class="site-menu">') : html.index("</details>")]
    assert re.search(r"<summary[^>]*>.*Valikko</summary>", menu, re.S)
    # Opening it needs no script: the links and the search form are in the markup inside <details>.
    assert 'href="/fi/tietoa/"' in menu and 'href="/fi/avoimet-haut/"' in menu
    assert '<form class="site-search" role="search"' in menu and 'id="site-menu-q"' in menu
    # The wide screens' search keeps its own id, so the two labels each name one box.
    assert html.count('id="site-search-q"') == 1 and html.count('id="site-menu-q"') == 1


def test_phone_menu_is_named_in_swedish(client, localized_site):
    html = client.get("/sv/").content.decode()
    assert re.search(r"<summary[^>]*>.*Meny</summary>", html, re.S)


def test_title_is_page_then_site_and_the_home_page_does_not_repeat_it(client, localized_site):
    StandardPageFactory(parent=localized_site.home, title="Tietoa", slug="tietoa")
    home_title = localized_site.home.title

    assert f"<title>{home_title}</title>" in client.get("/fi/").content.decode()
    assert f"<title>Tietoa – {home_title}</title>" in client.get("/fi/tietoa/").content.decode()
    assert "<title>Delta och påverka</title>" in client.get("/sv/").content.decode()


def test_favicon_is_linked_in_the_head_and_is_the_sites_own_svg(client, localized_site):
    html = client.get("/fi/").content.decode()

    assert re.search(r'<link rel="icon" href="[^"]*portal/favicon\.svg" type="image/svg\+xml">', head(html))
    with open(finders.find("portal/favicon.svg")) as svg:
        assert svg.read().startswith("<svg")


def test_header_shows_the_logo_with_the_organisation_name_as_its_alternative(
    client, localized_site, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    site_settings = SiteSettings.for_site(localized_site.site)
    site_settings.organisation_name = "Pirkanmaan hyvinvointialue"
    site_settings.organisation_name_sv = "Birkalands välfärdsområde"
    site_settings.logo = Image.objects.create(title="Logo", file=get_test_image_file(size=(400, 200)))
    site_settings.save()

    fi = client.get("/fi/").content.decode()
    sv = client.get("/sv/").content.decode()
    en = client.get("/en/").content.decode()

    assert re.search(
        r'<img class="site-header__logo" src="[^"]+" width="192" height="96" alt="Pirkanmaan hyvinvointialue">', fi
    )
    assert 'alt="Birkalands välfärdsområde"' in sv
    assert 'alt="Pirkanmaan hyvinvointialue"' in en  # no English name given: the Finnish one


def test_header_without_a_logo_names_the_organisation_in_text(client, localized_site):
    site_settings = SiteSettings.for_site(localized_site.site)
    site_settings.organisation_name = "Pirkanmaan hyvinvointialue"
    site_settings.save()

    html = client.get("/fi/").content.decode()

    assert "<img" not in html[html.index("<header") : html.index("</header>")]
    assert '<span class="site-header__organisation">Pirkanmaan hyvinvointialue</span>' in html


def test_footer_gives_the_postal_address_in_each_language(client, localized_site):
    site_settings = SiteSettings.for_site(localized_site.site)
    site_settings.postal_address = "PL 000, 33101 Tampere"
    site_settings.postal_address_sv = "PB 000, 33101 Tammerfors"
    site_settings.save()

    def footer(code):
        html = client.get(f"/{code}/").content.decode()
        return html[html.index('<footer class="site-footer">') :]

    assert "PL 000, 33101 Tampere" in footer("fi")
    assert "PB 000, 33101 Tammerfors" in footer("sv") and "Tampere" not in footer("sv")
    assert "PL 000, 33101 Tampere" in footer("en")  # no English address given: the Finnish one

    site_settings.postal_address_en = "PO Box 000, FI-33101 Tampere"
    site_settings.save()
    assert "PO Box 000, FI-33101 Tampere" in footer("en")


def cta(html):
    match = re.search(r'<p class="cta[^"]*">.*?</p>', html, re.S)
    return match.group(0) if match else ""


def test_open_call_leads_to_its_form_with_the_closing_time(client, localized_site):
    closes = timezone.make_aware(datetime.datetime(2030, 3, 5, 16, 0))  # a Tuesday
    call = make_form_page(
        OpenCallPageFactory(parent=OpenCallIndexPageFactory(parent=localized_site.home), closes_at=closes)
    )

    html = client.get(call.url).content.decode()

    assert '<a class="button-link" href="#lomake">Hae mukaan</a>' in cta(html)
    assert "Haku päättyy ti 5.3.2030 klo 16.00." in cta(html)
    assert '<section class="page-form" id="lomake"' in html
    assert html.index('class="cta"') < html.index('id="lomake"')


def test_closed_open_call_says_so_instead_of_a_button(client, localized_site):
    call = make_form_page(
        OpenCallPageFactory(
            parent=OpenCallIndexPageFactory(parent=localized_site.home),
            opens_at=timezone.now() - datetime.timedelta(days=20),
            closes_at=timezone.now() - datetime.timedelta(days=1),
        )
    )

    html = client.get(call.url).content.decode()

    assert "#lomake" not in cta(html)
    assert 'class="cta cta--closed"' in cta(html)
    assert "Haku on päättynyt, joten hakemuksia ei enää oteta vastaan." in cta(html)
    assert 'class="status status--closed"' in html


def test_event_tells_places_left_and_when_full_offers_the_waiting_list(client, localized_site):
    event = make_form_page(EventPageFactory(parent=EventIndexPageFactory(parent=localized_site.home), capacity=2))

    html = client.get(event.url).content.decode()
    assert '<a class="button-link" href="#lomake">Ilmoittaudu</a>' in cta(html)
    assert "2 paikkaa jäljellä" in cta(html)

    for number in (1, 2):
        Submission.objects.create(
            page=event,
            form_data={},
            reference=f"OV-2030-{number:06d}",
            language="fi",
            due_date=datetime.date(2030, 12, 1),
            retain_until=datetime.date(2031, 1, 1),
            consent_text="Suostun.",
            consent_at=timezone.now(),
            place=Place.CONFIRMED,
        )
    html = client.get(event.url).content.decode()
    assert '<a class="button-link" href="#lomake">Ilmoittaudu varasijalle</a>' in cta(html)
    assert "Kaikki paikat on varattu." in cta(html)


def test_event_time_has_its_weekday_in_each_language(client, localized_site):
    starts = timezone.make_aware(datetime.datetime(2030, 3, 5, 17, 0))  # a Tuesday
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=localized_site.home),
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
    )
    sv = localized_site.translate(event.get_parent().specific, "sv", slug="evenemang")
    sv_event = localized_site.translate(event, "sv", slug="kafe")

    assert "ti 5.3.2030 klo 17.00–19.00" in client.get(event.url).content.decode()
    assert "tis 5.3.2030 kl. 17.00–19.00" in client.get(sv_event.url).content.decode()
    assert sv is not None


def test_channel_and_method_with_a_form_name_their_action(client, localized_site):
    channel = make_form_page(ChannelPageFactory(parent=ChannelIndexPageFactory(parent=localized_site.home)))
    method = make_form_page(MethodPageFactory(parent=MethodLibraryPageFactory(parent=localized_site.home)))
    labelled = make_form_page(
        ChannelPageFactory(parent=channel.get_parent(), title="Toinen"), submit_label="Kysy raadilta"
    )

    assert '<a class="button-link" href="#lomake">Ota yhteyttä</a>' in cta(client.get(channel.url).content.decode())
    assert '<a class="button-link" href="#lomake">Pyydä suunnitteluapua</a>' in cta(
        client.get(method.url).content.decode()
    )
    assert '<a class="button-link" href="#lomake">Kysy raadilta</a>' in cta(client.get(labelled.url).content.decode())
    plain = make_form_page(ChannelPageFactory(parent=channel.get_parent(), title="Kolmas"), submit_label="Lähetä")
    assert '<a class="button-link" href="#lomake">Ota yhteyttä</a>' in cta(client.get(plain.url).content.decode())


def test_feedback_page_leads_to_its_form(client, localized_site):
    feedback = make_form_page(FeedbackFormPageFactory(parent=localized_site.home))

    assert '<a class="button-link" href="#lomake">Anna palautetta</a>' in cta(client.get(feedback.url).content.decode())


def test_page_without_a_form_has_no_call_to_action(client, localized_site):
    channel = ChannelPageFactory(parent=ChannelIndexPageFactory(parent=localized_site.home))
    html = client.get(channel.url).content.decode()
    assert 'class="cta' not in html and "#lomake" not in html


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_listing_filters_fold_below_the_count(client, localized_site, code):
    index = OpenCallIndexPageFactory(parent=localized_site.home)
    page = index if code == "fi" else localized_site.translate(index, code, slug="lediga")
    OpenCallPageFactory(parent=index)

    html = client.get(page.url).content.decode()

    summary = "Rajaa tuloksia" if code == "fi" else "Avgränsa resultaten"
    assert html.index('class="result-count"') < html.index('<details class="fold">') < html.index('class="filters"')
    assert f'<summary class="fold__summary">{summary}</summary>' in html
