"""Keeping the search index and the facets' page → term table up to date."""

from django.db.models.signals import post_delete, post_save
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from search.engine import forget_tag_table


def reindex_published_page(sender, instance, **kwargs):
    """Index the page again once publishing has saved its target groups and areas.

    Wagtail indexes a page when it is saved, which for a clusterable page is before its many-to-many relations
    are written; where tasks run at once (tests, `ImmediateBackend`) the analysed text would then lack the names of
    its target groups and areas. As a task, it runs in the worker, not in the editor's request.
    """
    forget_tag_table()
    insert_or_update_object_task.enqueue(instance._meta.app_label, instance._meta.model_name, str(instance.pk))


def page_changed(**kwargs):
    forget_tag_table()


def page_deleted(sender, **kwargs):
    if issubclass(sender, Page):
        forget_tag_table()


def term_changed(sender, **kwargs):
    from participation.models import Area, TargetGroup

    if issubclass(sender, (Area, TargetGroup)):
        forget_tag_table()


def register_signal_handlers():
    page_published.connect(reindex_published_page, dispatch_uid="search-reindex-published")
    page_unpublished.connect(page_changed, dispatch_uid="search-tags-unpublished")
    post_page_move.connect(page_changed, dispatch_uid="search-tags-moved")
    post_delete.connect(page_deleted, dispatch_uid="search-tags-deleted")
    post_save.connect(term_changed, dispatch_uid="search-terms-saved")
    post_delete.connect(term_changed, dispatch_uid="search-terms-deleted")
