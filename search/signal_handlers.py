"""Keeping the search index and the facets' page → term table up to date."""

from contextlib import contextmanager

from django.core.management import call_command
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import Page
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published, page_unpublished, post_page_move

from search.engine import forget_tag_table

REINDEX_PUBLISHED = "search-reindex-published"


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


def auto_updated_models():
    return [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]


@contextmanager
def indexes_built_at_the_end():
    """For bulk loads: the search and reference indexes are built once, in this process, when the block succeeds.

    Otherwise every saved object queues a search-index and a reference-index task: the demo load queues about
    1,900, the worker needs minutes for them, and search finds little until it is done. Enter this outside the
    load's transaction, so that the indexes are built from what was committed.
    """
    models = auto_updated_models()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    page_published.disconnect(dispatch_uid=REINDEX_PUBLISHED)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
        page_published.connect(reindex_published_page, dispatch_uid=REINDEX_PUBLISHED)
    forget_tag_table()
    rebuilt_from = timezone.now()
    call_command("update_index", verbosity=0)
    call_command("rebuild_references_index", verbosity=0)
    drop_spent_index_updates(rebuilt_from)


def drop_spent_index_updates(rebuilt_from):
    """Index updates queued for the worker before a full rebuild are spent: the rebuild read everything committed.
    Their objects may be gone since (the demo replaces Wagtail's welcome page, whose Sámi aliases `migrate` made and
    queued), and the worker would fail on each with a traceback."""
    from django_tasks import task_backends
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(task_backends[insert_or_update_object_task.backend], DatabaseBackend):
        return
    DBTaskResult.objects.filter(
        status="READY", task_path=insert_or_update_object_task.module_path, enqueued_at__lt=rebuilt_from
    ).delete()


def register_signal_handlers():
    page_published.connect(reindex_published_page, dispatch_uid=REINDEX_PUBLISHED)
    page_unpublished.connect(page_changed, dispatch_uid="search-tags-unpublished")
    post_page_move.connect(page_changed, dispatch_uid="search-tags-moved")
    post_delete.connect(page_deleted, dispatch_uid="search-tags-deleted")
    post_save.connect(term_changed, dispatch_uid="search-terms-saved")
    post_delete.connect(term_changed, dispatch_uid="search-terms-deleted")
