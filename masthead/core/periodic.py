"""Jobs the worker runs on a clock (no cron left to the newsroom).

Apps register their jobs in ``AppConfig.ready``::

    periodic.register("newsletters.digests", start_due_digests, every=30)

``manage.py worker`` runs each registered job at most once per ``every``
seconds, in every worker process: jobs must be safe to run concurrently
and repeatedly (idempotent), which each job's docstring promises.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.db import close_old_connections

logger = logging.getLogger(__name__)


@dataclass
class Job:
    name: str
    func: Callable[[], object]
    every: float
    next_run: float = 0.0


jobs: dict[str, Job] = {}


def register(name: str, func: Callable[[], object], *, every: float) -> None:
    jobs[name] = Job(name=name, func=func, every=every)


def run_due(now: float | None = None) -> list[str]:
    """Run every job whose time has come; a failing job does not stop others."""
    now = time.monotonic() if now is None else now
    ran = []
    for job in jobs.values():
        if now < job.next_run:
            continue
        job.next_run = now + job.every
        try:
            close_old_connections()
            job.func()
        except Exception:  # a job's bug must not stop the clock of the rest
            logger.exception("periodic job %s failed", job.name)
        ran.append(job.name)
    return ran
