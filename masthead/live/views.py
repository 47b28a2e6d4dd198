"""The live page's reader context and its entries endpoint."""

import hashlib
import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from masthead.live import queries
from masthead.live.cache import tag_live_page
from masthead.live.models import LiveBlogPage, LiveEntry
from masthead.live.pages import link_key_events
from masthead.members.access import can_read

# Seconds a browser or CDN may reuse the endpoint's answer; purges reach
# readers through a CDN within this time.
ENDPOINT_MAX_AGE = 2


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
