"""Redis as the cache, stopped mid-test: pages keep answering, caching resumes.

A real ``redis-server`` holds the default cache (routing, newsroom settings,
rate limits, API keys) and the page cache; it is killed and started again.
"""

import logging
import time

import pytest
import redis
from django.core.cache import caches
from django.test import Client, RequestFactory

from masthead.api.models import ContentAPIKey
from masthead.core import pagecache, ratelimit
from masthead.core.cache import ResilientRedisCache
from masthead.news.models import Topic
from masthead.settings import cache_from_url

pytestmark = pytest.mark.django_db

RETRY = 0.2


@pytest.fixture
def redis_caches(settings, redis_server):
    """Both caches on the Redis server, the page cache on, a short retry."""
    settings.CACHES = {
        "default": cache_from_url(f"{redis_server.url}/0"),
        "pages": cache_from_url(f"{redis_server.url}/1"),
    }
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 600
    settings.MASTHEAD_CACHE_RETRY_SECONDS = RETRY
    pagecache.local.forget()
    assert isinstance(caches["default"], ResilientRedisCache)
    yield redis_server
    pagecache.local.forget()


def reader_urls(live_article) -> list[str]:
    key = ContentAPIKey.objects.create(name="while down").key
    topic = Topic.objects.filter(locale__language_code="en").first()
    return [
        "/",
        live_article.url,
        "/feed/",
        "/search/?q=harbour",
        f"/topics/{topic.slug}/",
        "/members/join/",
        "/newsletters/",
        f"/ghost/api/content/posts/?key={key}",
    ]


def wsgi_hit(path: str) -> bool:
    """Ask ``masthead.wsgi``'s ``PageCacheApp`` (before Django) for ``path``."""
    answered = []

    def django(environ, start_response):
        start_response("200 OK", [])
        return [b"rendered by Django"]

    environ = RequestFactory().get(path, HTTP_HOST="testserver").environ
    body = pagecache.PageCacheApp(django)(environ, lambda s, h: answered.append(s))
    return b"".join(body) != b"rendered by Django"


def test_pages_answer_while_redis_is_down_and_caching_resumes(
    newsroom, live_article, redis_caches, caplog
):
    reader = Client()
    urls = reader_urls(live_article)
    article = live_article.url
    assert reader.get(article)["X-Masthead-Cache"] == "miss"
    assert reader.get(article)["X-Masthead-Cache"] == "hit"
    assert wsgi_hit(article)

    redis_caches.stop()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="masthead.core.cache"):
        for _ in range(3):
            for url in urls:
                response = reader.get(url)
                assert response.status_code < 500, url
                assert response.get("X-Masthead-Cache") != "hit", url
            assert not wsgi_hit(article)
            time.sleep(RETRY)  # each pass tries Redis again
        joiner = Client()
        response = joiner.post("/members/join/", {"email": "down@example.org"})
        assert response.status_code == 200
        signup = joiner.post("/newsletters/", {"email": "down2@example.org"})
        assert signup.status_code < 500
    unreachable = [r for r in caplog.records if "unreachable" in r.getMessage()]
    # Once per outage per cache (default and pages), not once per request.
    assert len(unreachable) == 2, [r.getMessage() for r in caplog.records]

    redis_caches.start()
    time.sleep(RETRY * 2)
    assert reader.get(article)["X-Masthead-Cache"] == "miss"
    assert reader.get(article)["X-Masthead-Cache"] == "hit"
    assert wsgi_hit(article)
    assert caches["default"].available


def test_an_invalidation_dropped_while_down_clears_the_cache_on_return(
    redis_caches,
):
    cache = caches["default"]
    cache.set("newsroom-settings", "old")
    raw_key = cache.make_and_validate_key("newsroom-settings")
    server = redis.Redis(port=redis_caches.port)
    saved = server.get(raw_key)
    redis_caches.stop()
    assert cache.get("newsroom-settings") is None
    cache.delete("newsroom-settings")  # an edit while Redis is down: dropped
    assert not cache.available
    # Redis comes back with its old data (as it would with persistence): the
    # value the dropped delete was to remove must not be served again.
    redis_caches.start()
    server = redis.Redis(port=redis_caches.port)
    server.set(raw_key, saved)
    server.set("rq:queue:default", "a task")  # not the cache's: kept
    time.sleep(RETRY * 2)
    assert cache.get("newsroom-settings") is None
    assert cache.available
    assert server.get("rq:queue:default") == b"a task"


def test_rate_limits_count_in_process_while_redis_is_down(redis_caches):
    limit = ratelimit.Limit(count=2, seconds=60)
    ratelimit.local_counts.clear()
    redis_caches.stop()
    ratelimit.hit("test", "down@example.org", limit)
    ratelimit.hit("test", "down@example.org", limit)
    with pytest.raises(ratelimit.RateLimited):
        ratelimit.hit("test", "down@example.org", limit)
