import re

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization, TranslationSource

from portal.localization import set_up_languages
from portal.models import StandardPage
from tests.factories import StandardPageFactory
from tests.portal.test_slugs import add_page

pytestmark = pytest.mark.django_db


def test_root_lands_on_finnish_by_default(client, localized_site):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/fi/"


@pytest.mark.parametrize("code", ["sv", "en"])
def test_root_follows_the_browser_language(client, localized_site, code):
    response = client.get("/", headers={"accept-language": f"{code},fi;q=0.5"})

    assert response["Location"] == f"/{code}/"


def test_switcher_and_hreflang_point_to_the_translation(client, localized_site):
    page = StandardPageFactory(parent=localized_site.home, title="Tietoa", slug="tietoa")
    localized_site.translate(page, "sv", title="Om delaktighet", slug="om-delaktighet")

    html = client.get("/fi/tietoa/").content.decode()

    assert '<link rel="alternate" hreflang="sv" href="http://testserver/sv/om-delaktighet/">' in html
    assert '<link rel="alternate" hreflang="fi" href="http://testserver/fi/tietoa/">' in html
    assert 'hreflang="en" href="http://testserver/en/' not in html
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    assert '<a href="/sv/om-delaktighet/" lang="sv" hreflang="sv">Svenska</a>' in switcher
    # No English translation: the switcher goes to the English home page.
    assert '<a href="/en/" lang="en" hreflang="en">English</a>' in switcher
    assert 'href="/fi/tietoa/" lang="fi" hreflang="fi" aria-current="true"' in switcher


def test_interface_text_follows_the_page_language(client, localized_site):
    assert "Siirry pääsisältöön" in client.get("/fi/").content.decode()
    assert "Hoppa till huvudinnehållet" in client.get("/sv/").content.decode()
    assert "Skip to main content" in client.get("/en/").content.decode()


def test_admin_login_is_in_finnish_by_default(client, localized_site):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert 'lang="fi"' in response.content.decode()


SAMI = [("se", "Davvisámegiella"), ("smn", "Anarâškielâ"), ("sms", "Nuõrttsääʹmǩiõll")]
NOT_TRANSLATED = "Tätä sivua ei ole vielä käännetty tälle kielelle. Sivu näytetään suomeksi."


def switcher_of(html):
    switcher = html[html.index('class="language-switcher"') :]
    return switcher[: switcher.index("</nav>")]


def main_of(html):
    return html[html.index("<main") : html.index("</main>")]


@pytest.mark.parametrize(("code", "name"), SAMI)
def test_sami_front_page_shows_the_finnish_one_marked_as_finnish_with_a_notice(client, localized_site, code, name):
    localized_site.synchronise()

    response = client.get(f"/{code}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    assert '<main id="main" tabindex="-1" class="container" lang="fi">' in html
    # The notice is in the language's own words once a translator gives them; until then in Finnish, marked so.
    assert f'<p class="language-notice" lang="fi">{NOT_TRANSLATED}</p>' in main_of(html)
    assert localized_site.home.title in main_of(html)
    assert f'<a href="/{code}/" lang="{code}" hreflang="{code}" aria-current="true">' in switcher_of(html)
    assert f"</span>{name}</a>" in switcher_of(html)


def test_switcher_names_every_language_in_itself_and_every_link_answers(client, localized_site):
    localized_site.synchronise()
    page = StandardPageFactory(parent=localized_site.home, title="Tietoa", slug="tietoa")
    localized_site.translate(page, "sv", title="Om delaktighet", slug="om-delaktighet")
    localized_site.synchronise()

    for start in ["/fi/tietoa/", "/sv/om-delaktighet/", "/en/", "/se/tietoa/", "/smn/tietoa/", "/sms/tietoa/"]:
        switcher = switcher_of(client.get(start).content.decode())
        links = dict(re.findall(r'<a href="([^"]+)" lang="([a-z]+)"', switcher))
        assert sorted(links.values()) == ["en", "fi", "se", "smn", "sms", "sv"], start
        for url, code in links.items():
            response = client.get(url)
            assert response.status_code == 200, (start, url)
            assert f'<html lang="{code}">' in response.content.decode()
    switcher = switcher_of(client.get("/fi/tietoa/").content.decode())
    for code, name in SAMI:
        # The same page in that language: its alias, which shows the Finnish page until it is translated.
        assert f'<a href="/{code}/tietoa/" lang="{code}" hreflang="{code}">{name}</a>' in switcher


def test_untranslated_page_claims_no_hreflang_of_its_own_and_names_the_finnish_page_canonical(client, localized_site):
    page = StandardPageFactory(parent=localized_site.home, title="Tietoa", slug="tietoa", body=[])
    localized_site.synchronise()

    html = client.get("/se/tietoa/").content.decode()

    assert '<link rel="canonical" href="http://testserver/fi/tietoa/">' in html
    assert '<link rel="alternate" hreflang="fi" href="http://testserver/fi/tietoa/">' in html
    assert 'hreflang="se" href="http://testserver/se/' not in html
    assert NOT_TRANSLATED in html
    assert f'<a href="/se/tietoa/" aria-current="page" lang="fi">{page.title}</a>' in html  # the breadcrumb
    # The Finnish page itself does not list the aliases as translations either.
    finnish = client.get("/fi/tietoa/").content.decode()
    assert 'hreflang="se" href="http://testserver/se/tietoa/"' not in finnish.split("</head>")[0]
    assert "language-notice" not in finnish


def test_a_translated_sami_page_is_its_own_and_only_the_interface_notice_shows(client, localized_site):
    page = StandardPageFactory(parent=localized_site.home, title="Tietoa", slug="tietoa")
    localized_site.synchronise()
    # A translator translates the alias with wagtail-localize, which turns it into a page of its own.
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translated, _created = source.create_or_update_translation(localized_site.locales["se"], fallback=True)
    translated.title, translated.slug = "Diehtu", "diehtu"
    translated.save_revision().publish()
    assert translated.alias_of_id is None

    html = client.get("/se/diehtu/").content.decode()

    assert '<main id="main" tabindex="-1" class="container">' in html
    assert '<link rel="alternate" hreflang="se" href="http://testserver/se/diehtu/">' in html
    assert 'rel="canonical"' not in html
    assert NOT_TRANSLATED not in html
    # The interface strings not yet translated are Finnish, and the page says so (in Finnish, marked so).
    assert '<p class="language-notice" lang="fi">Osa tämän palvelun teksteistä on vielä suomeksi.</p>' in html
    assert "Siirry pääsisältöön" in html


@pytest.mark.parametrize("code", ["se", "smn", "sms"])
def test_interface_strings_not_translated_fall_back_to_finnish(code):
    with translation.override(code):
        assert translation.gettext("Skip to main content") == "Siirry pääsisältöön"
        assert translation.ngettext("%(count)d channel", "%(count)d channels", 2) == "%(count)d kanavaa"
        assert translation.get_language_info(code)["name_local"] == dict(settings.LANGUAGES)[code].lower()
        assert not translation.get_language_bidi()


def test_migrate_gives_every_language_its_locale_and_the_sami_ones_their_sync_from_finnish(localized_site):
    LocaleSynchronization.objects.filter(locale__language_code="smn").delete()

    set_up_languages()
    set_up_languages()  # again: nothing changes

    assert {locale.language_code for locale in Locale.objects.all()} >= {code for code, _ in settings.LANGUAGES}
    synced = LocaleSynchronization.objects.select_related("locale", "sync_from")
    assert sorted((sync.locale.language_code, sync.sync_from.language_code) for sync in synced) == [
        ("se", "fi"),
        ("smn", "fi"),
        ("sms", "fi"),
    ]


def test_a_page_an_editor_creates_in_finnish_gets_its_alias_in_each_sami_language(admin_client, localized_site):
    localized_site.synchronise()

    response = add_page(admin_client, localized_site.home, title="Uusi sivu", slug="uusi-sivu")

    assert response.status_code == 302
    page = StandardPage.objects.get(slug="uusi-sivu", locale__language_code="fi")
    aliases = StandardPage.objects.filter(alias_of=page)
    assert sorted(alias.locale.language_code for alias in aliases) == ["se", "smn", "sms"]
    assert all(alias.live for alias in aliases)
