"""What a live page shows its reader, besides the article's own context.

Called by ``ArticlePage.get_context``; reads entries through the page
(``page.entries``), so it imports no model.
"""

from __future__ import annotations

from django.db.models import Model
from django.http import HttpRequest
from django.urls import reverse

from masthead.live import queries, structured_data
from masthead.live.cache import tag_live_page
from masthead.members.access import can_read
from masthead.news.models import ArticlePage

# Seconds between two polls of the endpoint by the page's script.
POLL_SECONDS = 5
# A live page without JavaScript reloads itself this often.
REFRESH_SECONDS = 60


def read_before(page: ArticlePage, request: HttpRequest) -> Model | None:
    """The entry whose older neighbours are asked for (``?after=<entry id>``),
    or None for the newest; an unknown id reads as the newest."""
    raw = request.GET.get("after", "")
    if not raw.isdigit():
        return None
    return page.entries.filter(pk=int(raw)).first()


def live_page_context(
    page: ArticlePage, request: HttpRequest, *, authors: list
) -> dict:
    """What the live page shows besides the article's own context."""
    preview = getattr(request, "is_preview", False)
    readable = can_read(request.user, page.visibility)
    before = read_before(page, request)
    limit = queries.PAGE_SIZE
    if before is None:
        limit = max(limit, queries.STRUCTURED_DATA_SIZE)
    latest = queries.latest_entries(page, before=before, limit=limit + 1)
    shown = latest[: queries.PAGE_SIZE]
    has_older = len(latest) > queries.PAGE_SIZE
    pinned = queries.pinned_entry(page) if before is None else None
    context = {
        "can_read": readable,
        "entries": [entry for entry in shown if not entry.is_pinned or before],
        "pinned": pinned,
        "key_events": link_key_events(
            page, queries.key_events(page), shown={entry.pk for entry in shown}
        )
        if readable and before is None
        else [],
        "older_url": f"?after={shown[-1].pk}" if has_older else None,
        "is_first_page": before is None,
        "refresh_seconds": REFRESH_SECONDS if page.is_live_coverage else None,
        "poll_seconds": POLL_SECONDS,
        "endpoint_url": reverse("live:entries", args=[page.pk]),
    }
    if not readable:
        context.update(entries=[], pinned=None, older_url=None)
    context["json_ld"] = structured_data.live_blog_posting(
        page,
        request=request,
        authors=authors,
        entries=latest[: queries.STRUCTURED_DATA_SIZE],
        gated=not page.is_free,
    )
    if not preview:
        tag_live_page(request, page)
    return context


def link_key_events(
    page: ArticlePage, key_events: list[Model], *, shown: set[int]
) -> list[Model]:
    """Give each key event the link to its entry: an anchor on the newest
    page, or the older page that starts with it."""
    elsewhere = [e for e in key_events if e.pk not in shown and not e.is_pinned]
    neighbours = queries.newer_neighbours(page, elsewhere)
    for entry in key_events:
        entry.href = f"#{entry.anchor}"
        if entry.pk in neighbours:
            entry.href = f"?after={neighbours[entry.pk]}#{entry.anchor}"
    return key_events
