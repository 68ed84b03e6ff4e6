"""The header and footer every page shows, rendered once per site version, language and menu state.

They depend only on the site's pages and settings (portal/chrome.py), the language and which menu item is the
current section, so their HTML is kept in the process per site version (portal/versioned.py) and a page render
only fills in its language switcher, whose links lead to the page's own translations. A header with a search
query in its search box (none is shown today: the search page leaves the header's box out) is rendered each time.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal import versioned
from portal.templatetags.portal_tags import get_main_navigation

register = template.Library()

SWITCHER_MARK = "<!--language-switcher-->"


def _render(context, name, **values):
    with context.push(**values):
        return context.template.engine.get_template(name).render(context)


@register.simple_tag(takes_context=True)
def site_header(context):
    """includes/header.html, from the process's memory but for its language switcher."""
    switcher = _render(context, "includes/language_switcher.html")
    if context.get("search_query") and not context.get("hide_site_search"):
        return mark_safe(_render(context, "includes/header.html", language_switcher=switcher))
    menu_state = tuple((item.is_current, item.contains_current) for item in get_main_navigation(context))
    key = ("header", context["request"].get_host(), get_language(), menu_state, bool(context.get("hide_site_search")))
    html = versioned.memo(
        key, lambda: _render(context, "includes/header.html", language_switcher=mark_safe(SWITCHER_MARK))
    )
    return mark_safe(html.replace(SWITCHER_MARK, switcher, 1))


@register.simple_tag(takes_context=True)
def site_footer(context):
    """includes/footer.html, from the process's memory."""
    key = ("footer", context["request"].get_host(), get_language())
    return mark_safe(versioned.memo(key, lambda: _render(context, "includes/footer.html")))
