"""Reads of live coverage."""

from __future__ import annotations

from django.db.models import Model, QuerySet

from masthead.news.models import ArticlePage

# Entries a live page shows at once, and the endpoint sends.
PAGE_SIZE = 20
# Entries listed in the JSON-LD ``liveBlogUpdate``.
STRUCTURED_DATA_SIZE = 50
KEY_EVENTS_LIMIT = 20


def entries(page: ArticlePage) -> QuerySet[Model]:
    """A page's entries, newest first, with what rendering one needs."""
    return (
        page.entries.all()
        .select_related("author", "promoted_to")
        .order_by("-posted_at", "-pk")
    )


def latest_entries(
    page: ArticlePage, *, before: Model | None = None, limit: int = PAGE_SIZE
) -> list[Model]:
    """The newest ``limit`` entries, or those posted before ``before``."""
    found = entries(page)
    if before is not None:
        found = found.filter(posted_at__lte=before.posted_at).exclude(
            posted_at=before.posted_at, pk__gte=before.pk
        )
    return list(found[:limit])


def pinned_entry(page: ArticlePage) -> Model | None:
    return entries(page).filter(is_pinned=True).first()


def key_events(page: ArticlePage) -> list[Model]:
    """Key events, newest first (their labels need only headline and body)."""
    return list(
        page.entries.filter(is_key_event=True)
        .only("pk", "page_id", "posted_at", "headline", "body", "is_pinned")
        .order_by("-posted_at", "-pk")[:KEY_EVENTS_LIMIT]
    )


def newer_neighbours(page: ArticlePage, entries: list[Model]) -> dict[int, int]:
    """For each of ``entries``, the id of the entry posted just after it
    (none for the newest): ``?after=<that id>`` is the page that starts with
    the entry. One query, of ids and times only."""
    if not entries:
        return {}
    oldest = min(entry.posted_at for entry in entries)
    order = list(
        page.entries.filter(posted_at__gte=oldest)
        .order_by("posted_at", "pk")
        .values_list("pk", flat=True)
    )
    position = {pk: index for index, pk in enumerate(order)}
    return {
        entry.pk: order[position[entry.pk] + 1]
        for entry in entries
        if position.get(entry.pk, len(order)) + 1 < len(order)
    }
