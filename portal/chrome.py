"""The parts every page shows: each language's home page, its sections and the accessibility statement.

They change only when editors publish, move or delete pages or change site settings, so they are built
once per site version and kept in each process's memory until then (portal/versioned.py); a page view then
spends no queries and no cache round trips on the header and footer.
"""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Page, Site

from portal import versioned
from portal.models import AccessibilityStatementPage, SiteSettings
from portal.queries import visible


@dataclass(frozen=True)
class PageLink:
    pk: int
    title: str
    url: str
    path: str
    depth: int
    in_menu: bool = False
    summary: str = ""
    kind: str = ""  # the page's model name, e.g. "eventindexpage": the home page draws its section's icon by it
    lang: str = ""  # the language of its title when not the page's own: an alias of a Finnish page not yet translated


@dataclass(frozen=True)
class Organisation:
    name: str
    email: str
    phone: str
    postal_address: str
    accessibility_feedback_email: str
    name_lang: str = ""  # the language of the name and address when not the page's (the Finnish ones, by default)
    logo_url: str = ""
    logo_width: int = 0
    logo_height: int = 0


@dataclass(frozen=True)
class LanguageChrome:
    locale_id: int
    home: PageLink
    sections: tuple
    accessibility_statement: PageLink | None
    privacy_notice: PageLink | None
    organisation: Organisation

    @property
    def menu(self):
        return [section for section in self.sections if section.in_menu]


def _link(page, request, languages=None, language="", **extra):
    """A link to `page`; `languages` has the languages of the pages aliases show, `language` is the page's own."""
    lang = (languages or {}).get(page.alias_of_id, "") if page.alias_of_id else ""
    if lang == language:
        lang = ""
    return PageLink(
        pk=page.pk, title=page.title, url=page.get_url(request), path=page.path, depth=page.depth, lang=lang, **extra
    )


def _original_languages(pages):
    """{page id: language code} of the pages that `pages` are aliases of."""
    ids = {page.alias_of_id for page in pages if page.alias_of_id}
    if not ids:
        return {}
    return dict(Page.objects.filter(pk__in=ids).values_list("pk", "locale__language_code"))


def _logo(image):
    """The header logo's address and size: an SVG as it is, other images scaled to 96 px high."""
    if image is None:
        return {}
    if image.is_svg():
        return {"logo_url": image.file.url, "logo_width": image.width, "logo_height": image.height}
    rendition = image.get_rendition("height-96")
    return {"logo_url": rendition.url, "logo_width": rendition.width, "logo_height": rendition.height}


def _build(site, request):
    chrome = {}
    site_settings = SiteSettings.for_site(site)
    logo = _logo(site_settings.logo)
    privacy_page = site_settings.privacy_notice_page
    privacy_notices = {}
    if privacy_page is not None:
        translations = visible(Page.objects.filter(translation_key=privacy_page.translation_key))
        privacy_notices = {page.locale_id: page for page in translations}
    homes = visible(Page.objects.filter(translation_key=site.root_page.translation_key)).select_related("locale")
    for home in homes:
        code = home.locale.language_code
        own_name = code == settings.LANGUAGE_CODE or getattr(site_settings, f"organisation_name_{code}", "")
        organisation = Organisation(
            name=site_settings.in_language("organisation_name", code),
            name_lang="" if own_name else settings.LANGUAGE_CODE,
            email=site_settings.contact_email,
            phone=site_settings.contact_phone,
            postal_address=site_settings.in_language("postal_address", code),
            accessibility_feedback_email=site_settings.accessibility_feedback_email,
            **logo,
        )
        sections = visible(home.get_children()).specific().order_by("path")
        languages = _original_languages([home, *sections, *privacy_notices.values()])
        statement = next((page for page in sections if isinstance(page, AccessibilityStatementPage)), None)
        chrome[code] = LanguageChrome(
            locale_id=home.locale_id,
            home=_link(home, request, languages, code),
            sections=tuple(
                _link(
                    page,
                    request,
                    languages,
                    code,
                    in_menu=page.show_in_menus,
                    summary=getattr(page, "summary", ""),
                    kind=page._meta.model_name,
                )
                for page in sections
            ),
            accessibility_statement=_link(statement, request, languages, code) if statement else None,
            privacy_notice=_link(privacy_notices[home.locale_id], request, languages, code)
            if home.locale_id in privacy_notices
            else None,
            organisation=organisation,
        )
    return chrome


def site_chrome(request):
    """Each language's chrome, keyed by language code; cached on the request and in the cache."""
    if hasattr(request, "_site_chrome"):
        return request._site_chrome
    site = Site.find_for_request(request)
    chrome = cached_for_site(request, "chrome", lambda: _build(site, request)) if site is not None else {}
    request._site_chrome = chrome
    return chrome


def cached_for_site(request, name, build):
    """`build()` for this host, kept until the site's pages or settings next change."""
    return versioned.memo((name, request.get_host()), build)
