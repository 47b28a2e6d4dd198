"""SQLite's planner statistics: refreshed for the listing tables only."""

import pytest
from django.db import connection

from masthead.core.dbstats import refresh_statistics
from masthead.news.purges import listing_tables
from masthead.news.tests.factories import ArticlePageFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_statistics_cover_the_listing_tables_and_not_the_search_index(home_page):
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL's autovacuum keeps its own statistics")
    topic = TopicFactory()
    for _ in range(3):
        ArticlePageFactory(parent=home_page, topics=[topic])
    refresh_statistics(listing_tables())
    with connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT tbl FROM sqlite_stat1")
        tables = {row[0] for row in cursor.fetchall()}
    assert {"wagtailcore_page", "news_articlepage_topics"} <= tables
    assert not {t for t in tables if "search" in t}
