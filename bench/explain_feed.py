#!/usr/bin/env python
"""PostgreSQL's plans for the feed and topic queries over a large archive.

    .venv/bin/python scripts/with_postgres.py -- .venv/bin/python bench/explain_feed.py

Generates 100,000 articles (``--articles``) in the throw-away database that
DATABASE_URL names, updates the planner's statistics, and prints
``EXPLAIN ANALYZE`` of the first feed page and of a topic page: both must
walk an index newest-first and stop after one page, whatever the archive's
size.
"""

import argparse
import os
import sys
import time

import harness


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Run it with scripts/with_postgres.py (DATABASE_URL=postgres://…)")
    harness.start_django("masthead-explain-")
    import bulkgen
    from django.conf import settings
    from django.db import connection
    from wagtail.models import Locale

    from masthead.news import queries
    from masthead.news.models import Topic

    started = time.perf_counter()
    bulkgen.generate(articles=args.articles, authors=500, topics=2000)
    print(f"{args.articles:,} articles in {time.perf_counter() - started:.0f} s")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    english = Locale.objects.get(language_code="en")
    size = settings.MASTHEAD_FEED_PAGE_SIZE + 1
    topic = Topic.objects.order_by("pk").first()
    plans = {
        "feed": queries.latest_articles(locale=english),
        "topic": queries.latest_articles(locale=english, topic=topic),
    }
    for name, articles in plans.items():
        print(f"\n## {name} page: first {size} rows\n\n```")
        print(articles.values("pk")[:size].explain(analyze=True))
        print("```")


if __name__ == "__main__":
    main()
