#!/usr/bin/env python
"""Search latency over a generated archive (10,000 articles by default).

    .venv/bin/python bench/search.py [--articles 10000] [--queries 200]
    .venv/bin/python scripts/with_postgres.py -- .venv/bin/python bench/search.py

Runs on SQLite in a temporary folder, or on DATABASE_URL when it is set (a
throw-away database: tables are created and filled there). Prints median and
p95 of the search page's response time, in-process.
"""

import argparse
import random
import statistics
import time

import harness


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    harness.start_django("masthead-search-bench-")
    import bulkgen
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

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
