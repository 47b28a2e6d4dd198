"""Fixed-window rate limits kept in Django's cache.

Keys hash what they count (an email address, an IP) with the secret key, so
no personal data is stored in the cache in the clear.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache


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
    cache.add(key, 0, limit.seconds)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, limit.seconds)
        attempts = 1
    if attempts > limit.count:
        raise RateLimited(retry_after=limit.seconds)
