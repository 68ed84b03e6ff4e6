import datetime
import secrets
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils import dateformat, timezone
from django.utils.formats import number_format
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _
from wagtail.models import Page

from portal import hyphenation, versioned
from portal.chrome import PageLink, site_chrome
from portal.localization import in_own_words, language_links, shown_language

register = template.Library()


@dataclass(frozen=True)
class NavigationItem:
    link: PageLink
    is_current: bool
    contains_current: bool


def _language_chrome(context):
    return site_chrome(context["request"]).get(get_language())


@register.simple_tag(takes_context=True)
def get_language_links(context):
    return language_links(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def get_shown_language(context):
    """The language of the page's content when it is not the page's own (an untranslated page shown in Finnish)."""
    page = context.get("page")
    return shown_language(page) if isinstance(page, Page) else None


@register.inclusion_tag("includes/language_notice.html", takes_context=True)
def language_notice(context, shown=None):
    """In a language not all translated: that an untranslated page is shown in Finnish, or else that parts of the
    interface are, in the language's own words when a translator has given them, otherwise in Finnish."""
    if get_language() not in settings.PORTAL_FALLBACK_LANGUAGES:
        return {"notice": None}
    if shown:
        message = gettext_noop("This page has not been translated into this language yet. It is shown in Finnish.")
    else:
        message = gettext_noop("Parts of this service are still in Finnish.")
    text, lang = in_own_words(message)
    return {"notice": text, "notice_lang": lang}


@register.simple_tag(takes_context=True)
def get_home_page(context):
    """The active language's home page as a link (title and url)."""
    chrome = _language_chrome(context)
    return chrome.home if chrome else None


@register.simple_tag(takes_context=True)
def get_main_navigation(context):
    """The active language's top-level pages that editors have marked to show in menus."""
    chrome = _language_chrome(context)
    if chrome is None:
        return []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return [
        NavigationItem(
            link=link, is_current=link.path == current_path, contains_current=current_path.startswith(link.path)
        )
        for link in chrome.menu
    ]


@register.simple_tag(takes_context=True)
def get_sections(context):
    chrome = _language_chrome(context)
    return chrome.menu if chrome else []


@register.simple_tag(takes_context=True)
def get_accessibility_statement(context):
    chrome = _language_chrome(context)
    return chrome.accessibility_statement if chrome else None


@register.simple_tag(takes_context=True)
def get_organisation(context):
    chrome = _language_chrome(context)
    return chrome.organisation if chrome else None


@register.simple_tag(takes_context=True)
def get_privacy_notice(context):
    chrome = _language_chrome(context)
    return chrome.privacy_notice if chrome else None


@register.simple_tag(takes_context=True)
def get_breadcrumbs(context, page):
    """Links from the language's home page down to the page's parent."""
    if page is None or page.depth <= 2:
        return []
    chrome = _language_chrome(context)
    known = {}
    if chrome is not None:
        known = {link.path: link for link in (chrome.home, *chrome.sections)}
    ancestor_paths = [page.path[: Page.steplen * depth] for depth in range(2, page.depth)]
    crumbs = [known.get(path) for path in ancestor_paths]
    if all(crumbs):
        return crumbs
    ancestors = Page.objects.filter(path__in=ancestor_paths).order_by("depth")
    return [
        PageLink(pk=p.pk, title=p.title, url=p.get_url(context["request"]), path=p.path, depth=p.depth)
        for p in ancestors
    ]


@register.simple_tag
def places_left(page):
    """Confirmed places still free on a form page with a limit (never below 0), or None without a limit."""
    capacity = page.submission_capacity()
    if capacity is None:
        return None
    return max(capacity - page.places_taken(), 0)


@register.filter
def localized(page):
    """The page in the active language when a live translation exists, else the page itself."""
    if page is None:
        return None
    return page.localized


@register.simple_tag(takes_context=True)
def site_version(context):
    """The site version (portal.versioned), for the keys of cached fragments: a change to pages makes new keys.

    A preview shows a draft, which no kept fragment holds: it gets a key of its own that nothing else uses.
    """
    if getattr(context.get("request"), "is_preview", False):
        return f"preview-{secrets.token_hex(8)}"
    return versioned.current()


@register.filter
def grouped(number):
    """A count with the language's thousands separator: 10 000 in Finnish and Swedish, 10,000 in English."""
    return number_format(number, force_grouping=True)


@register.filter
def hyphenate(text):
    """Soft hyphens in the long words of a heading, in the active language (portal/hyphenation.py)."""
    return hyphenation.hyphenate(text, get_language())


@register.filter
def local_date(value):
    """A date as Finnish public services write it in every language: 24.11.2026."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
    return f"{value.day}.{value.month}.{value.year}"


@register.filter
def local_time(value):
    if not value:
        return ""
    value = timezone.localtime(value)
    return f"{value.hour}.{value.minute:02d}"


@register.filter
def local_datetime(value):
    """24.11.2026 klo 9.00 / kl. 9.00 / at 9.00, in Finnish time."""
    if not value:
        return ""
    return _("%(date)s at %(time)s") % {"date": local_date(value), "time": local_time(value)}


@register.filter
def weekday_date(value):
    """A date with its weekday in the active language (Django's "D"): ti 24.11.2026, tis 24.11.2026, Tue 24.11.2026."""
    if not value:
        return ""
    return f"{dateformat.format(timezone.localtime(value), 'D')} {local_date(value)}"


@register.filter
def weekday_datetime(value):
    """ti 24.11.2026 klo 9.00 / tis 24.11.2026 kl. 9.00 / Tue 24.11.2026 at 9.00, in Finnish time."""
    if not value:
        return ""
    return _("%(date)s at %(time)s") % {"date": weekday_date(value), "time": local_time(value)}


@register.simple_tag
def time_span(start, end):
    """An event's time with weekdays: one date with a time range, or two full date-times when it spans days."""
    if not start:
        return ""
    if end and timezone.localtime(start).date() == timezone.localtime(end).date():
        return _("%(date)s at %(start)s–%(end)s") % {
            "date": weekday_date(start),
            "start": local_time(start),
            "end": local_time(end),
        }
    if end:
        return f"{weekday_datetime(start)} – {weekday_datetime(end)}"
    return weekday_datetime(start)


@register.filter
def media_mime_type(media):
    """A video or audio file's type for <source type> ("video/webm"), or "" when not known (portal.blocks)."""
    from portal.blocks import media_type

    return media_type(media) if media else ""
