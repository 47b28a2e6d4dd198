#!/usr/bin/env python
"""Render times and SQL queries of the reader pages, in-process.

    .venv/bin/python bench/render.py [--requests 100]

Builds a throw-away SQLite database in a temporary folder, loads the demo
newsroom (60 articles) and requests each page through Django's test client:
one warm-up request, then N timed ones. Prints a Markdown table.
"""

import argparse
import os
import time

import harness


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()

    # Keeps the demo on SQLite even when DATABASE_URL is set in the shell.
    os.environ.pop("DATABASE_URL", None)
    harness.start_django("masthead-bench-")
    from django.core.management import call_command

    from masthead.news.models import ArticlePage

    started = time.perf_counter()
    call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    load_seconds = time.perf_counter() - started

    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code="en")
        .order_by("-first_published_at")[5]
    )
    topic = article.topics.first()
    author = article.article_authors.first().author
    pages = {
        "article": article.url,
        "feed": "/",
        "topic": f"/topics/{topic.slug}/",
        "author": f"/authors/{author.slug}/",
        "feed (uk)": "/uk/",
    }
    print(
        f"Demo newsroom: {ArticlePage.objects.count()} articles, "
        f"loaded in {load_seconds:.1f} s\n"
    )
    print("| page | URL | median ms | p90 ms | SQL queries |")
    print("|---|---|---|---|---|")
    for row in harness.measure_renders(pages, args.requests):
        print(
            f"| {row['page']} | `{row['url']}` | {row['median']:.1f} "
            f"| {row['p90']:.1f} | {row['queries']} |"
        )


if __name__ == "__main__":
    main()
