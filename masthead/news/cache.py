"""What each reader page shows, for the page cache, and the purges that keep
it fresh when an article, author or topic changes.

Tags: ``article:<translation key>`` on an article's page and on every page
that lists it, ``topic:<key>`` and ``author:<key>`` on their pages and feeds
(so a new article appears there), ``feed`` on the front page and site feeds,
``sitemap`` on the sitemaps, ``corrections`` on the corrections log and
its feeds. A translation key is shared by an article's
language versions, so a change purges both.
"""

from collections.abc import Iterable

from django.http import HttpRequest
from wagtail.models import TranslatableMixin

from masthead.core import pagecache

# Articles, topics and authors are tagged by their translation key, so this
# module needs no model and stays below them (models tag their own pages).

FEED = "feed"
SITEMAP = "sitemap"
# The corrections page and its feeds.
CORRECTIONS = "corrections"


def article_tag(article: TranslatableMixin) -> str:
    return f"article:{article.translation_key}"


def topic_tag(topic: TranslatableMixin) -> str:
    return f"topic:{topic.translation_key}"


def author_tag(author: TranslatableMixin) -> str:
    return f"author:{author.translation_key}"


def tag_listing(
    request: HttpRequest,
    articles: Iterable[TranslatableMixin],
    *,
    topic: TranslatableMixin | None = None,
    author: TranslatableMixin | None = None,
) -> None:
    """Tag a list of articles: the front page, a topic or an author page, or
    one of their feeds."""
    if topic is not None:
        tags = [topic_tag(topic)]
    elif author is not None:
        tags = [author_tag(author)]
    else:
        tags = [FEED]
    pagecache.tag(request, *tags, *(article_tag(a) for a in articles))


def tag_article(
    request: HttpRequest,
    article: TranslatableMixin,
    *,
    related: Iterable[TranslatableMixin],
) -> None:
    """Tag an article's page: itself and the stories listed under it."""
    pagecache.tag(request, article_tag(article), *(article_tag(r) for r in related))


def purge_article(article: TranslatableMixin) -> None:
    """Every page that shows ``article``."""
    tags = {article_tag(article), FEED, SITEMAP}
    topic_keys = article.topics.values_list("translation_key", flat=True)
    tags.update(f"topic:{key}" for key in topic_keys)
    author_keys = article.article_authors.values_list(
        "author__translation_key", flat=True
    )
    tags.update(f"author:{key}" for key in author_keys)
    pagecache.purge_on_commit(tags)
