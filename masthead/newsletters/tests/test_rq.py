"""The RQ/Redis task backend: the same send, delivered by ``manage.py worker``
as an RQ worker on a real Redis server."""

import os
import shutil
import subprocess
import sys
import time

import pytest

from conftest import CapturingHandler, free_port
from masthead.newsletters import rendering, services
from masthead.newsletters.models import Send
from masthead.newsletters.tests.factories import NewsletterFactory, subscribe_many
from masthead.newsletters.tests.test_worker import (
    ROOT,
    database_url,
    wait_until_sent,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def redis_url(tmp_path):
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed (Debian package 'redis-server')")
    port = free_port()
    process = subprocess.Popen(
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait()


def test_a_send_on_the_rq_backend_reaches_every_subscriber(
    settings, smtp_factory, redis_url, tmp_path
):
    import django_rq.settings

    sink = smtp_factory(CapturingHandler())
    queues = django_rq.settings.QUEUES
    saved = dict(queues["default"])
    queues["default"].clear()
    queues["default"].update(URL=redis_url)
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}
    }
    newsletter = NewsletterFactory()
    subscribe_many(newsletter, 40)
    env = {
        **os.environ,
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,
        "DATABASE_URL": database_url(),
        "MASTHEAD_TASKS_BACKEND": "rq",
        "MASTHEAD_TASKS_REDIS_URL": redis_url,
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "DJANGO_EMAIL_HOST": "127.0.0.1",
        "DJANGO_EMAIL_PORT": str(settings.EMAIL_PORT),
        "MASTHEAD_VAR_DIR": str(tmp_path),
    }
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "worker", "--no-periodic"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        email = rendering.RenderedEmail(subject="Via Redis", html="<p>h</p>", text="t")
        send = services.start_send(newsletter=newsletter, kind="article", email=email)
        wait_until_sent(send, seconds=60)
    finally:
        worker.terminate()
        worker.wait(10)
        log.close()
        queues["default"].clear()
        queues["default"].update(saved)

    assert send.status == Send.Status.SENT, (tmp_path / "worker.log").read_text()[
        -3000:
    ]
    assert sorted(m["To"] for m in sink.messages) == sorted(
        f"reader{i}@example.org" for i in range(40)
    )
