"""``manage.py worker``: run background tasks and the periodic jobs.

With the database task backend (the default) this process takes tasks
from the database; with the RQ backend it is an RQ worker on Redis. In
both, a thread runs the jobs of ``core.periodic`` on their clock. Run as
many workers as the machine allows: tasks are claimed one worker at a
time and periodic jobs are idempotent.
"""

import logging
import sys
import threading
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends

from masthead.core import periodic


def run_periodic_jobs(stop: threading.Event, tick: float) -> None:
    while not stop.is_set():
        periodic.run_due()
        close_old_connections()
        stop.wait(tick)


class Command(BaseCommand):
    help = "Run background tasks (emails, newsletters, webhooks) and periodic jobs."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=0.5,
            help="Seconds to wait for new tasks when the queue is empty.",
        )
        parser.add_argument(
            "--tick",
            type=float,
            default=5.0,
            help="Seconds between looks at the periodic jobs.",
        )
        parser.add_argument(
            "--no-periodic",
            action="store_true",
            help="Only run tasks; another worker runs the periodic jobs.",
        )

    def handle(self, *args, interval, tick, no_periodic, verbosity, **options):
        # Progress of sends and other news of Masthead's own at INFO; each
        # task's start and end (search indexing is a task) only with -v 2.
        levels = {
            "masthead": logging.INFO if verbosity else logging.WARNING,
            "django_tasks": logging.INFO if verbosity > 1 else logging.WARNING,
            "django_tasks_db": logging.INFO if verbosity > 1 else logging.WARNING,
        }
        for name, level in levels.items():
            log = logging.getLogger(name)
            log.setLevel(level)
            if not log.handlers:
                log.addHandler(logging.StreamHandler(sys.stdout))
                log.propagate = False
        stop = threading.Event()
        if not no_periodic:
            threading.Thread(
                target=run_periodic_jobs, args=(stop, tick), daemon=True
            ).start()
        backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
        kind = type(backend).__name__
        worker_id = get_random_string(32)
        try:
            if kind == "DatabaseBackend":
                self.run_database_worker(backend, interval, worker_id)
            elif kind == "RQBackend":
                self.run_rq_worker(backend)
            else:
                # Tasks run where they are enqueued (immediate backend):
                # only the periodic jobs are left to this process.
                self.stdout.write(f"{kind} runs tasks in place; periodic jobs only.")
                while True:
                    time.sleep(3600)
        finally:
            stop.set()

    def run_database_worker(self, backend, interval, worker_id):
        from django_tasks_db.management.commands.db_worker import Worker

        worker = Worker(
            queue_names=["*"],
            interval=interval,
            batch=False,
            backend_name=backend.alias,
            startup_delay=False,
            max_tasks=None,
            worker_id=worker_id,
            excluded_queue_names=[],
        )
        worker.configure_signals()
        worker.run()

    def run_rq_worker(self, backend):
        from django_rq import get_worker
        from django_tasks_rq import Job

        queues = list(backend.queues)
        get_worker(*queues, job_class=Job).work(with_scheduler=False)
