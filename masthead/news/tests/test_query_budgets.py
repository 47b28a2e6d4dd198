"""SQL query budgets of the reader pages.

The budget holds in the steady state, once the routing cache (site, root
pages, locales, newsroom settings: ``masthead.core.routing``) is warm; the
first request after a cache flush costs a few queries more, bounded below.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.news.tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

BUDGET = 10
# Site, root page, its specific page, its translations, the newsroom settings,
# Wagtail's own cache of site root paths (two queries), the membership meter
# (campaign, its messages, the running total), and on an article the hero
# picture's renditions (one query for all sizes), and the standards page's
# address that the labels link to.
COLD_EXTRA = 12


@pytest.fixture(autouse=True)
def steady_meter(monkeypatch):
    """Keep the meter's cache for the whole test.

    Its three-second refresh is a cost per period, not per page: a slow
    warm-up request (making renditions) must not let it expire in between.
    """
    monkeypatch.setattr("masthead.campaigns.queries.METER_TTL", 600)


def count_queries(client, url: str) -> int:
    client.get(url)  # warm the routing cache and the renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    count_queries.last = [q["sql"] for q in queries.captured_queries]
    return len(queries)


def make_articles(home_page, count: int, *, authors_each: int, topics_each: int):
    topics = [TopicFactory() for _ in range(topics_each)]
    return [
        ArticlePageFactory(
            parent=home_page,
            authors=[AuthorFactory() for _ in range(authors_each)],
            topics=topics,
        )
        for _ in range(count)
    ]


@pytest.mark.parametrize("url", ["/", "/topics/{topic}/", "/authors/{author}/"])
def test_listing_pages_stay_within_budget_whatever_their_size(client, home_page, url):
    small = make_articles(home_page, 2, authors_each=1, topics_each=1)
    author = small[0].article_authors.first().author
    topic = small[0].topics.first()
    target = url.format(topic=topic.slug, author=author.slug)
    few = count_queries(client, target)
    few_sql = count_queries.last

    for article in make_articles(home_page, 25, authors_each=3, topics_each=4):
        article.topics.add(topic)
        article.save()
        article.article_authors.create(author=author, sort_order=9)
    many = count_queries(client, target)

    assert few <= BUDGET
    assert many == few, (few_sql, count_queries.last)


def test_article_page_stays_within_budget_whatever_its_size(client, home_page):
    topic = TopicFactory()
    plain = ArticlePageFactory(
        parent=home_page, authors=[AuthorFactory()], topics=[topic]
    )
    ArticlePageFactory(parent=home_page, topics=[topic])
    few = count_queries(client, plain.url)

    topics = [TopicFactory() for _ in range(5)]
    rich = ArticlePageFactory(
        parent=home_page, authors=[AuthorFactory() for _ in range(4)], topics=topics
    )
    for _ in range(8):
        ArticlePageFactory(parent=home_page, topics=topics, authors=[AuthorFactory()])
    many = count_queries(client, rich.url)

    assert few <= BUDGET
    assert many == few


def test_translated_pages_stay_within_budget(client, newsroom):
    assert count_queries(client, "/uk/") <= BUDGET
    assert count_queries(client, "/uk/story-7/") <= BUDGET
    assert count_queries(client, "/uk/topics/energy/") <= BUDGET


def test_first_request_after_a_cache_flush_is_bounded(client, newsroom):
    from django.core.cache import cache

    for url in ["/", "/story-3/"]:
        steady = count_queries(client, url)
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        assert steady < len(queries) <= steady + COLD_EXTRA
