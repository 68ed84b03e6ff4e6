"""Page slugs are ASCII, typed in the admin or made from the title, and a translation gets a slug of its own."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from portal.models import StandardPage
from portal.slugs import ascii_slug
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Vertaisryhmä Ähtärissä", "vertaisryhma-ahtarissa"),
        ("Öppna ansökningar för Åbo", "oppna-ansokningar-for-abo"),
        ("Café Søren & Straße", "cafe-soren-strasse"),
        ("Œuvre – Łódź", "oeuvre-lodz"),
        ("🙂", ""),
    ],
)
def test_letters_are_transliterated(text, slug):
    assert ascii_slug(text) == slug


def add_page(admin_client, parent, **fields):
    data = nested_form_data(
        {"summary": "", "plain_summary": "", "body": streamfield([]), "action-publish": "publish", **fields}
    )
    return admin_client.post(f"/admin/pages/add/portal/standardpage/{parent.pk}/", data)


def test_a_page_added_in_the_admin_gets_an_ascii_slug(admin_client, localized_site):
    # As a browser without the admin's script sends it: the slug field would have transliterated it.
    response = add_page(
        admin_client, localized_site.home, title="Vertaisryhmä Ähtärissä", slug="vertaisryhmä-ähtärissä"
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(title="Vertaisryhmä Ähtärissä", alias_of=None)  # not its Sámi aliases
    assert page.slug == "vertaisryhma-ahtarissa"
    assert page.url == "/fi/vertaisryhma-ahtarissa/"


def test_the_admin_slug_field_transliterates_as_editors_type(admin_client, localized_site):
    html = admin_client.get(f"/admin/pages/add/portal/standardpage/{localized_site.home.pk}/").content.decode()

    # The attribute is left out when False: Wagtail's slug controller then transliterates ("ä" → "a").
    assert 'data-controller="w-slug"' in html
    assert "data-w-slug-allow-unicode-value" not in html


def test_a_page_without_a_slug_gets_one_from_its_title(localized_site):
    page = StandardPageFactory(parent=localized_site.home, title="Vertaisryhmä Ähtärissä", slug="")

    assert page.slug == "vertaisryhma-ahtarissa"


def test_a_published_pages_address_is_left_as_it_is(localized_site):
    page = StandardPageFactory(parent=localized_site.home, title="Vanha sivu", slug="vanha-sivu")
    page.save_revision().publish()
    StandardPage.objects.filter(pk=page.pk).update(slug="ähtäri")  # made before slugs were ASCII
    page = StandardPage.objects.get(pk=page.pk)

    page.title = "Vanha sivu, uusi otsikko"
    page.save_revision().publish()

    page.refresh_from_db()
    assert page.slug == "ähtäri"


def translate_with_localize(page, locale, texts, on_commit):
    """Translate `page` as a translator does in wagtail-localize: submit, translate the given segments, publish."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    translation.save_target(publish=False)  # "Translate this page": a draft copy in the source language
    for path, text in texts.items():
        segment = StringSegment.objects.get(source=source, context__path=path)
        StringTranslation.objects.create(
            translation_of=segment.string, locale=locale, context=segment.context, data=text
        )
    with on_commit(execute=True):  # wagtail-localize publishes once the transaction commits
        translation.save_target(publish=True)
    return page.get_translation(locale).specific


@pytest.fixture
def finnish_page(localized_site):
    for code in ("sv", "en"):
        translation = localized_site.homes[code]
        assert translation.locale.language_code == code
    page = StandardPageFactory(parent=localized_site.home, title="Vertaisryhmä Ähtärissä", slug="")
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.slug == "vertaisryhma-ahtarissa"
    return page


def test_a_translation_gets_its_slug_from_its_own_title(
    localized_site, finnish_page, django_capture_on_commit_callbacks
):
    swedish = translate_with_localize(
        finnish_page,
        localized_site.locales["sv"],
        {"title": "Kamratgrupp i Etseri"},
        django_capture_on_commit_callbacks,
    )
    english = translate_with_localize(
        finnish_page,
        localized_site.locales["en"],
        {"title": "Peer group in Ähtäri"},
        django_capture_on_commit_callbacks,
    )

    assert swedish.live and swedish.title == "Kamratgrupp i Etseri"
    assert swedish.slug == "kamratgrupp-i-etseri"
    assert swedish.url == "/sv/kamratgrupp-i-etseri/"
    assert english.slug == "peer-group-in-ahtari"
    finnish_page.refresh_from_db()
    assert finnish_page.slug == "vertaisryhma-ahtarissa"


def test_a_slug_the_translator_translated_is_kept_and_made_ascii(
    localized_site, finnish_page, django_capture_on_commit_callbacks
):
    swedish = translate_with_localize(
        finnish_page,
        localized_site.locales["sv"],
        {"title": "Kamratgrupp i Etseri", "slug": "kamratgrupp-ähtäri"},
        django_capture_on_commit_callbacks,
    )

    assert swedish.slug == "kamratgrupp-ahtari"


def test_a_published_translation_keeps_its_slug_when_its_title_changes(
    localized_site, finnish_page, django_capture_on_commit_callbacks
):
    swedish = translate_with_localize(
        finnish_page,
        localized_site.locales["sv"],
        {"title": "Kamratgrupp i Etseri"},
        django_capture_on_commit_callbacks,
    )

    swedish.title = "Kamratgruppen i Etseri"
    swedish.save_revision().publish()

    swedish.refresh_from_db()
    assert swedish.slug == "kamratgrupp-i-etseri"
