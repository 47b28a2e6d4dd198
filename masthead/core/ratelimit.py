"""Fixed-window rate limits kept in Django's cache.

Keys hash what they count (an email address, an IP) with the secret key, so
no personal data is stored in the cache in the clear.

When the shared cache is Redis and Redis is down (``core.cache``), limits
are counted in each process's memory instead: neither open (a bot could send
unlimited sign-in and confirmation emails to one address, and hammer the
API) nor closed (every reader would be refused sign-in, sign-up and the API
for the length of the outage). Each process then allows the limit on its
own, so the effective limit is at most the number of processes times it.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache

# Counts kept in this process while the shared cache is unreachable.
local_counts = LocMemCache("masthead-ratelimit", {"OPTIONS": {"MAX_ENTRIES": 10000}})


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: int

    @classmethod
    def parse(cls, value: str) -> "Limit":
        """Read ``"5/900"``: five events per 900 seconds."""
        count, _, seconds = value.partition("/")
        return cls(count=int(count), seconds=int(seconds))


class RateLimited(Exception):
    """Too many attempts; ``retry_after`` is at most this many seconds."""

    def __init__(self, retry_after: int):
        super().__init__(retry_after)
        self.retry_after = retry_after


def _key(scope: str, value: str) -> str:
    digest = hashlib.sha256(
        f"{settings.SECRET_KEY}|{scope}|{value}".encode()
    ).hexdigest()
    return f"masthead:ratelimit:{scope}:{digest[:32]}"


def hit(scope: str, value: str, limit: Limit) -> None:
    """Count one attempt; raise ``RateLimited`` past the limit."""
    key = _key(scope, value)
    attempts = _count(cache, key, limit)
    if not getattr(cache, "available", True):
        attempts = _count(local_counts, key, limit)
    if attempts > limit.count:
        raise RateLimited(retry_after=limit.seconds)


def _count(counts, key: str, limit: Limit) -> int:
    counts.add(key, 0, limit.seconds)
    try:
        return counts.incr(key)
    except ValueError:  # expired between add and incr (or cache unreachable)
        counts.set(key, 1, limit.seconds)
        return 1
