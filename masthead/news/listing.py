"""Render a cursor-paginated list of articles: the feed, topic and author pages."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from masthead.core.i18n import active_locale
from masthead.news import queries
from masthead.news.cache import tag_listing
from masthead.news.cursors import Cursor, InvalidCursor


def read_cursor(request: HttpRequest) -> Cursor | None:
    """The ``after`` cursor of the request; raises ``InvalidCursor``."""
    raw = request.GET.get("after")
    if raw is None:
        return None
    return Cursor.decode(raw)


def render_listing(
    request: HttpRequest, template: str, context: dict, **filters
) -> HttpResponse:
    """Render one cursor page of articles, or a 400 page for a broken cursor."""
    locale = active_locale()
    try:
        cursor = read_cursor(request)
    except InvalidCursor:
        return render(
            request, "news/bad_cursor.html", {"first_page": request.path}, status=400
        )
    page = queries.feed_page(
        queries.latest_articles(locale=locale, before=cursor, **filters), locale=locale
    )
    tag_listing(request, page.articles, **filters)
    context.update(
        articles=page.articles,
        next_cursor=page.next_cursor.encode() if page.next_cursor else None,
        is_first_page=cursor is None,
    )
    return render(request, template, context)
