"""Building the demo site: pages in the source language and their translations, idempotently.

Data modules (`portal/demo_data.py`, `participation/demo_data.py`) hold the texts as {"fi": …, "sv": …, "en": …}
dictionaries. Each app adds its part through the `load_demo_content` Wagtail hook, which receives a
`DemoLoader`.
"""

from django.conf import settings
from django.utils.html import escape
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText


def source_language():
    return settings.LANGUAGE_CODE


def paragraphs_html(paragraphs, code):
    """Paragraph dictionaries (and {"heading": …} items) as rich-text HTML in one language."""
    parts = []
    for item in paragraphs:
        if "heading" in item:
            parts.append(f"<h3>{escape(item['heading'][code])}</h3>")
        else:
            parts.append(f"<p>{escape(item[code])}</p>")
    return "".join(parts)


def body_stream(paragraphs, code, video=None):
    """Paragraph dictionaries as StreamField data for `portal.blocks.BodyBlock`, after a video block's value if
    one is given."""
    stream = [("video", video)] if video else []
    for item in paragraphs:
        if "heading" in item:
            stream.append(("heading", {"text": item["heading"][code], "level": "h2"}))
        else:
            stream.append(("paragraph", RichText(f"<p>{escape(item[code])}</p>")))
    return stream


class DemoLoader:
    """Creates or updates pages in every fully translated content language, linked as translations of the source
    page. The languages synchronised from Finnish (`PORTAL_FALLBACK_LANGUAGES`) get aliases of the Finnish pages
    from wagtail-localize instead (`load_demo_content` synchronises them at the end)."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.locales = {}
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            if code not in settings.PORTAL_FALLBACK_LANGUAGES:
                self.locales[code], _created = Locale.objects.get_or_create(language_code=code)
        self.source = source_language()
        self.home = None

    @property
    def language_codes(self):
        return list(self.locales)

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def upsert_page(self, parent, model, slug, fields_for, slugs=None):
        """Create or update a page under `parent` (a source-language page) and its translations.

        `fields_for(code)` returns the field values in one language; `slugs` maps other languages to their
        slugs. Returns the pages keyed by language code.
        """
        pages = {}
        source_page = None
        for code in [self.source] + [c for c in self.language_codes if c != self.source]:
            locale = self.locales[code]
            if source_page is None:
                parent_here = parent
                page = model.objects.child_of(parent).filter(slug=slug).first()
                slug_here = slug
            else:
                parent_here = parent.get_translation(locale)
                page = model.objects.filter(translation_key=source_page.translation_key, locale=locale).first()
                slug_here = (slugs or {}).get(code, slug)
            fields = fields_for(code)
            if page is None:
                page = model(slug=slug_here, locale=locale, **fields)
                if source_page is not None:
                    page.translation_key = source_page.translation_key
                parent_here.add_child(instance=page)
            else:
                for name, value in fields.items():
                    setattr(page, name, value)
            page.save_revision().publish()
            pages[code] = page
            if source_page is None:
                source_page = page
        return pages

    def upsert_home(self, model, fields_for):
        """The home page of each language as root-level siblings; the source one becomes the site root."""
        root = Page.get_first_root_node()
        pages = {}
        source_home = None
        for code in [self.source] + [c for c in self.language_codes if c != self.source]:
            locale = self.locales[code]
            if source_home is None:
                page = model.objects.filter(locale=locale, depth=2).first()
            else:
                page = model.objects.filter(translation_key=source_home.translation_key, locale=locale).first()
            fields = fields_for(code)
            if page is None:
                page = model(slug=f"home-{code}", locale=locale, **fields)
                if source_home is not None:
                    page.translation_key = source_home.translation_key
                root.add_child(instance=page)
            else:
                for name, value in fields.items():
                    setattr(page, name, value)
            page.save_revision().publish()
            pages[code] = page
            if source_home is None:
                source_home = page
        self._make_site_root(source_home)
        self.home = source_home
        return pages

    def _make_site_root(self, home):
        site = Site.objects.filter(is_default_site=True).first() or Site(hostname="localhost", port=80)
        previous_root_id = site.root_page_id
        site.root_page = home
        site.is_default_site = True
        site.site_name = site.site_name or home.title
        site.save()
        if previous_root_id and previous_root_id != home.pk:
            # Wagtail's own "Welcome to your new Wagtail site!" page is replaced by the portal's home page.
            welcome = Page.objects.filter(pk=previous_root_id, content_type__model="page").first()
            if welcome is not None:
                welcome.aliases.all().delete()  # made by the synchronised languages; deleting it would keep them
                welcome.delete()
