"""A bulk load builds the search index once at its end (`search.signal_handlers.indexes_built_at_the_end`): the
index updates queued for the worker before it are spent, and dropped, so that the worker does not fail on pages
deleted since (the demo replaces Wagtail's welcome page, whose aliases `migrate` queued)."""

import pytest
from django.test import override_settings
from django_tasks_db.models import DBTaskResult
from modelsearch.tasks import insert_or_update_object_task
from wagtail.search.models import IndexEntry

from search.signal_handlers import indexes_built_at_the_end
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def queued_index_updates():
    return DBTaskResult.objects.filter(status="READY", task_path=insert_or_update_object_task.module_path)


def test_a_rebuild_drops_the_index_updates_queued_before_it(localized_site):
    with override_settings(TASKS=DATABASE_TASKS):
        kept = StandardPageFactory(parent=localized_site.home, title="Osallistuva budjetointi")
        StandardPageFactory(parent=localized_site.home, title="Poistettava sivu").delete()
        assert queued_index_updates().count() >= 2

        with indexes_built_at_the_end():
            pass

        assert not queued_index_updates().exists()
    assert IndexEntry.objects.filter(object_id=str(kept.pk)).exists()
