"""The site search page: /fi/haku/?q=… (the same path under every language prefix)."""

from dataclasses import dataclass

from django.template.response import TemplateResponse
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from portal.localization import search_locales
from portal.pagination import requested_page_number
from portal.queries import visible
from search import query_log
from search.engine import run_search, type_label
from search.highlight import snippet


@dataclass
class SearchResult:
    page: Page
    type_label: str
    url: str
    snippet: SafeString
    lang: str = ""  # the page's language when not the search's: a Finnish page found in a Sámi search


@dataclass
class Promotion:
    title: str
    url: str
    description: str


def active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.objects.order_by("pk").first()


def promotions_for(query, groups, locale, request):
    """Editors' picks for the query as typed or for its base forms, in the active language, if public."""
    candidates = {normalise_query_string(query), " ".join(alternatives[0] for alternatives in groups)}
    picks = list(
        SearchPromotion.objects.filter(query__query_string__in=candidates)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    keys = {pick.page.translation_key for pick in picks if pick.page_id}
    translations = visible(Page.objects.filter(translation_key__in=keys, locale=locale)) if keys else []
    pages = {page.translation_key: page for page in translations}
    promotions, seen = [], set()
    for pick in picks:
        if pick.page_id:
            page = pages.get(pick.page.translation_key)
            if page is None or page.pk in seen:
                continue
            seen.add(page.pk)
            url = page.get_url(request)
            if url:
                promotions.append(Promotion(title=page.title, url=url, description=pick.description))
        elif pick.external_link_url:
            promotions.append(
                Promotion(
                    title=pick.external_link_text or pick.external_link_url,
                    url=pick.external_link_url,
                    description=pick.description,
                )
            )
    return promotions


def search_results(request, pages, groups, locale):
    """The results shown. A page in another language than the search's (a Finnish page in a Sámi search) links to
    its alias in the search's language, where there is one, so that the visitor stays in their language."""
    languages = {searched.pk: searched.language_code for searched in search_locales(locale)}
    others = [page.pk for page in pages if page.locale_id != locale.pk]
    aliases = {}
    if others:
        aliases = {
            alias.alias_of_id: alias for alias in visible(Page.objects.filter(alias_of__in=others, locale=locale))
        }
    results = []
    for page in pages:
        language = languages.get(page.locale_id, locale.language_code)
        shown = aliases.get(page.pk, page)
        results.append(
            SearchResult(
                page=page,
                type_label=type_label(type(page)),
                url=shown.get_url(request),
                snippet=snippet(page, groups, language),
                lang=language if language != locale.language_code else "",
            )
        )
    return results


@require_GET
def search(request):
    locale = active_locale()
    outcome = run_search(request, locale) if locale else None
    # The page's own search form is the only one on it: the header's is left out (`hide_site_search`).
    context = {"search": outcome, "search_query": outcome.query if outcome else "", "results": [], "promotions": []}
    context["hide_site_search"] = True
    if outcome is not None and outcome.groups:
        context["results"] = search_results(request, outcome.results, outcome.groups, locale)
        first_view = requested_page_number(request) == 1 and not outcome.selected
        if first_view:  # a new search, not paging or narrowing one
            context["promotions"] = promotions_for(outcome.query, outcome.groups, locale, request)
            # Counted as a search with no results when it found no page and no promoted result.
            query_log.record(outcome.query, no_results=not outcome.total and not context["promotions"])
    return TemplateResponse(request, "search/search.html", context)
