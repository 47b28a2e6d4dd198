"""The live page's reader context and its entries endpoint."""

import hashlib
import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from masthead.live import queries, structured_data
from masthead.live.cache import tag_live_page
from masthead.live.models import LiveBlogPage, LiveEntry
from masthead.members.access import can_read

# Seconds a browser or CDN may reuse the endpoint's answer; purges reach
# readers through a CDN within this time.
ENDPOINT_MAX_AGE = 2
# Seconds between two polls of the endpoint by the page's script.
POLL_SECONDS = 5
# A live page without JavaScript reloads itself this often.
REFRESH_SECONDS = 60


def read_before(page: LiveBlogPage, request: HttpRequest) -> LiveEntry | None:
    """The entry whose older neighbours are asked for (``?after=<entry id>``),
    or None for the newest; an unknown id reads as the newest."""
    raw = request.GET.get("after", "")
    if not raw.isdigit():
        return None
    return LiveEntry.objects.filter(page=page, pk=int(raw)).first()


def live_page_context(
    page: LiveBlogPage, request: HttpRequest, *, authors: list
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
    page: LiveBlogPage, key_events: list[LiveEntry], *, shown: set[int]
) -> list[LiveEntry]:
    """Give each key event the link to its entry: an anchor on the newest
    page, or the older page that starts with it."""
    elsewhere = [e for e in key_events if e.pk not in shown and not e.is_pinned]
    neighbours = queries.newer_neighbours(page, elsewhere)
    for entry in key_events:
        entry.href = f"#{entry.anchor}"
        if entry.pk in neighbours:
            entry.href = f"?after={neighbours[entry.pk]}#{entry.anchor}"
    return key_events


def render_entry(entry: LiveEntry, request: HttpRequest, *, page) -> str:
    return render_to_string(
        "live/includes/entry.html", {"entry": entry, "page": page}, request=request
    )


def entries_payload(page: LiveBlogPage, request: HttpRequest) -> dict:
    """The newest entries as HTML fragments, for the page's script.

    ``window_start`` is the posting time (ms) of the oldest entry sent when
    older ones exist: entries on the reader's page from that time on that
    are not in ``entries`` were deleted. ``null`` means all were sent.
    """
    latest = queries.latest_entries(page, limit=queries.PAGE_SIZE + 1)
    window = latest[: queries.PAGE_SIZE]
    pinned = queries.pinned_entry(page)
    key_events = link_key_events(
        page, queries.key_events(page), shown={entry.pk for entry in window}
    )
    payload = {
        "page": page.pk,
        "status": page.coverage_status,
        "pinned": pinned.pk if pinned else None,
        "pinned_html": render_entry(pinned, request, page=page) if pinned else "",
        "entries": [
            {
                "id": entry.pk,
                "posted_at": entry.posted_ms,
                "version": entry.version,
                "html": render_entry(entry, request, page=page),
            }
            for entry in window
            if not entry.is_pinned
        ],
        "window_start": window[-1].posted_ms if len(latest) > len(window) else None,
        "key_events": [
            {"id": entry.pk, "label": entry.label, "anchor": entry.anchor}
            for entry in key_events
        ],
        "key_events_html": render_to_string(
            "live/includes/key_events.html",
            {"key_events": key_events},
            request=request,
        ),
    }
    encoded = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    payload["version"] = hashlib.blake2b(encoded.encode(), digest_size=8).hexdigest()
    return payload


def json_error(message: str, status: int) -> JsonResponse:
    response = JsonResponse({"error": message}, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def entries_json(request: HttpRequest, page_id: int) -> HttpResponse:
    """The latest entries of a live page, cached for anonymous readers.

    A public page's answer is the same for everyone: the page cache keeps it
    (a hit is answered before Django, without a query) until an entry or the
    page changes. Members-only pages answer 403 to those who may not read.
    """
    page = (
        LiveBlogPage.objects.published()
        .select_related("locale")
        .filter(pk=page_id)
        .first()
    )
    if page is None:
        return json_error(_("There is no live page here."), 404)
    restrictions = list(page.get_view_restrictions())
    if any(not r.accept_request(request) for r in restrictions):
        return json_error(_("This page is private."), 403)
    if not can_read(request.user, page.visibility):
        return json_error(_("This live page is for members."), 403)
    # The fragments are in the page's language, whatever the reader's
    # browser asks for: one URL, one answer.
    with translation.override(page.locale.language_code):
        payload = entries_payload(page, request)
    etag = f'"{payload["version"]}"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponse(status=304)
    else:
        response = JsonResponse(payload)
    response["ETag"] = etag
    if page.is_free and not restrictions:
        response["Cache-Control"] = f"public, max-age={ENDPOINT_MAX_AGE}"
        tag_live_page(request, page)
    else:
        response["Cache-Control"] = "private, no-cache"
    return response
