"""Masthead's WSGI application with two routes of ``sqlite_writes.py`` added.

``POST /bench/write?n=N`` runs one read-then-write transaction (a counter
read and updated, an event inserted) and every fourth one queues a task for
``manage.py worker``; it answers 503 with the error when SQLite refuses.
``GET /bench/pragmas`` shows what this process's connection was set up with.
Everything else is the site (``masthead.wsgi``).
"""

import json
import os
import random
from urllib.parse import parse_qs

from django.db import OperationalError, connection, transaction

from masthead.wsgi import application as site


def write(number: int) -> None:
    from sqlite_bench_tasks import record_write

    row = random.randrange(1, 11)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT value FROM bench_counter WHERE id = %s", [row])
        value = cursor.fetchone()[0]
        cursor.execute(
            "INSERT INTO bench_event (source, number) VALUES ('web', %s)", [number]
        )
        cursor.execute(
            "UPDATE bench_counter SET value = %s WHERE id = %s", [value + 1, row]
        )
    if number % 4 == 0:
        record_write.enqueue(number=number)


def pragmas() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        journal_mode = cursor.fetchone()[0]
        cursor.execute("PRAGMA busy_timeout")
        busy_timeout = cursor.fetchone()[0]
    return {
        "pid": os.getpid(),
        "journal_mode": journal_mode,
        "busy_timeout": busy_timeout,
        "transaction_mode": connection.transaction_mode,
    }


def application(environ, start_response):
    path = environ.get("PATH_INFO", "")
    if path == "/bench/write" and environ["REQUEST_METHOD"] == "POST":
        number = int(parse_qs(environ.get("QUERY_STRING", "")).get("n", ["0"])[0])
        try:
            write(number)
        except OperationalError as error:
            start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
            return [str(error).encode()]
        start_response("204 No Content", [])
        return [b""]
    if path == "/bench/pragmas":
        body = json.dumps(pragmas()).encode()
        start_response("200 OK", [("Content-Type", "application/json")])
        return [body]
    return site(environ, start_response)
