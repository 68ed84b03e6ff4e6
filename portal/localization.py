"""The site's languages: the same page in the other languages, and the languages whose pages are not all translated.

A language in `PORTAL_FALLBACK_LANGUAGES` (the Sámi languages) is kept in sync with Finnish by wagtail-localize
(`LocaleSynchronization`, set up by `set_up_languages` on every `migrate`): each Finnish page has an alias in it, at
the language's own address, which shows the Finnish content until a translator translates it. Such a page is
"shown in another language" (`shown_language`): its content is marked with that language's `lang`, a notice says
that it is not translated yet, it claims no `hreflang` of its own and names the original as its canonical address.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.translation import get_language
from wagtail.models import Locale
from wagtail.views import serve as wagtail_serve

from portal import versioned
from portal.chrome import cached_for_site, site_chrome
from portal.models import original_locale


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
    """{language code: (address, whether it is the page in that language)}: an alias shows another language's page."""
    pages = page.get_translations(inclusive=True).live().select_related("locale")
    return {version.locale.language_code: (version.get_url(request), version.alias_of_id is None) for version in pages}


def language_links(request, page=None):
    """Links to this page in every language: the translation when one is live, else that language's home.

    In a language synchronised from Finnish the link goes to the page's alias there (the Finnish content at that
    language's address), which is not a translation: `is_translation` (the page's `hreflang` alternates) is false.
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
        url, is_translation = translations.get(code, (None, False))
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


def shown_language(page):
    """The language of the content `page` shows when it is not the page's own: the original's, for an alias of a page
    in another language (a page not yet translated into a language synchronised from Finnish). None otherwise."""
    original = original_locale(page)
    if not original or original[0] == page.locale_id:
        return None
    return original[1]


def in_own_words(message):
    """(text, language) of an interface message in the active language: its translation there, or the Finnish text
    (Django's fallback) with the language it is really in, for a `lang` attribute."""
    text = translation.gettext(message)
    current = get_language()
    if current == settings.LANGUAGE_CODE or current not in settings.PORTAL_FALLBACK_LANGUAGES:
        return text, current
    with translation.override(settings.LANGUAGE_CODE):
        fallback = translation.gettext(message)
    return text, settings.LANGUAGE_CODE if text == fallback else current


def search_locales(locale):
    """The locales a search in `locale` covers: its own, and Finnish too for a language synchronised from Finnish."""
    if locale.language_code not in settings.PORTAL_FALLBACK_LANGUAGES:
        return [locale]
    source = versioned.memo(
        "default-locale", lambda: Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    )
    return [locale, source] if source is not None else [locale]


def set_up_languages(using="default", **kwargs):
    """A Wagtail locale for every content language, and each fallback language synchronised from the default one.

    Runs after every `migrate` (portal.apps), so that a new install, or a language added to the settings, needs no
    step in the admin. Saving a synchronisation makes wagtail-localize create the aliases of the existing pages.
    """
    from wagtail_localize.models import LocaleSynchronization

    locales = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locales[code], _created = Locale.objects.using(using).get_or_create(language_code=code)
    for code in settings.PORTAL_FALLBACK_LANGUAGES:
        LocaleSynchronization.objects.using(using).get_or_create(
            locale=locales[code], defaults={"sync_from": locales[settings.LANGUAGE_CODE]}
        )
