"""A Redis cache that degrades to no cache while Redis is unreachable.

Django's ``RedisCache`` raises on connection errors, so a stopped Redis would
turn every page into a 500. ``ResilientRedisCache`` treats an unreachable
Redis as an empty cache that keeps nothing: reads miss (``get`` returns the
default, ``add`` and ``has_key`` say no, ``incr`` raises ``ValueError`` as for
a missing key) and writes are dropped. Pages are rendered from the database,
slower but correct.

After a failure the cache does not try Redis again for
``MASTHEAD_CACHE_RETRY_SECONDS`` (a circuit breaker): requests do not each
wait for a connection timeout, and the warning is logged once per outage and
then at most once per ``LOG_EVERY`` seconds, not per request.

A delete or a ``set_many`` dropped during an outage may have been an
invalidation (a revoked API key, edited settings, a page-cache purge), so the
process that dropped one deletes the cache's keys (those of its
``KEY_PREFIX``) as soon as it reaches Redis again: nothing stale survives
the outage, at the price of a cold cache.
"""

import logging
import threading
import time

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
LOG_EVERY = 60.0


class ResilientRedisCache(RedisCache):
    """``RedisCache`` that misses and drops writes while Redis is down."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._state = threading.Lock()
        self._down_since: float | None = None
        self._retry_at = 0.0
        self._logged_at = 0.0
        self._dropped_invalidation = False

    @property
    def available(self) -> bool:
        """False while this process believes Redis is unreachable."""
        return self._down_since is None

    def _retry_seconds(self) -> float:
        return float(getattr(settings, "MASTHEAD_CACHE_RETRY_SECONDS", 5))

    def _run(self, operation, default, *args, invalidates: bool = False, **kwargs):
        if self._down_since is not None and time.monotonic() < self._retry_at:
            if invalidates:
                self._dropped_invalidation = True
            return default
        try:
            if self._dropped_invalidation:
                self._forget_own_keys()
                self._dropped_invalidation = False
                logger.warning(
                    "cache %s cleared: invalidations were dropped while it was down",
                    self._where(),
                )
            result = operation(*args, **kwargs)
        except UNREACHABLE as error:
            self._failed(error)
            if invalidates:
                self._dropped_invalidation = True
            return default
        if self._down_since is not None:
            self._recovered()
        return result

    def _forget_own_keys(self) -> None:
        """Delete this cache's keys (its ``KEY_PREFIX``), not the whole
        database: a task queue may share it."""
        client = self._cache.get_client(write=True)
        batch = []
        for key in client.scan_iter(match=f"{self.key_prefix}:*", count=1000):
            batch.append(key)
            if len(batch) == 1000:
                client.delete(*batch)
                batch = []
        if batch:
            client.delete(*batch)

    def _where(self) -> str:
        return ",".join(
            server.rsplit("@", 1)[-1] for server in self._servers
        )  # never the password of a redis://user:pass@host URL

    def _failed(self, error: Exception) -> None:
        now = time.monotonic()
        with self._state:
            first = self._down_since is None
            if first:
                self._down_since = now
            self._retry_at = now + self._retry_seconds()
            log = first or now - self._logged_at >= LOG_EVERY
            if log:
                self._logged_at = now
        if log:
            logger.warning(
                "cache %s unreachable (%s); serving without it, retrying every %gs",
                self._where(),
                type(error).__name__,
                self._retry_seconds(),
            )

    def _recovered(self) -> None:
        with self._state:
            if self._down_since is None:
                return
            seconds = time.monotonic() - self._down_since
            self._down_since = None
        logger.warning("cache %s reachable again after %.0fs", self._where(), seconds)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._run(super().add, False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._run(super().get, default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._run(super().set, None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._run(super().touch, False, key, timeout, version)

    def delete(self, key, version=None):
        return self._run(super().delete, False, key, version, invalidates=True)

    def get_many(self, keys, version=None):
        return self._run(super().get_many, {}, keys, version)

    def has_key(self, key, version=None):
        return self._run(super().has_key, False, key, version)

    def incr(self, key, delta=1, version=None):
        missing = object()
        result = self._run(super().incr, missing, key, delta, version)
        if result is missing:
            raise ValueError(f"Key '{key}' not found (cache unreachable)")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # Page-cache purges are set_many calls: dropping one is dropping an
        # invalidation.
        failed = list(data)
        return self._run(
            super().set_many, failed, data, timeout, version, invalidates=True
        )

    def delete_many(self, keys, version=None):
        return self._run(super().delete_many, None, keys, version, invalidates=True)

    def clear(self):
        return self._run(super().clear, None, invalidates=True)
