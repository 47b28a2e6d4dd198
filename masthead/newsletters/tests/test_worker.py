"""Workers killed with SIGKILL at random points still deliver every email once.

Real processes (``manage.py worker`` on the database task backend), a real
SMTP server (aiosmtpd) and the test database shared with them.
"""

import collections
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from masthead.newsletters import rendering, services
from masthead.newsletters.models import Delivery, Send
from masthead.newsletters.tests.factories import NewsletterFactory, subscribe_many

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[3]
RECIPIENTS = 2000
KILLS = 3
CONNECTIONS = 4  # SMTP connections per worker
DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class CountingHandler:
    """Counts the messages each recipient received, slowly enough to kill."""

    def __init__(self):
        self.received = collections.Counter()

    async def handle_DATA(self, server, session, envelope):
        for rcpt in envelope.rcpt_tos:
            self.received[rcpt] += 1
        return "250 OK"


def database_url() -> str:
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    return "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(**settings)


def start_worker(env: dict, log) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "worker", "--tick", "0.2", "--interval", "0.1"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def wait_until_sent(send: Send, *, seconds: float) -> None:
    """Poll the send (from the test's side) until it is sent or time is up."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        send.refresh_from_db()
        if send.status == Send.Status.SENT:
            return
        time.sleep(0.2)


def sent_count(send: Send) -> int:
    return Delivery.objects.filter(send=send, state=Delivery.State.SENT).count()


def test_workers_killed_three_times_send_each_email_exactly_once(
    settings, smtp_factory, tmp_path
):
    settings.TASKS = DATABASE_BACKEND
    sink = smtp_factory(CountingHandler())
    newsletter = NewsletterFactory()
    subscribe_many(newsletter, RECIPIENTS)
    env = {
        **os.environ,
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "DATABASE_URL": database_url(),
        "MASTHEAD_TASKS_BACKEND": "database",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "DJANGO_EMAIL_HOST": "127.0.0.1",
        "DJANGO_EMAIL_PORT": str(settings.EMAIL_PORT),
        "DJANGO_EMAIL_TIMEOUT": "1",
        "MASTHEAD_NEWSLETTER_LEASE_SECONDS": "5",
        "MASTHEAD_NEWSLETTER_CONNECTIONS": str(CONNECTIONS),
        "MASTHEAD_VAR_DIR": str(tmp_path),
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    log = (tmp_path / "workers.log").open("w")
    workers = [start_worker(env, log) for _ in range(2)]
    email = rendering.RenderedEmail(
        subject="Morning briefing", html="<p>" + "News. " * 300 + "</p>", text="News."
    )
    send = services.start_send(newsletter=newsletter, kind="article", email=email)
    rng = random.Random(20261127)
    kills = []
    try:
        for _ in range(KILLS):
            # Kill at a random moment once some progress was made since the
            # last kill: mid-claim, mid-SMTP, between commits.
            target = sent_count(send) + rng.randint(50, 400)
            deadline = time.monotonic() + 60
            while sent_count(send) < target and time.monotonic() < deadline:
                time.sleep(rng.uniform(0.001, 0.05))
            victim = rng.randrange(len(workers))
            workers[victim].send_signal(signal.SIGKILL)
            workers[victim].wait()
            kills.append(sent_count(send))
            workers[victim] = start_worker(env, log)
        wait_until_sent(send, seconds=120)
    finally:
        for worker in workers:
            worker.kill()
            worker.wait()
        log.close()

    worker_log = (tmp_path / "workers.log").read_text()
    assert send.status == Send.Status.SENT, worker_log[-3000:]
    assert len(kills) == KILLS
    assert all(0 < at < RECIPIENTS for at in kills), kills  # killed mid-send
    assert f"0 remaining of {RECIPIENTS}" in worker_log  # progress on the console
    expected = {f"reader{i}@example.org" for i in range(RECIPIENTS)}
    assert set(sink.received) == expected  # none lost
    repeats = sum(n - 1 for n in sink.received.values())
    # The documented bound: per killed worker, one email per SMTP connection
    # may repeat (the one it had handed to the server), and only one that
    # was attempted twice.
    assert repeats <= KILLS * CONNECTIONS
    repeated = {r for r, n in sink.received.items() if n > 1}
    twice = set(
        Delivery.objects.filter(send=send, attempts__gt=1).values_list(
            "email", flat=True
        )
    )
    assert repeated <= twice
    assert set(Delivery.objects.filter(send=send).values_list("state", flat=True)) == {
        "sent"
    }
    print(f"killed after {kills} sent; {repeats} repeated emails")  # noqa: T201
