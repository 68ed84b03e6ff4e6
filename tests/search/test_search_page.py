"""The search page finds pages from inflected and compound-part queries, in the active language only."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import query_log
from tests.factories import StandardPageFactory
from tests.participation.factories import (
    ChannelPageFactory,
    OpenCallIndexPageFactory,
    OpenCallPageFactory,
    TargetGroupFactory,
)


def result_titles(response):
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    first_list = re.search(r"<ol\b.*?</ol>", main, re.S)
    if first_list is None:
        return []
    titles = re.findall(r'<h3 class="search-result__title"><a href="[^"]*">([^<]*)</a>', first_list.group(0))
    return [title.replace("\u00ad", "") for title in titles]  # long words carry soft hyphens (portal/hyphenation.py)


def search(client, query, language="fi", **params):
    response = client.get(f"/{language}/haku/", {"q": query, **params})
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("kokemusasiantuntijan", "Kokemusasiantuntijapankki"),
        ("asiantuntija", "Kokemusasiantuntijapankki"),
        ("kokemusasiantuntijapankkiin", "Kokemusasiantuntijapankki"),
        ("osallistuvaan budjetointiin", "Osallistuva budjetointi"),
        ("lapsi", "Lasten ja nuorten kysely"),
        ("kyselyyn", "Lasten ja nuorten kysely"),
        ("nuoret", "Lasten ja nuorten kysely"),
        ("työpajaan", "Työpaja verkoston jäsenille"),
        ("verkostoon", "Työpaja verkoston jäsenille"),
        ("perhekeskus", "Työpaja verkoston jäsenille"),
    ],
)
def test_inflected_and_compound_part_queries_find_the_page_first(client, search_site, query, title):
    assert result_titles(search(client, query))[:1] == [title]


@pytest.fixture
def sami_pages(search_site):
    """A channel and an open call for Sámi residents, tagged with their target group, among the other pages."""
    from tests.search.conftest import publish

    sami = TargetGroupFactory(name="Saamelaiset", slug="saamelaiset", locale=search_site.experts.locale)
    channel = ChannelPageFactory(
        parent=search_site.experts.get_parent(),
        title="Saamelaisten kehittäjäasiakasryhmä",
        slug="saamelaisten-kehittajaasiakasryhma",
        kind="developer_clients",
        summary="Saamelaiset asiakkaat kehittävät palveluja. Ryhmässä on jäseniä kaikista kolmesta kieliryhmästä.",
        who_can_join="<p>Kolttasaamelaiset, inarinsaamelaiset ja pohjoissaamelaiset ovat tervetulleita. "
        "Lukemista ei tarvita.</p>",
        how_to_join="<p>Yhteistyö rajan yli parantaa saamenkielisten palvelujen saatavuutta.</p>",
    )
    channel.target_groups.set([sami])
    publish(channel)
    call = OpenCallPageFactory(
        parent=OpenCallIndexPageFactory(parent=search_site.site.home),
        title="Saamelaisia kehittäjäasiakkaita kotihoitoon",
        slug="saamelaiset-kehittajaasiakkaat",
        summary="Toivomme hakijoiksi kolttasaamelaisia, inarinsaamelaisia ja pohjoissaamelaisia.",
        who_can_apply="<p>Saamenkielinen asiakas tarvitsee kotihoidossa omaa kieltään.</p>",
    )
    call.target_groups.set([sami])
    publish(call)
    return channel, call


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("saamelaiset", ["Saamelaisten kehittäjäasiakasryhmä", "Saamelaisia kehittäjäasiakkaita kotihoitoon"]),
        ("saamelainen", ["Saamelaisten kehittäjäasiakasryhmä", "Saamelaisia kehittäjäasiakkaita kotihoitoon"]),
        ("saamenkielinen", ["Saamelaisten kehittäjäasiakasryhmä", "Saamelaisia kehittäjäasiakkaita kotihoitoon"]),
        ("saamenkielisille", ["Saamelaisten kehittäjäasiakasryhmä", "Saamelaisia kehittäjäasiakkaita kotihoitoon"]),
        ("kolttasaamelaiset", ["Saamelaisten kehittäjäasiakasryhmä", "Saamelaisia kehittäjäasiakkaita kotihoitoon"]),
        ("kolttasaamelaisille", ["Saamelaisten kehittäjäasiakasryhmä", "Saamelaisia kehittäjäasiakkaita kotihoitoon"]),
    ],
)
def test_sami_residents_find_the_sami_pages_by_inflected_words_and_compounds(client, sami_pages, query, titles):
    assert sorted(result_titles(search(client, query))) == sorted(titles)


def test_the_sami_target_group_is_a_search_facet_that_narrows_the_results(client, sami_pages):
    channel, call = sami_pages

    everything = search(client, "kehittäjäasiakas").context["search"]
    narrowed = search(client, "kehittäjäasiakas", kohderyhma="saamelaiset").context["search"]

    options = {facet.param: {option.value: option.count for option in facet.options} for facet in everything.facets}
    assert options["kohderyhma"]["saamelaiset"] == 2
    assert {page.pk for page in narrowed.results} == {channel.pk, call.pk}


def test_results_show_type_title_link_and_highlighted_snippet(client, search_site):
    html = search(client, "kokemustoimijan").content.decode()

    assert '<p class="search-result__type meta">Osallistumisen kanava</p>' in html
    assert f'<a href="{search_site.experts.url}">Kokemusasiantuntijapankki</a>' in html.replace("\u00ad", "")
    assert "<mark>kokemustoimijan</mark>" in html


def test_only_pages_in_the_active_language_are_found(client, search_site):
    assert result_titles(search(client, "klientrådet", "sv")) == ["Erfarenhetsexperternas bank"]
    assert result_titles(search(client, "kokemusasiantuntijapankki", "sv")) == []
    assert result_titles(search(client, "erfarenhetsexperter", "fi")) == []


def test_facets_count_results_and_filter_with_get_links(client, search_site):
    response = search(client, "tampere")
    outcome = response.context["search"]
    facets = {facet.param: {option.value: option.count for option in facet.options} for facet in outcome.facets}

    assert facets["tyyppi"] == {
        "participation.channelpage": 1,
        "participation.methodpage": 1,
        "participation.eventpage": 1,
    }
    assert facets["kohderyhma"] == {"nuoret": 2, "lapset": 1}
    assert facets["alue"] == {"tampere": 3}
    assert 'href="?q=tampere&amp;kohderyhma=nuoret"' in response.content.decode()

    narrowed = search(client, "tampere", kohderyhma="lapset")
    assert result_titles(narrowed) == ["Lasten ja nuorten kysely"]
    assert 'aria-current="true"' in narrowed.content.decode()

    by_type = search(client, "tampere", tyyppi="participation.eventpage")
    assert result_titles(by_type) == ["Työpaja verkoston jäsenille"]


@pytest.mark.parametrize(
    ("language", "query", "label"),
    [("fi", "kokemustoimijan", "Osallistumisen kanava"), ("sv", "klientrådet", "Kanal för delaktighet")],
)
def test_result_types_are_named_as_residents_say_them(client, search_site, language, query, label):
    html = search(client, query, language).content.decode()

    assert f'<p class="search-result__type meta">{label}</p>' in html


def test_the_type_filter_uses_the_residents_words(client, search_site):
    outcome = search(client, "tampere").context["search"]

    labels = {
        option.value: str(option.label)
        for facet in outcome.facets
        if facet.param == "tyyppi"
        for option in facet.options
    }
    assert labels == {
        "participation.channelpage": "Osallistumisen kanava",
        "participation.methodpage": "Menetelmä",
        "participation.eventpage": "Tapahtuma",
    }


def test_home_and_section_pages_are_left_out(client, search_site):
    home = search_site.site.home
    home.title = "Osallistu ja vaikuta Tampereella"
    home.save_revision().publish()
    sections = search_site.experts.get_parent().specific
    sections.title = "Tampereen osallistumisen kanavat"
    sections.save_revision().publish()
    information = StandardPageFactory(parent=home, title="Osallistuminen Tampereella", slug="osallistuminen")

    response = search(client, "tampere")
    outcome = response.context["search"]

    titles = result_titles(response)
    assert "Osallistuminen Tampereella" in titles
    assert home.title not in titles and sections.title not in titles
    assert outcome.total == 4
    types = {option.value for facet in outcome.facets if facet.param == "tyyppi" for option in facet.options}
    assert "portal.homepage" not in types and "participation.channelindexpage" not in types
    assert '<p class="search-result__type meta">Tietoa</p>' in response.content.decode()
    assert information.live


def test_the_search_page_has_one_search_box(client, search_site):
    html = search(client, "tampere").content.decode()

    assert html.count('type="search"') == 1
    assert html.count('role="search"') == 1
    assert 'aria-labelledby="search-heading"' in html
    assert 'value="tampere"' in html


def test_unknown_facet_values_are_ignored(client, search_site):
    response = search(client, "tampere", tyyppi="auth.user", kohderyhma="<script>", alue="x" * 5000)
    assert len(result_titles(response)) == 3


def test_results_are_paginated(client, localized_site):
    for number in range(23):
        StandardPageFactory(parent=localized_site.home, title=f"Vertaistuki {number}", slug=f"vertaistuki-{number}")

    first = search(client, "vertaistukea")
    assert len(result_titles(first)) == 10
    assert first.context["search"].total == 23
    assert 'href="?q=vertaistukea&amp;page=3"' in first.content.decode()

    third = search(client, "vertaistukea", page="3")
    assert len(result_titles(third)) == 3
    assert '<ol class="search-results" start="21"' in third.content.decode()

    past_the_end = search(client, "vertaistukea", page="999999")
    assert len(result_titles(past_the_end)) == 3


def test_no_results_page_helps_in_the_users_language(client, search_site):
    response = search(client, "olematonsanaxyz")

    assert result_titles(response) == []
    html = response.content.decode()
    assert "search-help" in html
    assert search_site.site.homes["fi"].get_children().live().first().title in html


def test_promoted_pages_are_shown_for_the_query_and_its_base_form(client, search_site):
    promotion = SearchPromotion.objects.create(
        query=Query.get("kokemusasiantuntija"), page=search_site.experts, description="Tilaa puhuja tästä."
    )

    for query in ["kokemusasiantuntija", "Kokemusasiantuntijan"]:
        html = search(client, query).content.decode()
        assert 'class="search-promotions"' in html
        assert "Tilaa puhuja tästä." in html

    swedish = search(client, "kokemusasiantuntija", "sv").content.decode()
    assert search_site.experts_sv.url in swedish  # the promoted page in the active language
    assert promotion.pk


def test_queries_are_logged_for_editors(client, search_site, settings):
    settings.SEARCH_QUERY_LOG_BATCH = 1
    query_log.discard_pending()
    search(client, "Työpajaan")
    search(client, "työpajaan")
    search(client, "työpajaan", page="2")  # paging does not count as a new search

    assert Query.objects.get(query_string="työpajaan").hits == 2


def test_query_hits_are_written_in_batches(client, search_site, settings):
    settings.SEARCH_QUERY_LOG_BATCH = 3
    query_log.discard_pending()
    search(client, "lapsi")
    search(client, "nuori")
    assert not Query.objects.filter(query_string__in=["lapsi", "nuori"]).exists()
    search(client, "lapsi")
    assert Query.objects.get(query_string="lapsi").hits == 2
    assert Query.objects.get(query_string="nuori").hits == 1


def test_the_header_has_a_search_form_on_every_page(client, search_site):
    html = client.get(search_site.experts.url).content.decode()

    assert '<form class="site-search" role="search" method="get" action="/fi/haku/"' in html
    assert '<label class="site-search__label" for="site-search-q">' in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        "'; DROP TABLE wagtailcore_page; --",
        'NEAR(a b) OR "x" AND NOT y*',
        "title:foo {title body} : bar",
        "a\x00b",
        "%",
        "*",
        "x" * 10_000,
        " ".join(["lapsi"] * 500),
        "🙂 ∑ ひらがな",
        "<script>alert(1)</script>",
    ],
)
def test_hostile_overlong_and_malformed_queries_get_a_normal_page(client, search_site, query):
    response = client.get("/fi/haku/", {"q": query, "page": "-1", "tyyppi": "'"})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_repeated_and_odd_parameters_do_not_fail(client, search_site):
    assert client.get("/fi/haku/?q=lapsi&q=nuori&page=1&page=x").status_code == 200
    assert client.get("/fi/haku/?q=lapsi&page=%C2%B2").status_code == 200  # "²": a digit to isdigit(), not to int()
    assert client.get("/fi/haku/?q=%ff%fe").status_code == 200
    assert client.get("/fi/haku/?q=%ED%A0%80%00").status_code == 200
    assert client.post("/fi/haku/", {"q": "lapsi"}).status_code == 405


def test_search_makes_a_bounded_number_of_queries(client, search_site, django_assert_max_num_queries):
    search(client, "tampere")  # warm the caches
    with django_assert_max_num_queries(20):
        search(client, "tampere", kohderyhma="nuoret")


@pytest.mark.parametrize(("language", "written"), [("fi", "10\xa0000"), ("sv", "10\xa0000"), ("en", "10,000")])
def test_a_large_count_is_written_with_the_languages_thousands_separator(language, written):
    from django.utils import translation

    from portal.templatetags.portal_tags import grouped

    with translation.override(language):
        assert grouped(10000) == written
        assert grouped(27) == "27"
