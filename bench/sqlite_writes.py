#!/usr/bin/env python
"""SQLite under concurrent writes: 4 web and 2 worker processes on one file.

    .venv/bin/python bench/sqlite_writes.py [--writes 20000] [--seconds 60]

Migrates a fresh SQLite database in a temporary folder, then, once with the
project's settings (WAL, ``BEGIN IMMEDIATE``, a 20 s busy timeout) and once
with SQLite's defaults (rollback journal, deferred transactions, no busy
timeout), starts

- granian with 4 worker processes serving the site plus the two routes of
  ``bench/sqlite_app.py`` (a read-then-write transaction, a pragma report);
- 2 ``manage.py worker`` processes on the database task backend;

and drives them from 16 client threads with a mix of requests: 75% the
write route (a transaction that reads a counter, inserts an event and
updates the counter; every fourth also queues a task), 10% the real join
form (``/members/join/``: finds or creates a member and queues the sign-in
email), 15% reads of the front page (page cache off). The workers run the
queued tasks, each a read-then-write transaction of its own, plus their
claim and result updates.

A "write" below is a committed write transaction started by the load: a
write request, a join, a task run. The run stops at ``--writes`` or after
``--seconds``, then gives the workers 30 s to empty the queue. Prints writes
per second, p50/p99 latency of the web writes, and every "database is
locked" seen by web or worker processes.
"""

import argparse
import contextlib
import http.client
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import harness

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
THREADS = 16
LOCKED = "database is locked"
TASK_TABLE = "django_tasks_database_dbtaskresult"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(var: Path) -> Path:
    """Migrate (done by ``harness``) and add the benchmark's two tables."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE bench_counter (id INTEGER PRIMARY KEY, value INTEGER)"
        )
        cursor.executemany(
            "INSERT INTO bench_counter VALUES (%s, 0)", [(i,) for i in range(11)]
        )
        cursor.execute(
            "CREATE TABLE bench_event (id INTEGER PRIMARY KEY, source TEXT,"
            " number INTEGER)"
        )
    connection.close()
    return var / "masthead.sqlite3"


def copy_database(template: Path, target: Path, *, plain: bool) -> None:
    source = sqlite3.connect(template)
    copy = sqlite3.connect(target)
    source.backup(copy)
    source.close()
    copy.execute(f"PRAGMA journal_mode={'DELETE' if plain else 'WAL'}")
    copy.close()


def open_log(path: Path):
    return open(path, "wb")  # closed by processes()


@contextlib.contextmanager
def processes(database: Path, var: Path, *, plain: bool):
    """granian (4 workers) and 2 ``manage.py worker`` on ``database``."""
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": f"{ROOT}{os.pathsep}{BENCH}",
        "DJANGO_SETTINGS_MODULE": "sqlite_bench_settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "MASTHEAD_BENCH_SQLITE_PLAIN": "1" if plain else "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_COOKIES": "0",
        "MASTHEAD_PAGE_CACHE_SECONDS": "0",
        "MASTHEAD_TASKS_BACKEND": "database",
        "MASTHEAD_LOGIN_RATE_PER_IP": "100000000/60",
        "MASTHEAD_LOGIN_RATE_PER_EMAIL": "100000000/60",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    label = "plain" if plain else "project"
    logs = {name: open_log(var / f"{label}-{name}.log") for name in ("web", "w1", "w2")}
    web = subprocess.Popen(
        [
            str(BIN / "granian"), "--interface", "wsgi", "--workers", "4",
            "--blocking-threads", "1", "--backpressure", "4",
            "--host", "127.0.0.1", "--port", str(port), "sqlite_app:application",
        ],
        env=env, cwd=ROOT, stdout=logs["web"], stderr=logs["web"],
    )  # fmt: skip
    workers = [
        subprocess.Popen(
            [sys.executable, "manage.py", "worker", "--interval", "0.05"]
            + (["--no-periodic"] if name == "w2" else []),
            env=env,
            cwd=ROOT,
            stdout=logs[name],
            stderr=subprocess.STDOUT,
        )
        for name in ("w1", "w2")
    ]
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            with contextlib.suppress(OSError):
                # The bench's own server, at a fixed http:// address.
                urllib.request.urlopen(url + "/robots.txt", timeout=5).read()  # nosec B310
                break
            time.sleep(0.1)
        else:
            raise RuntimeError("granian did not start; see the web log in " + str(var))
        yield port, {name: var / f"{label}-{name}.log" for name in logs}
    finally:
        for process in [web, *workers]:
            process.terminate()
        for process in [web, *workers]:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for log in logs.values():
            log.close()


class Load:
    """Client threads and what they saw."""

    def __init__(self, port: int, *, writes: int, seconds: float):
        self.port = port
        self.target = writes
        self.deadline = time.monotonic() + seconds
        self.lock = threading.Lock()
        self.number = 0
        self.write_ms: list[float] = []
        self.read_ms: list[float] = []
        self.writes = self.joins = self.reads = 0
        self.locked = 0
        self.errors: dict[str, int] = {}

    def expected_writes(self) -> int:
        # Each write request, each join, and the task each queues.
        return self.writes + self.writes // 4 + 2 * self.joins

    def next_number(self) -> int | None:
        with self.lock:
            if (
                self.expected_writes() >= self.target
                or time.monotonic() > self.deadline
            ):
                return None
            self.number += 1
            return self.number

    def error(self, what: str) -> None:
        with self.lock:
            self.errors[what] = self.errors.get(what, 0) + 1

    def run(self) -> float:
        threads = [threading.Thread(target=self.client) for _ in range(THREADS)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return time.monotonic() - started

    def client(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        for _ in range(100):  # the form page itself fails at times without WAL
            response = self.request(connection, "GET", "/members/join/")
            body = response.read().decode()
            if response.status == 200:
                break
            time.sleep(0.05)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)[1]
        cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie"))[1]
        while (number := self.next_number()) is not None:
            choice = random.random()
            started = time.perf_counter()
            if choice < 0.75:
                response = self.request(connection, "POST", f"/bench/write?n={number}")
                body = response.read()
                kind = "write"
            elif choice < 0.85:
                form = f"email=load{number}%40example.org&csrfmiddlewaretoken={token}"
                response = self.request(
                    connection,
                    "POST",
                    "/members/join/",
                    form,
                    {
                        "Content-Type": "application/x-www-form-urlencoded",
                        "Cookie": f"csrftoken={cookie}",
                    },
                )
                body = response.read()
                kind = "join"
            else:
                response = self.request(connection, "GET", "/")
                body = response.read()
                kind = "read"
            elapsed = (time.perf_counter() - started) * 1000
            ok = response.status < 300
            with self.lock:
                if kind == "read":
                    self.read_ms.append(elapsed)
                    self.reads += ok
                else:
                    self.write_ms.append(elapsed)
                    if kind == "write":
                        self.writes += ok
                    else:
                        self.joins += ok
                if LOCKED.encode() in body:
                    self.locked += 1
            if not ok:
                self.error(f"{kind} {response.status}")
        connection.close()

    def request(self, connection, method, path, body=None, headers=None):
        for _ in range(3):
            try:
                connection.request(method, path, body=body, headers=headers or {})
                return connection.getresponse()
            except (OSError, http.client.HTTPException):
                connection.close()
                time.sleep(0.05)
        connection.request(method, path, body=body, headers=headers or {})
        return connection.getresponse()


def tasks(database: Path) -> dict[str, int]:
    db = sqlite3.connect(database, timeout=30)
    try:
        # A constant table name, no input.
        rows = db.execute(
            f"SELECT status, count(*) FROM {TASK_TABLE} GROUP BY status"  # nosec B608
        ).fetchall()
        locked = db.execute(
            f"SELECT count(*) FROM {TASK_TABLE} WHERE traceback LIKE ?",  # nosec B608
            [f"%{LOCKED}%"],
        ).fetchone()[0]
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()
    return {**dict(rows), "locked": locked, "integrity": integrity}


def wait_for_tasks(database: Path, seconds: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        counts = tasks(database)
        if not counts.get("READY", 0) and not counts.get("RUNNING", 0):
            break
        time.sleep(0.5)
    return time.monotonic() - started


def percentile(values: list[float], fraction: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * fraction))] if values else 0


def run(template: Path, var: Path, *, plain: bool, writes: int, seconds: float):
    database = var / f"{'plain' if plain else 'project'}.sqlite3"
    copy_database(template, database, plain=plain)
    with processes(database, var, plain=plain) as (port, logs):
        # Ask until each of granian's 4 processes has answered (or 200 tries).
        pragmas = {}
        for _ in range(200):
            with urllib.request.urlopen(  # nosec B310: the bench's own server
                f"http://127.0.0.1:{port}/bench/pragmas", timeout=10
            ) as response:
                report = json.loads(response.read())
            pragmas[report.pop("pid")] = json.dumps(report)
            if len(pragmas) == 4:
                break
        load = Load(port, writes=writes, seconds=seconds)
        elapsed = load.run()
        drained = wait_for_tasks(database, 30)
    counts = tasks(database)
    logged = {
        name: path.read_text(errors="replace").count(LOCKED)
        for name, path in logs.items()
    }
    done_tasks = counts.get("SUCCESSFUL", 0)
    committed = load.writes + load.joins + done_tasks
    return {
        "settings": "SQLite defaults" if plain else "project (WAL, IMMEDIATE, 20 s)",
        "web processes checked": len(pragmas),
        "pragmas": sorted(set(pragmas.values())),
        "seconds": elapsed,
        "drain": drained,
        "writes": committed,
        "web writes": load.writes,
        "joins": load.joins,
        "tasks": done_tasks,
        "tasks failed": counts.get("FAILED", 0),
        "reads": load.reads,
        "write/s": committed / elapsed,
        "p50": statistics.median(load.write_ms) if load.write_ms else 0,
        "p99": percentile(load.write_ms, 0.99),
        "read p50": statistics.median(load.read_ms) if load.read_ms else 0,
        "locked (web responses)": load.locked,
        "locked (web log)": logged["web"],
        "locked (worker logs and task results)": logged["w1"]
        + logged["w2"]
        + counts["locked"],
        "errors": load.errors,
        "integrity": counts["integrity"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=20_000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--plain-seconds",
        type=float,
        default=15,
        help="how long to run with SQLite's defaults (0: skip)",
    )
    args = parser.parse_args()
    harness.start_django("masthead-sqlite-")
    var = Path(os.environ["MASTHEAD_VAR_DIR"])
    template = var / "template.sqlite3"
    copy_database(prepare(var), template, plain=False)
    print(f"var folder: {var}", flush=True)
    results = [
        run(template, var, plain=False, writes=args.writes, seconds=args.seconds)
    ]
    if args.plain_seconds:
        results.append(
            run(
                template,
                var,
                plain=True,
                writes=args.writes,
                seconds=args.plain_seconds,
            )
        )
    for result in results:
        print()
        print(f"## {result.pop('settings')}")
        for name, value in result.items():
            if isinstance(value, float):
                value = f"{value:,.1f}"
            print(f"- {name}: {value}")
    shutil.rmtree(var, ignore_errors=True)


if __name__ == "__main__":
    main()
