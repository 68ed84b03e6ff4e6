"""What pages show has changed: each such change makes a new site version (`portal.versioned`), so every process
builds the header and footer, the private sections and the listings' filters anew and serves no cached page of
the old version (`portal.page_cache`).

Changes that count: pages (saved, published, unpublished, moved, renamed, deleted), privacy restrictions, sites,
settings, snippets (the taxonomies among them), images, documents (caption files among them), video and audio
(wagtailmedia), redirects and locales. Other apps connect what else their pages show to `site_changed`
(forms_engine: submissions, for an event's places left).
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.pages import COMMENTS_RELATION_NAME
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models
from wagtailmedia.models import AbstractMedia

from portal import versioned

SHOWN_ON_PAGES = (Page, PageViewRestriction, Site, Redirect, AbstractImage, AbstractDocument, AbstractMedia, Locale)
# What Wagtail's `save_revision` writes on the page row when an editor saves a draft: nothing visitors see.
DRAFT_BOOKKEEPING = frozenset(
    {COMMENTS_RELATION_NAME, "latest_revision_created_at", "draft_title", "latest_revision", "has_unpublished_changes"}
)


def site_changed(**kwargs):
    """A new version now (this process's next request sees it) and again when the transaction commits, so that a
    page another process renders in between, from data not yet committed, is not kept."""
    versioned.invalidate()
    transaction.on_commit(versioned.invalidate)


def shown_on_pages(instance, created):
    if isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        return not created  # settings are created empty on first read, while a page renders: nothing changed then
    return isinstance(instance, SHOWN_ON_PAGES) or type(instance) in get_snippet_models()


@receiver(post_save, dispatch_uid="portal-invalidation-saved")
@receiver(post_delete, dispatch_uid="portal-invalidation-deleted")
def saved_or_deleted(sender, instance=None, created=False, update_fields=None, **kwargs):
    if isinstance(instance, Page) and update_fields and DRAFT_BOOKKEEPING.issuperset(update_fields):
        return  # a draft saved
    if shown_on_pages(instance, created):
        site_changed()


@receiver(page_published, dispatch_uid="portal-invalidation-published")
@receiver(page_unpublished, dispatch_uid="portal-invalidation-unpublished")
@receiver(page_slug_changed, dispatch_uid="portal-invalidation-slug-changed")
@receiver(post_page_move, dispatch_uid="portal-invalidation-moved")
def page_changed(sender, **kwargs):
    site_changed()
