"""`manage.py db_worker`: django-tasks-db's command with forms_engine's worker, which survives database restarts
and picks up what a dead worker left (forms_engine.worker). forms_engine comes before django_tasks_db in
INSTALLED_APPS, so this command replaces that one under the same name and options."""

import os

from django.core.management.base import CommandError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

from forms_engine.worker import Worker


class Command(db_worker.Command):
    help = "Run the background worker: sends the emails and runs the other tasks; waits out database restarts."

    def handle(self, *, verbosity, queue_name, interval, batch, backend_name, startup_delay, reload, **options):
        self.configure_logging(verbosity)
        if reload and batch:
            reload = False
        queue_names = queue_name.split(",")
        excluded_queue_names = options["exclude_queues"].split(",") if options["exclude_queues"] else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = Worker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
            excluded_queue_names=excluded_queue_names,
        )
        if reload:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
