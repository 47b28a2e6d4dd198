"""Full-text search over articles with Wagtail's search backend."""

import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Locale
from wagtail.search import models as search_models
from wagtail.search.backends.database.sqlite.utils import fts5_available

from masthead.news.models import ArticlePage, Author, Topic
from masthead.search.stemming import highlight_stem, is_cyrillic, ukrainian_stem

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# Relevance is computed over at most this many matches; the pages a reader
# can click through come from them.
MAX_RESULTS = 200
# The stemmed FTS5 index on SQLite (migration 0001).
STEMMED = "masthead_search_stemmed"
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
    snippet: SafeString = field(default_factory=lambda: SafeString(""))


def filtered_articles(
    *, locale: Locale, filters: SearchFilters
) -> QuerySet[ArticlePage]:
    articles = ArticlePage.objects.published().public().filter(locale=locale)
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
    if uses_database_backend():
        results = ranked_articles(terms, articles)
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


@functools.cache
def has_fts5() -> bool:
    return fts5_available()


def uses_database_backend() -> bool:
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
    return backend == "wagtail.search.backends.database" and (
        connection.vendor == "postgresql"
        or (connection.vendor == "sqlite" and has_fts5())
    )


def ranked_articles(
    terms: list[str], articles: QuerySet[ArticlePage]
) -> list[ArticlePage]:
    """The best-scored ``articles`` matching every term, best first.

    Wagtail's database backends score each candidate with its own subquery,
    which takes seconds once a word matches thousands of articles; here one
    query ranks the index, keeps the entries of ``articles`` (the filters,
    as a subquery) and returns the best ``MAX_RESULTS``. English words are
    stemmed by the database; Ukrainian ones are cut to their stem here and
    matched as prefixes (``stemming``). Terms are words only
    (``search_terms``) and reach the database as parameters.
    """
    entries = search_models.IndexEntry._meta.db_table
    content_type = ContentType.objects.get_for_model(ArticlePage)
    allowed_sql, allowed_params = articles.values("pk").query.sql_with_params()
    if connection.vendor == "sqlite":
        sql, params = sqlite_ranking(terms, entries)
    else:
        sql, params = postgres_ranking(terms, entries)
    sql = sql.replace("{allowed}", allowed_sql)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, content_type.pk, *allowed_params, MAX_RESULTS])
        scores = {int(object_id): score for object_id, score in cursor.fetchall()}
    found = articles.in_bulk(list(scores))
    for pk, article in found.items():
        article.search_score = scores[pk]
    return [found[pk] for pk in scores if pk in found]


def sqlite_ranking(terms: list[str], entries: str) -> tuple[str, list[str]]:
    """One ``bm25()`` pass over the stemmed FTS5 index (migration 0001).
    Titles weigh twice the body, as Wagtail's backend weighs them."""

    def phrase(term: str) -> str:
        if is_cyrillic(term):
            return f'"{ukrainian_stem(term)}" *'
        return f'"{term}"'

    match = "{title body} : (" + " AND ".join(phrase(t) for t in terms) + ")"
    # The matches are ranked first, on their own (MATERIALIZED), then joined
    # to the entries by primary key. (Statistics on the index tables misled
    # SQLite into walking every entry per match, 18 s instead of 0.1 s;
    # core.dbstats keeps statistics to the listing tables.)
    sql = (
        # Table names come from the models; every value is a parameter.
        f"WITH matches AS MATERIALIZED (SELECT rowid AS entry_id, "  # nosec B608
        f"bm25({STEMMED}, 2.0, 1.0) AS score FROM {STEMMED} "
        f"WHERE {STEMMED} MATCH %s) "
        f"SELECT e.object_id, matches.score FROM matches "
        f"CROSS JOIN {entries} AS e ON e.id = matches.entry_id "
        "WHERE +e.content_type_id = %s "
        "AND CAST(e.object_id AS INTEGER) IN ({allowed}) "
        "ORDER BY matches.score LIMIT %s"
    )
    return sql, [match]


def postgres_ranking(terms: list[str], entries: str) -> tuple[str, list[str]]:
    """One ``ts_rank`` pass over Wagtail's tsvectors (English stemming; the
    title's weight is above the body's in Wagtail's index). Each word must be
    in the title or the body; ranking title and body apart, not joined, is
    three times faster."""
    queries, params = [], []
    for term in terms:
        if is_cyrillic(term):
            queries.append("to_tsquery('simple', %s)")
            params.append(f"'{ukrainian_stem(term)}':*")
        else:
            queries.append("plainto_tsquery('english', %s)")
            params.append(term)
    every_word = " AND ".join(
        f"(e.title @@ {query} OR e.body @@ {query})" for query in queries
    )
    all_words = " && ".join(queries)
    sql = (
        # Table names come from the models; every value is a parameter.
        "SELECT e.object_id, -(ts_rank(e.title, q.query) + ts_rank(e.body, q.query)) "  # nosec B608
        f"AS score FROM {entries} e, (SELECT {all_words} AS query) q "
        f"WHERE numnode(q.query) > 0 AND {every_word} "
        "AND e.content_type_id = %s "
        "AND CAST(e.object_id AS INTEGER) IN ({allowed}) "
        "ORDER BY score LIMIT %s"
    )
    # Each word's parameter appears in the ranked query, then twice in the
    # condition (title, body).
    return sql, [*params, *(param for param in params for _ in "tb")]


def term_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """Words on the page that the query matched: any word starting with a
    query word's stem, as the database matched inflected forms. Stems are
    word characters only, so the pattern finds the same words in plain and
    in HTML-escaped text."""
    stems = {highlight_stem(term) for term in terms} - {""}
    if not stems:
        return None
    alternatives = "|".join(
        re.escape(stem) for stem in sorted(stems, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def highlight(text: str, terms: list[str]) -> SafeString:
    """``text`` escaped, with each word the query matched marked.

    Words are found in the text itself, then each piece is escaped: a word
    is never found inside an entity that escaping made (``lt`` in ``&lt;``).
    """
    pattern = term_pattern(terms)
    if pattern is None:
        return escape(text)
    pieces, end = [], 0
    for found in pattern.finditer(text):
        pieces.append(escape(text[end : found.start()]))
        pieces.append(format_html("<mark>{}</mark>", found.group(0)))
        end = found.end()
    pieces.append(escape(text[end:]))
    # Each piece is escaped above.
    return mark_safe("".join(pieces))  # nosec B308 B703


def snippet(article: ArticlePage, terms: list[str]) -> SafeString:
    """A stretch of the body around the first matching word, highlighted."""
    text = " ".join(article.body_text().split())
    pattern = term_pattern(terms)
    found = pattern.search(text) if pattern else None
    if found is None:
        return SafeString("")
    start = max(0, found.start() - SNIPPET_CHARS // 3)
    piece = text[start : start + SNIPPET_CHARS]
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_CHARS < len(text) else ""
    return format_html("{}{}{}", prefix, highlight(piece, terms), suffix)


def hits(articles: list[ArticlePage], terms: list[str]) -> list[Hit]:
    return [
        Hit(
            article=article,
            headline=highlight(article.title, terms),
            standfirst=highlight(article.standfirst, terms),
            snippet=snippet(article, terms) if article.is_free else SafeString(""),
        )
        for article in articles
    ]
