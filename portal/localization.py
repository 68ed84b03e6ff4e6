"""Finding the same page in the other languages of the site."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import get_language
from wagtail.views import serve as wagtail_serve

from portal.chrome import cached_for_site, site_chrome


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    absolute_url: str
    is_current: bool
    is_translation: bool


def _is_wagtail_page_path(path):
    try:
        return resolve(path).func is wagtail_serve
    except Resolver404:
        return True


def _translation_urls(request, page):
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {translation.locale.language_code: translation.get_url(request) for translation in translations}


def language_links(request, page=None):
    """Links to this page in every language: the translation when one is live, else that language's home.

    On views that are not pages (search, status pages) the same address in the other language is used.
    """
    current = get_language()
    chrome = site_chrome(request)
    translations = {}
    if page is not None and page.pk:
        translations = cached_for_site(request, f"translations:{page.pk}", lambda: _translation_urls(request, page))
    other_view = page is None and not _is_wagtail_page_path(request.path)
    links = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        url = translations.get(code)
        is_translation = url is not None
        if url is None and other_view:
            url = translate_url(request.get_full_path(), code)
            is_translation = True
        if url is None:
            url = chrome[code].home.url if code in chrome else f"/{code}/"
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                absolute_url=request.build_absolute_uri(url),
                is_current=code == current,
                is_translation=is_translation,
            )
        )
    return links
