#!/usr/bin/env python
"""Search latency over a generated archive (10,000 articles by default).

    .venv/bin/python bench/search.py [--articles 10000] [--queries 200]
    .venv/bin/python scripts/with_postgres.py -- .venv/bin/python bench/search.py

Runs on SQLite in a temporary folder, or on DATABASE_URL when it is set (a
throw-away database: tables are created and filled there). Prints median and
p95 of the search page's response time, in-process.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    os.environ.update(
        MASTHEAD_VAR_DIR=tempfile.mkdtemp(prefix="masthead-search-bench-"),
        DJANGO_SECRET_KEY="bench-only",
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SETTINGS_MODULE="masthead.settings",
    )
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import django

    django.setup()
    import bulkgen
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    started = time.perf_counter()
    bulkgen.generate(articles=args.articles, authors=50, topics=200)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    indexed = time.perf_counter() - started

    rng = random.Random(7)
    client = Client()
    client.get("/search/", {"q": "bridge"})
    timings = []
    for _ in range(args.queries):
        words = " ".join(rng.sample(bulkgen.WORDS, rng.choice([1, 1, 2, 3])))
        start = time.perf_counter()
        response = client.get("/search/", {"q": words})
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    timings.sort()
    print(
        f"Database: {connection.vendor}; {args.articles} articles generated in "
        f"{generated:.1f} s, indexed in {indexed:.1f} s\n"
    )
    print("| queries | median ms | p95 ms | max ms |")
    print("|---|---|---|---|")
    p95 = timings[int(len(timings) * 0.95) - 1]
    median = statistics.median(timings)
    print(f"| {len(timings)} | {median:.1f} | {p95:.1f} | {timings[-1]:.1f} |")


if __name__ == "__main__":
    main()
