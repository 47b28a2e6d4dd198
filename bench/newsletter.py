#!/usr/bin/env python3
"""Newsletter delivery end to end: workers, database, a local SMTP sink.

    .venv/bin/python bench/newsletter.py [--recipients 100000] [--workers 2]

Creates a throw-away SQLite database (or uses DATABASE_URL), subscribes
N generated addresses to one newsletter, renders a real article email,
starts ``manage.py worker`` processes on the database task backend and an
aiosmtpd sink in its own process, then sends. Prints emails per second
from the start of the send to its last recorded delivery, the sink's
count, and the workers' peak memory (VmHWM). Run with two sizes to see
memory stay flat in the number of recipients.
"""

import argparse
import asyncio
import multiprocessing
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_sink(port: int, counter, ready) -> None:
    """An aiosmtpd server that counts what it accepts (its own process)."""
    from aiosmtpd.smtp import SMTP

    class Count:
        async def handle_DATA(self, server, session, envelope):
            with counter.get_lock():
                counter.value += len(envelope.rcpt_tos)
            return "250 OK"

    async def serve():
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(Count(), hostname="sink"), "127.0.0.1", port
        )
        ready.set()
        await server.serve_forever()

    asyncio.run(serve())


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return float("nan")


def blast(port: int, count: int, raw: bytes) -> None:
    """Send ``count`` ready-made emails over one connection (no Django)."""
    import smtplib

    client = smtplib.SMTP("127.0.0.1", port)
    for i in range(count):
        client.sendmail("news@example.org", [f"r{i}@example.org"], raw)
    client.quit()


def sink_ceiling(*, connections: int, count: int, raw: bytes) -> float:
    """Emails per second the sink takes from bare smtplib senders."""
    port = free_port()
    counter, ready = multiprocessing.Value("q", 0), multiprocessing.Event()
    sink = multiprocessing.Process(target=run_sink, args=(port, counter, ready))
    sink.start()
    ready.wait(10)
    senders = [
        multiprocessing.Process(target=blast, args=(port, count // connections, raw))
        for _ in range(connections)
    ]
    started = time.perf_counter()
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join()
    elapsed = time.perf_counter() - started
    sink.terminate()
    return counter.value / elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recipients", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    var = tempfile.mkdtemp(prefix="masthead-newsletter-")
    port = free_port()
    env = {
        **os.environ,
        "MASTHEAD_VAR_DIR": var,
        "DJANGO_SECRET_KEY": "bench-only",
        "DJANGO_SETTINGS_MODULE": "masthead.settings",
        "MASTHEAD_TASKS_BACKEND": "database",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "DJANGO_EMAIL_HOST": "127.0.0.1",
        "DJANGO_EMAIL_PORT": str(port),
        "MASTHEAD_NEWSLETTER_PARALLEL": str(args.workers),
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from masthead.newsletters import services
    from masthead.newsletters.models import Delivery, Newsletter, Send, Subscription

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    newsletter = Newsletter.objects.create(
        name="Morning Briefing", slug="morning", sender_name="Bench Courier"
    )
    started = time.perf_counter()
    now = timezone.now()
    batch = 20_000
    for start in range(0, args.recipients, batch):
        Subscription.objects.bulk_create(
            Subscription(
                newsletter=newsletter,
                email=f"reader{i}@example.org",
                status=Subscription.Status.ACTIVE,
                confirmed_at=now,
            )
            for i in range(start, min(args.recipients, start + batch))
        )
    print(
        f"{args.recipients:,} subscribers written in "
        f"{time.perf_counter() - started:.1f} s"
    )

    counter, ready = multiprocessing.Value("q", 0), multiprocessing.Event()
    sink = multiprocessing.Process(target=run_sink, args=(port, counter, ready))
    sink.start()
    ready.wait(10)
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "worker",
                "--no-periodic",
                "--interval",
                "0.05",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        for _ in range(args.workers)
    ]
    time.sleep(2)  # workers up and idle
    from masthead.news.models import ArticlePage

    article = ArticlePage.objects.live().first()
    t0 = time.perf_counter()
    send = services.start_article_send(newsletter=newsletter, article=article)
    snapshot = time.perf_counter() - t0
    while True:
        send.refresh_from_db()
        if send.status == Send.Status.SENT:
            break
        time.sleep(0.05)
    elapsed = time.perf_counter() - t0
    peaks = [peak_rss_mb(w.pid) for w in workers]
    for worker in workers:
        worker.terminate()
        worker.wait()
    time.sleep(0.3)
    received = counter.value
    sink.terminate()
    sent = Delivery.objects.filter(send=send, state="sent").count()
    size = len(send.html.encode()) + len(send.text.encode())
    print(
        f"recipients: {send.total:,}; sent: {sent:,}; the sink received: {received:,}"
    )
    print(f"email size: {size / 1024:.1f} KiB (HTML + text)")
    print(f"snapshot of the list: {snapshot * 1000:.0f} ms")
    print(
        f"end to end: {elapsed:.1f} s = {sent / elapsed:,.0f} emails/s "
        f"with {args.workers} workers"
    )
    print("worker peak memory (VmHWM): " + ", ".join(f"{p:.0f} MB" for p in peaks))
    # The ceiling of this machine: the same sink fed by bare smtplib senders
    # with the email's bytes ready, no database and no Django.
    from masthead.newsletters.rendering import RenderedEmail

    email = RenderedEmail(subject=send.subject, html=send.html, text=send.text)
    letterhead = services.Letterhead.of(newsletter)
    template = services.MimeTemplate.of(letterhead, email)
    print(f"MIME rendered once per send: {'yes' if template else 'no'}")
    raw = template.raw if template else b""
    for connections in (2, 4):
        rate = sink_ceiling(connections=connections, count=20_000, raw=raw)
        print(f"sink ceiling, {connections} bare senders: {rate:,.0f} emails/s")


if __name__ == "__main__":
    main()
