"""Tasks that run once a night and queue their own next run: the retention's erasure, the alerts' daily run.

Each run queues the next one when it ends (even when it failed), and `schedule_nightly` after `migrate` starts the
chain when none is waiting. Only on the database task backend: another backend has no stored queue to look in.
"""

import datetime

from django.db import DatabaseError
from django.utils import timezone
from django_tasks import task_backends


def next_night(hour=3):
    now = timezone.localtime()
    tonight = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    return tonight if tonight > now else tonight + datetime.timedelta(days=1)


def schedule_nightly(nightly_task, hour=3, force=False):
    """Queue `nightly_task` for the next `hour` o'clock, unless (without `force`) a run of it is already waiting."""
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(task_backends[nightly_task.backend], DatabaseBackend):
        return None
    waiting = DBTaskResult.objects.filter(status="READY", task_path=nightly_task.module_path)
    try:
        if not force and waiting.exists():
            return None
    except DatabaseError:  # the task table is not migrated yet
        return None
    return nightly_task.using(run_after=next_night(hour)).enqueue()
