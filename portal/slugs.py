"""ASCII slugs for pages: "Vertaisryhmä Ähtärissä" → "vertaisryhma-ahtarissa", in every language.

An address with "ä" shows as "%C3%A4" when it is copied, read aloud or printed, so a page's slug is made of
a–z, 0–9 and hyphens. The admin's own slug field does the same as editors type (`WAGTAIL_ALLOW_UNICODE_SLUGS =
False`); this is the server's side of it, for slugs typed or pasted past the field and for translations.
"""

from django.utils.text import slugify
from wagtail.coreutils import find_available_slug

# Letters that Unicode normalisation does not take apart into a base letter and a mark (ä = a + ¨, å = a + ˚ are
# taken apart); the rest of Wagtail's own transliteration map does not occur in Finnish, Swedish or English.
LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe", "đ": "d",
                         "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ł": "l", "Ł": "l"})  # fmt: skip


def ascii_slug(text):
    """`text` as a slug of ASCII letters, digits and hyphens ("" if nothing of it is left)."""
    return slugify(str(text).translate(LETTERS))


def clean_page_slug(page):
    """Make an unpublished page's slug ASCII, and a translation's slug its own.

    A translation made with wagtail-localize starts with the slug of the page it was translated from; until it is
    first published and as long as its slug is still that page's, the slug follows its own translated title
    ("Kokemusasiantuntijat" → sv "Erfarenhetsexperter" → `erfarenhetsexperter`). Once a page has been published its
    address is left as it is: links to it may be out there.
    """
    if page.first_published_at is not None or page.alias_of_id or not page.slug:
        return
    slug = ascii_slug(page.slug) or page.slug
    if page.pk and page.depth and page.depth > 1:
        others = page.__class__.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
        borrowed = others.filter(slug__in={page.slug, slug}).exclude(title=page.title).exists()
        own = ascii_slug(page.title)
        if borrowed and own and own != slug:
            slug = find_available_slug(page.get_parent(), own, ignore_page_id=page.pk)
    page.slug = slug
