"""Search in a Sámi language: its own translated pages and the Finnish pages not yet translated into it, each once."""

import re

import pytest
from wagtail_localize.models import TranslationSource

from tests.search.test_search_page import result_titles, search


def results_of(response):
    html = response.content.decode()
    return re.findall(r'<h3 class="search-result__title"><a href="([^"]*)"( lang="[a-z]+")?>', html)


@pytest.mark.parametrize("code", ["se", "smn", "sms"])
def test_finnish_pages_are_found_once_and_link_to_the_page_in_the_visitors_language(client, search_site, code):
    search_site.site.synchronise()

    response = search(client, "kokemusasiantuntijan", code)

    assert result_titles(response) == []  # the titles carry lang="fi": read them with it
    found = results_of(response)
    assert found == [(f"/{code}/{search_site.experts.url.split('/', 2)[2]}", ' lang="fi"')]
    html = response.content.decode()
    assert '<p class="search-result__type meta">Osallistumisen kanava · suomi</p>' in html
    assert '<p class="search-result__snippet" lang="fi">' in html


def test_a_page_translated_into_the_language_is_found_instead_of_its_finnish_original(client, search_site):
    site = search_site.site
    site.synchronise()
    source, _created = TranslationSource.get_or_create_from_instance(search_site.budgeting)
    translated, _created = source.create_or_update_translation(site.locales["se"], fallback=True)
    translated.title, translated.slug = "Oassálastti bušeahttahábmen", "bussehtta"
    translated.save_revision().publish()
    translated.refresh_from_db()

    # The translation keeps the Finnish summary it was made from (fallback=True): one hit, the translation's own.
    found = results_of(search(client, "määrärahoista", "se"))
    assert found == [(translated.url, "")]
    assert results_of(search(client, "bušeahttahábmen", "se")) == [(translated.url, "")]
    # Other languages are as before: Finnish finds the Finnish page only, Swedish nothing of it.
    assert results_of(search(client, "määrärahoista", "fi")) == [(search_site.budgeting.url, "")]
    assert results_of(search(client, "määrärahoista", "sv")) == []


def test_facets_name_the_finnish_terms_in_a_sami_search(client, search_site):
    search_site.site.synchronise()

    html = search(client, "kysely", "smn").content.decode()

    assert "Lapset ja perheet" in html
    assert "Tampere" in html
