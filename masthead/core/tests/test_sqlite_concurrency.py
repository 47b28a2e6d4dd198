"""Six processes writing to one SQLite file at once.

With the project's settings (WAL, ``BEGIN IMMEDIATE``, a busy timeout) no
writer sees "database is locked" and no update is lost; with SQLite's own
defaults the same load does see the error, so this test can fail. Each
writer is a separate process that sets Django up as ``manage.py`` does
(``sqlite_writer.py``). ``bench/sqlite_writes.py`` runs the longer load
through granian and ``manage.py worker``.
"""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
WRITERS = 6
TRANSACTIONS = 300


def run_writers(path: Path, mode: str) -> list[dict]:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER)")
        db.execute("INSERT INTO counter VALUES (1, 0)")
        db.execute(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, writer INTEGER,"
            " number INTEGER, payload TEXT)"
        )
    db.close()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MASTHEAD_VAR_DIR": str(path.parent),
        "DJANGO_SECRET_KEY": "test-only",
    }
    env.pop("DJANGO_DEBUG", None)
    # Start together once all have imported Django (about a second each on
    # a busy machine).
    start_at = time.time() + 6
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "masthead.core.tests.sqlite_writer",
                str(path),
                mode,
                str(TRANSACTIONS),
                str(start_at),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(WRITERS)
    ]
    results = []
    for writer in writers:
        out, err = writer.communicate(timeout=180)
        assert writer.returncode == 0, err[-3000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def counter_value(path: Path) -> tuple[int, int]:
    db = sqlite3.connect(path)
    try:
        value = db.execute("SELECT value FROM counter").fetchone()[0]
        events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        db.close()
    return value, events


def test_the_project_settings_let_six_writers_share_one_file(tmp_path):
    path = tmp_path / "project.sqlite3"
    results = run_writers(path, "project")

    for result in results:
        assert result["journal_mode"] == "wal"
        assert result["busy_timeout"] == 20_000
        assert result["transaction_mode"] == "IMMEDIATE"
    assert sum(r["locked"] for r in results) == 0
    assert sum(r["done"] for r in results) == WRITERS * TRANSACTIONS
    # Read-then-write under BEGIN IMMEDIATE: no update is lost either.
    assert counter_value(path) == (WRITERS * TRANSACTIONS, WRITERS * TRANSACTIONS)


def test_without_the_settings_the_same_writers_see_database_is_locked(tmp_path):
    path = tmp_path / "plain.sqlite3"
    results = run_writers(path, "plain")

    assert {r["journal_mode"] for r in results} == {"delete"}
    assert sum(r["locked"] for r in results) > 0, results
    value, events = counter_value(path)
    assert value == events == sum(r["done"] for r in results)


def test_manage_py_connections_get_the_settings(tmp_path):
    """The worker and granian load the same settings module as manage.py."""
    path = tmp_path / "shell.sqlite3"
    code = (
        "from django.db import connection\n"
        "c = connection.cursor()\n"
        "c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])\n"
        "c.execute('PRAGMA busy_timeout'); print(c.fetchone()[0])\n"
        "print(connection.transaction_mode)\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": f"sqlite:///{path}",
        "MASTHEAD_VAR_DIR": str(tmp_path),
        "DJANGO_SECRET_KEY": "test-only",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-3:] == ["wal", "20000", "IMMEDIATE"]
