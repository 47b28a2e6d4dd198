"""Reusable reads of news content."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import (
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.models import Locale

from masthead.core.i18n import active_locale, localized_map
from masthead.core.images import LISTING_RENDITIONS
from masthead.core.models import NewsRendition
from masthead.news.cursors import Cursor
from masthead.news.models.articles import ArticleAuthor, ArticlePage
from masthead.news.models.corrections import Correction
from masthead.news.models.people import Author, Topic


def latest_articles(
    *,
    locale: Locale,
    topic: Topic | None = None,
    author: Author | None = None,
    before: Cursor | None = None,
) -> QuerySet[ArticlePage]:
    """Live, public articles in ``locale``, newest first.

    Topics and authors match by translation key, so a translated article
    filed under the English topic is found from the Ukrainian topic page.
    """
    articles = ArticlePage.objects.published().filter(locale=locale)
    if topic is not None:
        articles = articles.filter(topics__translation_key=topic.translation_key)
    if author is not None:
        articles = articles.filter(
            article_authors__author__translation_key=author.translation_key
        )
    if before is not None:
        articles = articles.filter(
            Q(first_published_at__lt=before.published_at)
            | Q(first_published_at=before.published_at, pk__lt=before.pk)
        )
    return articles.order_by("-first_published_at", "-pk")


def with_listing_data(
    articles: QuerySet[ArticlePage], *, renditions: list[str] = LISTING_RENDITIONS
) -> QuerySet[ArticlePage]:
    """Fetch what a story card shows in a fixed number of queries."""
    return articles.select_related("hero_image").prefetch_related(
        Prefetch(
            "article_authors",
            queryset=ArticleAuthor.objects.select_related("author").order_by(
                "sort_order"
            ),
        ),
        "topics",
        Prefetch(
            "hero_image__renditions",
            # Wagtail takes a prefetch as the complete list of an image's
            # renditions: ask for every spec the caller will render.
            queryset=NewsRendition.objects.filter(filter_spec__in=renditions),
        ),
    )


@dataclass
class FeedPage:
    articles: list[ArticlePage]
    next_cursor: Cursor | None


def feed_page(
    articles: QuerySet[ArticlePage],
    *,
    locale: Locale,
    size: int | None = None,
    renditions: list[str] = LISTING_RENDITIONS,
) -> FeedPage:
    """Slice one page off ``articles`` and say where the next one starts."""
    size = size or settings.MASTHEAD_FEED_PAGE_SIZE
    page = list(with_listing_data(articles, renditions=renditions)[: size + 1])
    next_cursor = None
    if len(page) > size:
        page = page[:size]
        last = page[-1]
        next_cursor = Cursor(published_at=last.first_published_at, pk=last.pk)
    localize_bylines(page, locale=locale)
    return FeedPage(articles=page, next_cursor=next_cursor)


def localize_bylines(articles: list[ArticlePage], *, locale: Locale) -> None:
    """Attach ``bylines`` and ``topic_list`` to each article, in ``locale``."""
    authors = [b.author for a in articles for b in a.article_authors.all()]
    topics = [t for a in articles for t in a.topics.all()]
    author_map = localized_map(Author, authors, locale)
    topic_map = localized_map(Topic, topics, locale)
    for article in articles:
        article.bylines = [
            author_map[b.author.translation_key] for b in article.article_authors.all()
        ]
        article.topic_list = [
            topic_map[t.translation_key] for t in article.topics.all()
        ]


def localized_or_404(model, slug: str):
    """The object with ``slug`` in the active language, else in any language."""
    locale = active_locale()
    found = list(model.objects.filter(slug=slug).select_related("locale")[:5])
    if not found:
        raise Http404(_("Not found"))
    for obj in found:
        if obj.locale_id == locale.pk:
            return obj
    return found[0]


CORRECTIONS_PAGE_SIZE = 30


def latest_corrections(
    *, locale: Locale, before: Cursor | None = None, limit: int = CORRECTIONS_PAGE_SIZE
) -> list[Correction]:
    """Corrections and updates of the readers' stories in ``locale``, newest
    first, each with its story and amendments (three queries)."""
    corrections = Correction.objects.filter(
        article__in=ArticlePage.objects.published().public().filter(locale=locale)
    )
    if before is not None:
        corrections = corrections.filter(
            Q(published_at__lt=before.published_at)
            | Q(published_at=before.published_at, pk__lt=before.pk)
        )
    return list(
        corrections.select_related("article")
        .prefetch_related("amendments")
        .order_by("-published_at", "-pk")[:limit]
    )


def with_latest_correction(articles: QuerySet[ArticlePage]) -> QuerySet[ArticlePage]:
    """Annotate each article's latest correction time, which its
    ``modified_at`` then counts (one subquery on an indexed column)."""
    return articles.annotate(
        latest_correction_at=Subquery(
            Correction.objects.filter(article=OuterRef("pk"))
            .order_by("-published_at")
            .values("published_at")[:1]
        )
    )
