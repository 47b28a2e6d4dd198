from datetime import UTC, datetime

import pytest

from masthead.news.cursors import Cursor, InvalidCursor


def test_cursor_round_trips():
    cursor = Cursor(
        published_at=datetime(2026, 11, 27, 5, 30, 1, 123456, tzinfo=UTC), pk=42
    )
    assert Cursor.decode(cursor.encode()) == cursor


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "garbage",
        "1.2.3",
        "-1.5",
        "12",
        ".5",
        "5.",
        "1e9.4",
        "١٢٣.4",  # digits that str.isdigit accepts but int() reads differently
        "9" * 30 + ".1",
        "1732600000000000.1 OR 1=1",
        "1732600000000000.' --",
    ],
)
def test_broken_cursors_are_refused(raw):
    with pytest.raises(InvalidCursor):
        Cursor.decode(raw)
