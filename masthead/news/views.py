"""Reader-facing views: the feed, author and topic pages."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from masthead.core import pagecache
from masthead.core.i18n import active_locale
from masthead.news import queries
from masthead.news.cache import CORRECTIONS, article_tag
from masthead.news.cursors import Cursor, InvalidCursor
from masthead.news.listing import read_cursor, render_listing
from masthead.news.models import Author, Topic
from masthead.news.queries import localized_or_404


def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    author = localized_or_404(Author, slug)
    return render_listing(
        request, "news/author_detail.html", {"author": author}, author=author
    )


def topic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    topic = localized_or_404(Topic, slug)
    return render_listing(
        request, "news/topic_detail.html", {"topic": topic}, topic=topic
    )


@pagecache.tagged()
def author_list(request: HttpRequest) -> HttpResponse:
    authors = Author.objects.filter(locale=active_locale()).select_related("avatar")
    return render(request, "news/author_list.html", {"authors": authors})


@pagecache.tagged()
def topic_list(request: HttpRequest) -> HttpResponse:
    topics = Topic.objects.filter(locale=active_locale())
    return render(
        request,
        "news/topic_list.html",
        {
            "places": [t for t in topics if t.kind == Topic.Kind.PLACE],
            "subjects": [t for t in topics if t.kind == Topic.Kind.SUBJECT],
        },
    )


def corrections(request: HttpRequest) -> HttpResponse:
    """Every correction and update, newest first: the newsroom's public record."""
    try:
        cursor = read_cursor(request)
    except InvalidCursor:
        return render(
            request, "news/bad_cursor.html", {"first_page": request.path}, status=400
        )
    found = queries.latest_corrections(
        locale=active_locale(),
        before=cursor,
        limit=queries.CORRECTIONS_PAGE_SIZE + 1,
    )
    shown = found[: queries.CORRECTIONS_PAGE_SIZE]
    next_cursor = None
    if len(found) > len(shown):
        last = shown[-1]
        next_cursor = Cursor(published_at=last.published_at, pk=last.pk).encode()
    pagecache.tag(request, CORRECTIONS, *(article_tag(c.article) for c in shown))
    return render(
        request,
        "news/corrections.html",
        {
            "corrections": shown,
            "next_cursor": next_cursor,
            "is_first_page": cursor is None,
        },
    )
