"""Disk full: uploads and writes fail cleanly, leave nothing half-written,
and the database passes its integrity check after.

The site runs in its own process (``disk_full_writer.py``) on a copy of the
test database, with its file-size limit (``RLIMIT_FSIZE``) lowered so that
writes past 1 MB fail with EFBIG, as they would on a full disk.
"""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[3]
LIMIT = 1024 * 1024

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_copy(tmp_path):
    """A copy of the migrated test database, and an empty media folder."""
    if connection.vendor != "sqlite":
        pytest.skip("the disk-full test runs the site on an SQLite file")
    database = tmp_path / "site.sqlite3"
    source = sqlite3.connect(connection.settings_dict["NAME"])
    copy = sqlite3.connect(database)
    source.backup(copy)
    source.close()
    copy.close()
    media = tmp_path / "media"
    media.mkdir()
    return database, media


def run_site(database: Path, media: Path) -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_MEDIA_ROOT": str(media),
        "MASTHEAD_VAR_DIR": str(database.parent),
        "DJANGO_SECRET_KEY": "test-only",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_LOG_LEVEL": "CRITICAL",
    }
    env.pop("DJANGO_DEBUG", None)
    result = subprocess.run(
        [sys.executable, "-m", "masthead.core.tests.disk_full_writer", str(LIMIT)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def count(database: Path, table: str) -> int:
    db = sqlite3.connect(database)
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def test_a_full_disk_gives_clean_errors_and_leaves_nothing_half_written(site_copy):
    database, media = site_copy

    results = run_site(database, media)

    # The admin's upload form shows the reason beside the file.
    assert results["image"]["status"] == 200
    assert results["image"]["body"]["success"] is False
    assert "no room" in results["image"]["body"]["error_message"]
    # The document form answers with a page that says what happened.
    assert results["document"]["status"] == 507
    assert "Nothing was saved" in results["document"]["body"]
    assert "Traceback" not in results["document"]["body"]
    # The transaction that could not be written left none of its rows.
    assert results["row"].startswith("OperationalError")
    db = sqlite3.connect(database)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not db.execute(
            "SELECT 1 FROM wagtailcore_collection WHERE name = 'Written first'"
        ).fetchone()
        assert not db.execute(
            "SELECT 1 FROM django_session WHERE length(session_data) > 1000000"
        ).fetchone()
    finally:
        db.close()
    # With room again the same upload works (kept as an upload waiting for
    # its alt text): its file is the only one, whole; nothing of the uploads
    # that failed, no partial file anywhere.
    assert results["image after"]["body"]["success"] is True
    assert count(database, "core_newsimage") == 0
    assert count(database, "wagtaildocs_document") == 0
    assert count(database, "wagtailcore_uploadedfile") == 1
    files = [path for path in media.rglob("*") if path.is_file()]
    assert [path.name for path in files] == ["room.png"], files
    assert files[0].stat().st_size > LIMIT
