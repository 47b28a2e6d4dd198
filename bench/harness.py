"""Set up Masthead in-process for a benchmark: throw-away data, production settings."""

import os
import sys
import tempfile
from pathlib import Path


def start_django(prefix: str) -> None:
    """Configure and set up Django on a fresh SQLite file (or DATABASE_URL).

    Debug is off, as in production; static files are collected so pages
    render exactly as a deployed site's do.
    """
    os.environ.update(
        MASTHEAD_VAR_DIR=tempfile.mkdtemp(prefix=prefix),
        DJANGO_SECRET_KEY="bench-only",
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_SETTINGS_MODULE="masthead.settings",
        # In-process timings are of rendering; the page cache is measured
        # over HTTP by breaking.py.
        MASTHEAD_PAGE_CACHE_SECONDS="0",
    )
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


class QueryCounter:
    """Count SQL statements through a database execute wrapper.

    Not the debug query log: it keeps 9,000 entries at most, and loading a
    newsroom fills it.
    """

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def measure_renders(pages: dict[str, str], renders: int) -> list[dict]:
    """Render each page ``renders`` times through Django's test client, after
    one warm-up request; median and p90 in ms, and SQL queries per render."""
    import statistics
    import time

    from django.db import connection
    from django.test import Client

    client = Client()
    rows = []
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            client.get(url)
        timings = []
        for _ in range(renders):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        rows.append(
            {
                "page": name,
                "url": url,
                "median": statistics.median(timings),
                "p90": timings[int(len(timings) * 0.9) - 1],
                "queries": counter.count,
            }
        )
    return rows
