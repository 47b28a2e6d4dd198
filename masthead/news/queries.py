"""Reusable reads of news content."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import (
    Case,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from wagtail.models import Locale

from masthead.core.images import AVATAR_RENDITIONS, LISTING_RENDITIONS
from masthead.core.models import NewsRendition
from masthead.news.cursors import Cursor
from masthead.news.models.articles import ArticleAuthor, ArticlePage, RelatedStory
from masthead.news.models.people import Author, Topic

RELATED_LIMIT = 4


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
    articles = ArticlePage.objects.live().filter(locale=locale)
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


def with_listing_data(articles: QuerySet[ArticlePage]) -> QuerySet[ArticlePage]:
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
            queryset=NewsRendition.objects.filter(filter_spec__in=LISTING_RENDITIONS),
        ),
    )


@dataclass
class FeedPage:
    articles: list[ArticlePage]
    next_cursor: Cursor | None


def feed_page(
    articles: QuerySet[ArticlePage], *, locale: Locale, size: int | None = None
) -> FeedPage:
    """Slice one page off ``articles`` and say where the next one starts."""
    size = size or settings.MASTHEAD_FEED_PAGE_SIZE
    page = list(with_listing_data(articles)[: size + 1])
    next_cursor = None
    if len(page) > size:
        page = page[:size]
        last = page[-1]
        next_cursor = Cursor(published_at=last.first_published_at, pk=last.pk)
    localize_bylines(page, locale=locale)
    return FeedPage(articles=page, next_cursor=next_cursor)


def localized_map(model, objects, locale: Locale, *, queryset=None) -> dict:
    """Map each object's translation key to its translation in ``locale``.

    One query for all objects, none when they are all in ``locale`` already;
    an object without a translation maps to itself. ``queryset`` lets the
    caller fetch related data with the translations.
    """
    result = {obj.translation_key: obj for obj in objects}
    missing = [obj.translation_key for obj in objects if obj.locale_id != locale.pk]
    if missing:
        queryset = model.objects.all() if queryset is None else queryset
        for translation in queryset.filter(translation_key__in=missing, locale=locale):
            result[translation.translation_key] = translation
    return result


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


def article_bylines(
    article: ArticlePage, *, locale: Locale, preview: bool = False
) -> list[Author]:
    """The article's authors in order, in ``locale``, with avatars ready to render.

    A preview reads the bylines from the unsaved revision.
    """
    with_avatars = Author.objects.select_related("avatar").prefetch_related(
        Prefetch(
            "avatar__renditions",
            queryset=NewsRendition.objects.filter(filter_spec__in=AVATAR_RENDITIONS),
        )
    )
    if preview:
        ids = [byline.author_id for byline in article.article_authors.all()]
        found = {author.pk: author for author in with_avatars.filter(pk__in=ids)}
        authors = [found[pk] for pk in ids if pk in found]
    else:
        authors = list(
            with_avatars.filter(bylines__page=article).order_by("bylines__sort_order")
        )
    originals = {author.translation_key: author for author in authors}
    localized = list(localized_map(Author, authors, locale).values())
    for author in localized:
        original = originals[author.translation_key]
        if author is not original and author.avatar_id == original.avatar_id:
            # Same picture: reuse the avatar and renditions fetched above.
            author.avatar = original.avatar
    return localized


def related_articles(
    article: ArticlePage,
    *,
    topics: list[Topic],
    preview: bool = False,
    limit: int = RELATED_LIMIT,
) -> list[ArticlePage]:
    """Stories to show under ``article``: the editor's choice, else shared topics.

    One query either way: candidates of both kinds come back with the
    editor's order first, and shared-topic stories are used only when the
    editor chose none. A preview reads the choice from the unsaved revision.
    """
    if preview:
        ids = [story.article_id for story in article.related_stories.all()]
        chosen = Q(pk__in=ids)
        chosen_order = Case(
            *[When(pk=pk, then=Value(index)) for index, pk in enumerate(ids)],
            default=Value(None),
            output_field=IntegerField(),
        )
    else:
        stories = RelatedStory.objects.filter(page=article)
        chosen = Q(pk__in=stories.values("article_id"))
        chosen_order = Subquery(
            stories.filter(article=OuterRef("pk")).values("sort_order")[:1]
        )
    topic_keys = [topic.translation_key for topic in topics]
    shares_topic = Q(
        locale_id=article.locale_id,
        pk__in=ArticlePage.topics.through.objects.filter(
            topic__translation_key__in=topic_keys
        ).values("articlepage_id"),
    )
    candidates = list(
        ArticlePage.objects.live()
        .filter(chosen | shares_topic)
        .exclude(pk=article.pk)
        .annotate(chosen_order=chosen_order)
        .order_by(F("chosen_order").asc(nulls_last=True), "-first_published_at", "-pk")
        .select_related("hero_image")
        .prefetch_related(
            Prefetch(
                "hero_image__renditions",
                queryset=NewsRendition.objects.filter(
                    filter_spec__in=LISTING_RENDITIONS
                ),
            )
        )[:limit]
    )
    if candidates and candidates[0].chosen_order is not None:
        candidates = [c for c in candidates if c.chosen_order is not None]
    return candidates
