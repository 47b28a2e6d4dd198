"""Reader-facing views: the feed, author and topic pages."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from masthead.core import pagecache
from masthead.core.i18n import active_locale
from masthead.news.listing import render_listing
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
