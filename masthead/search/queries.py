"""Full-text search over articles with Wagtail's search backend."""

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Locale
from wagtail.search import models as search_models

from masthead.news.models import ArticlePage, Author, Topic

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# Relevance is computed over at most this many matches; the pages a reader
# can click through come from them.
MAX_RESULTS = 200
# On SQLite, the best-ranked index entries looked at before filters apply.
MAX_RANKED = 5000
SNIPPET_CHARS = 220


def search_terms(raw: str) -> list[str]:
    """The words of a query: letters and digits only, so no search syntax,
    SQL or markup a reader types ever reaches the backend's parser."""
    return re.findall(r"\w+", raw[:MAX_QUERY_LENGTH])[:MAX_TERMS]


@dataclass
class SearchFilters:
    topic: Topic | None = None
    author: Author | None = None
    since: date | None = None
    until: date | None = None


@dataclass
class Hit:
    article: ArticlePage
    headline: SafeString
    standfirst: SafeString
    snippet: SafeString = field(default_factory=lambda: mark_safe(""))


def filtered_articles(
    *, locale: Locale, filters: SearchFilters
) -> QuerySet[ArticlePage]:
    articles = ArticlePage.objects.live().public().filter(locale=locale)
    if filters.topic is not None:
        articles = articles.filter(
            pk__in=ArticlePage.topics.through.objects.filter(
                topic__translation_key=filters.topic.translation_key
            ).values("articlepage_id")
        )
    if filters.author is not None:
        articles = articles.filter(
            pk__in=ArticlePage.article_authors.rel.related_model.objects.filter(
                author__translation_key=filters.author.translation_key
            ).values("page_id")
        )
    zone = timezone.get_current_timezone()
    if filters.since is not None:
        start = datetime.combine(filters.since, time.min, tzinfo=zone)
        articles = articles.filter(first_published_at__gte=start)
    if filters.until is not None:
        end = datetime.combine(filters.until, time.max, tzinfo=zone)
        articles = articles.filter(first_published_at__lte=end)
    return articles


def search_articles(
    terms: list[str], *, locale: Locale, filters: SearchFilters
) -> list[ArticlePage]:
    """Matching articles, most relevant first; equally relevant ones newest first."""
    if not terms:
        return []
    articles = filtered_articles(locale=locale, filters=filters)
    if uses_sqlite_fts():
        results = sqlite_ranked(terms, articles)
    else:
        results = list(
            articles.search(
                " ".join(terms), operator="and", order_by_relevance=True
            ).annotate_score("search_score")[:MAX_RESULTS]
        )
    if not results:
        return []
    # Backends differ in the sign and scale of scores but agree on order, so
    # the first result holds the best score. Scores within a tenth of each
    # other count as a tie (BM25 moves a little with document length), and
    # ties go newest first.
    best = results[0].search_score or 1.0

    def band(article: ArticlePage) -> float:
        return -round((article.search_score or 0.0) / best, 1)

    return sorted(
        results,
        key=lambda a: (
            band(a),
            -(a.first_published_at.timestamp() if a.first_published_at else 0),
        ),
    )


def uses_sqlite_fts() -> bool:
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return (
        connection.vendor == "sqlite" and backend == "wagtail.search.backends.database"
    )


def sqlite_ranked(
    terms: list[str], articles: QuerySet[ArticlePage]
) -> list[ArticlePage]:
    """Rank with one pass over SQLite's FTS5 index.

    Wagtail's SQLite backend scores each candidate with its own FTS subquery,
    which takes seconds once a word matches thousands of articles; one
    ``bm25()`` query over the index, then the filters, is fast. Titles weigh
    twice the body, as the backend weighs them. Terms are words only
    (``search_terms``), quoted as FTS5 strings, and passed as a parameter.
    """
    match = "{title body} : (" + " AND ".join(f'"{term}"' for term in terms) + ")"
    # SQLiteFTSIndexEntry exists only when the database is SQLite with FTS5.
    entries = search_models.IndexEntry._meta.db_table
    fts = search_models.SQLiteFTSIndexEntry._meta.db_table
    sql = (
        f"SELECT e.object_id, bm25({fts}, 0.0, 1.0, 2.0) AS score "
        f"FROM {fts} JOIN {entries} e ON {fts}.rowid = e.id "
        f"WHERE {fts} MATCH %s AND e.content_type_id = %s "
        "ORDER BY score LIMIT %s"
    )
    content_type = ContentType.objects.get_for_model(ArticlePage)
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, content_type.pk, MAX_RANKED])
        scores = {int(object_id): score for object_id, score in cursor.fetchall()}
    allowed = set(articles.filter(pk__in=scores).values_list("pk", flat=True))
    best = sorted((pk for pk in scores if pk in allowed), key=scores.get)[:MAX_RESULTS]
    found = {article.pk: article for article in articles.filter(pk__in=best)}
    for pk, article in found.items():
        article.search_score = scores[pk]
    return [found[pk] for pk in best if pk in found]


def highlight(text: str, terms: list[str]) -> SafeString:
    """``text`` escaped, with each query word marked (case-insensitive)."""
    escaped = html.escape(text)
    if not terms:
        return mark_safe(escaped)  # escaped above
    pattern = re.compile(
        "|".join(
            re.escape(html.escape(term))
            for term in sorted(terms, key=len, reverse=True)
        ),
        re.IGNORECASE,
    )
    return mark_safe(
        pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)
    )  # escaped above


def snippet(article: ArticlePage, terms: list[str]) -> SafeString:
    """A stretch of the body around the first matching word, highlighted."""
    text = " ".join(article.body_text().split())
    lowered = text.lower()
    positions = [lowered.find(term.lower()) for term in terms]
    found = [p for p in positions if p >= 0]
    if not found:
        return mark_safe("")
    start = max(0, min(found) - SNIPPET_CHARS // 3)
    piece = text[start : start + SNIPPET_CHARS]
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_CHARS < len(text) else ""
    return mark_safe(
        f"{prefix}{highlight(piece, terms)}{suffix}"
    )  # highlight() escapes


def hits(articles: list[ArticlePage], terms: list[str]) -> list[Hit]:
    return [
        Hit(
            article=article,
            headline=highlight(article.title, terms),
            standfirst=highlight(article.standfirst, terms),
            snippet=snippet(article, terms) if article.is_free else mark_safe(""),
        )
        for article in articles
    ]
