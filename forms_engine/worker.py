"""The background task worker: django-tasks-db's worker that outlives database restarts and dead workers.

django-tasks-db's own loop tolerates only "database is locked"; a restarted database server ("the connection is
closed") stopped it for good. This one closes its connections, waits (0.5 s, doubling up to 30 s) and goes on.
On start and every minute it also sweeps what a worker that died left behind: tasks still "running" past the
lease are marked failed, and every unsent email gets a task again (`notifications.recover_unsent`).
"""

import logging
import random
import time
from contextlib import suppress

from django.db import DatabaseError, close_old_connections, connections
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

from forms_engine import notifications

logger = logging.getLogger("django_tasks_db")


class WorkerStopped(Exception):
    """Recorded on a task that was still "running" when its lease ran out: the worker running it had stopped."""


def fail_abandoned_tasks(backend_name):
    """Mark failed the tasks "running" for longer than the lease: their worker died. Returns how many."""
    now = timezone.now()
    lease = notifications.send_lease()
    failed = (
        DBTaskResult.objects.running()
        .filter(backend_name=backend_name, started_at__lt=now - lease)
        .update(
            status=TaskResultStatus.FAILED,
            finished_at=now,
            exception_class_path=f"{WorkerStopped.__module__}.{WorkerStopped.__qualname__}",
            traceback=f"The worker running this task stopped: no result {lease.total_seconds():.0f} s after its start.",
        )
    )
    if failed:
        logger.warning("Marked %s tasks failed: their worker stopped while running them.", failed)
    return failed


class Worker(db_worker.Worker):
    sweep_interval = 60
    first_backoff = 0.5
    max_backoff = 30

    def sweep(self):
        fail_abandoned_tasks(self.backend_name)
        notifications.recover_unsent()

    def claim_next(self):
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            tasks = tasks.exclude(queue_name__in=self.excluded_queue_names)
        with exclusive_transaction(tasks.db):
            task_result = tasks.get_locked()
            if task_result is not None:
                task_result.claim(self.worker_id)
        return task_result

    def wait_for_database(self, error, backoff):
        backoff = self.first_backoff if backoff is None else min(backoff * 2, self.max_backoff)
        logger.warning("Database unavailable (%s: %s); trying again in %s s.", type(error).__name__, error, backoff)
        for connection in connections.all(initialized_only=True):
            with suppress(DatabaseError):
                connection.close()
        time.sleep(backoff)
        return backoff

    def run(self):
        logger.info("Starting worker worker_id=%s queues=%s", self.worker_id, ",".join(self.queue_names))
        if self.startup_delay and self.interval:
            time.sleep(random.random())  # noqa: S311 - spreads the start of several workers
        backoff = None
        next_sweep = 0.0
        while self.running:
            try:
                close_old_connections()
                if time.monotonic() >= next_sweep:
                    self.sweep()
                    next_sweep = time.monotonic() + self.sweep_interval
                task_result = self.claim_next()
                if task_result is not None:
                    # A database error while recording the result leaves the task "running": the lease takes it.
                    self.run_task(task_result)
            except notifications.DATABASE_ERRORS as error:
                backoff = self.wait_for_database(error, backoff)
                continue
            if backoff is not None:
                logger.warning("Database available again; worker_id=%s goes on.", self.worker_id)
                backoff = None
            if task_result is None and self.batch:
                logger.info("No more tasks to run for worker_id=%s - exiting gracefully.", self.worker_id)
                return
            if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                logger.info(
                    "Run maximum tasks (%d) on worker=%s - exiting gracefully.", self._run_tasks, self.worker_id
                )
                return
            close_old_connections()
            if self.running and task_result is None:
                time.sleep(self.interval)
