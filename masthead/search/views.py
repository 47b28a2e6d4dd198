"""The reader's search page."""

from datetime import date

from django.core.paginator import EmptyPage, Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from masthead.core.i18n import active_locale
from masthead.news.models import Author, Topic
from masthead.search import queries

PAGE_SIZE = 20


def parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def parse_page(value: str | None) -> int:
    return int(value) if value and value.isascii() and value.isdigit() else 1


def search(request: HttpRequest) -> HttpResponse:
    """Search articles in the reader's language; every input is optional."""
    locale = active_locale()
    raw_query = request.GET.get("q", "")
    terms = queries.search_terms(raw_query)
    topics = list(Topic.objects.filter(locale=locale).order_by("name"))
    authors = list(Author.objects.filter(locale=locale).order_by("name"))
    notes = []
    filters = queries.SearchFilters(
        topic=next((t for t in topics if t.slug == request.GET.get("topic")), None),
        author=next((a for a in authors if a.slug == request.GET.get("author")), None),
        since=parse_date(request.GET.get("from")),
        until=parse_date(request.GET.get("to")),
    )
    if request.GET.get("from") and filters.since is None:
        notes.append(_("The start date was not understood and is ignored."))
    if request.GET.get("to") and filters.until is None:
        notes.append(_("The end date was not understood and is ignored."))
    if raw_query.strip() and not terms:
        notes.append(_("Search for words: punctuation and symbols are ignored."))

    results = queries.search_articles(terms, locale=locale, filters=filters)
    page = None
    if results:
        paginator = Paginator(results, PAGE_SIZE)
        try:
            page = paginator.page(parse_page(request.GET.get("page")))
        except EmptyPage:
            page = paginator.page(paginator.num_pages)
    return render(
        request,
        "search/search.html",
        {
            "query": " ".join(terms),
            "raw_query": raw_query[: queries.MAX_QUERY_LENGTH],
            "searched": bool(terms),
            "hits": queries.hits(list(page.object_list), terms) if page else [],
            "page_obj": page,
            "total": len(results),
            "topics": topics,
            "authors": authors,
            "filters": filters,
            "notes": notes,
        },
    )
