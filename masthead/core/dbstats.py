"""Keep SQLite's query planner informed as the archive grows.

SQLite has no autovacuum-analyze as PostgreSQL has: without statistics it
may walk every article by date to find one topic's twelve newest, instead of
starting from the topic (36 ms against 2 ms at 100,000 articles). After each
publish, ``ANALYZE`` with a small sampling limit refreshes the statistics in
a few milliseconds, whatever the database's size.
"""

from django.db import connection, transaction
from django.dispatch import receiver
from wagtail.signals import page_published

SAMPLE_ROWS = 1000


def refresh_statistics() -> None:
    if connection.vendor != "sqlite":
        return  # PostgreSQL's autovacuum analyzes by itself
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA analysis_limit={SAMPLE_ROWS}")
        cursor.execute("ANALYZE")


@receiver(page_published)
def refresh_after_publish(**kwargs) -> None:
    transaction.on_commit(refresh_statistics)
