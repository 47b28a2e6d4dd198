"""One writer process of ``test_sqlite_concurrency``; also used by the bench.

    python -m masthead.core.tests.sqlite_writer DB {project|plain} N START

Sets Django up as ``manage.py`` does (``masthead.settings``, the database
from ``DATABASE_URL``), waits until the time ``START`` so that every writer
begins together, then runs ``N`` read-then-write transactions on the tables
``counter`` and ``events``. ``plain`` replaces the project's SQLite options
by SQLite's own defaults (rollback journal, deferred transactions, no busy
timeout). Prints one JSON line: transactions done, "database is locked"
errors, the connection's pragmas.
"""

import json
import os
import sys
import time


def pragmas(connection) -> tuple[str, int]:
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        journal_mode = cursor.fetchone()[0]
        cursor.execute("PRAGMA busy_timeout")
        return journal_mode, cursor.fetchone()[0]


def main(path: str, mode: str, count: int, start_at: float) -> dict:
    os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "test-only")
    import django
    from django.conf import settings

    if mode == "plain":
        settings.DATABASES["default"]["OPTIONS"] = {"timeout": 0}
    django.setup()
    from django.db import OperationalError, connection, transaction

    for _ in range(500):  # without a busy timeout, even this can be refused
        try:
            journal_mode, busy_timeout = pragmas(connection)
            break
        except OperationalError:
            connection.close()
            time.sleep(0.01)
    connection.close()  # each writer starts from a fresh connection
    pid = os.getpid()
    time.sleep(max(0.0, start_at - time.time()))
    done = locked = 0
    started = time.perf_counter()
    for number in range(count):
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SELECT value FROM counter WHERE id = 1")
                value = cursor.fetchone()[0]
                cursor.execute(
                    "INSERT INTO events (writer, number, payload) VALUES (%s, %s, %s)",
                    [pid, number, "x" * 200],
                )
                cursor.execute(
                    "UPDATE counter SET value = %s WHERE id = 1", [value + 1]
                )
            done += 1
        except OperationalError as error:
            if "database is locked" not in str(error):
                raise
            locked += 1
    return {
        "done": done,
        "locked": locked,
        "seconds": time.perf_counter() - started,
        "journal_mode": journal_mode,
        "busy_timeout": busy_timeout,
        "transaction_mode": connection.transaction_mode,
    }


if __name__ == "__main__":
    db, mode, n, start = sys.argv[1:5]
    sys.stdout.write(json.dumps(main(db, mode, int(n), float(start))) + "\n")
