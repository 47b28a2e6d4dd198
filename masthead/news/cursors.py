"""Opaque cursors for keyset pagination of article lists.

A cursor names the last article a reader saw: its first publication time in
microseconds and its primary key, e.g. ``1732600000000000.42``. Keyset
pagination keeps every page one index scan, however deep the archive.
"""

from dataclasses import dataclass
from datetime import UTC, datetime


class InvalidCursor(ValueError):
    """The cursor in the URL cannot be read."""


@dataclass(frozen=True)
class Cursor:
    published_at: datetime
    pk: int

    def encode(self) -> str:
        micros = int(self.published_at.timestamp() * 1_000_000)
        return f"{micros}.{self.pk}"

    @classmethod
    def decode(cls, raw: str) -> "Cursor":
        micros, sep, pk = raw.partition(".")
        if not (sep and raw.isascii() and micros.isdigit() and pk.isdigit()):
            raise InvalidCursor(raw)
        if len(raw) > 40:
            raise InvalidCursor(raw)
        try:
            published_at = datetime.fromtimestamp(int(micros) / 1_000_000, tz=UTC)
        except (OverflowError, OSError, ValueError) as exc:
            raise InvalidCursor(raw) from exc
        return cls(published_at=published_at, pk=int(pk))
