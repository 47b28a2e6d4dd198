"""RSS 2.0 and Atom feeds of the whole site, each topic and each author.

Public articles carry their full text; members-only ones their standfirst.
Each item encloses its hero picture and is dated by its last real update, so
a correction moves it up in feed readers that sort by update.
"""

from django.contrib.syndication.views import Feed
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from masthead.core import pagecache
from masthead.core.i18n import active_locale
from masthead.core.images import SHARE_RENDITION
from masthead.core.models import NewsroomSettings
from masthead.news import queries
from masthead.news.cache import CORRECTIONS, article_tag, tag_listing
from masthead.news.models import ArticlePage, Author, Correction, Topic

FEED_SIZE = 20


class ArticleFeed(Feed):
    """The newest articles in the reader's language."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return None

    def newsroom(self) -> NewsroomSettings:
        return NewsroomSettings.for_request(self.request)

    def title(self, obj) -> str:
        return self.newsroom().name

    def description(self, obj) -> str:
        return self.newsroom().tagline or _("The latest stories")

    def link(self, obj) -> str:
        return self.request.path.rsplit("feed/", 1)[0] or "/"

    def filters(self, obj) -> dict:
        return {}

    def items(self, obj) -> list[ArticlePage]:
        locale = active_locale()
        page = queries.feed_page(
            queries.with_latest_correction(
                queries.latest_articles(locale=locale, **self.filters(obj))
            ),
            locale=locale,
            size=FEED_SIZE,
            renditions=[SHARE_RENDITION],
        )
        tag_listing(self.request, page.articles, **self.filters(obj))
        return page.articles

    def item_title(self, item: ArticlePage) -> str:
        return item.title

    def item_link(self, item: ArticlePage) -> str:
        return item.get_url(self.request)

    def item_guid(self, item: ArticlePage) -> str:
        # Stable across slug changes: the page's translation key and language.
        return (
            f"urn:masthead:article:{item.translation_key}:{self.request.LANGUAGE_CODE}"
        )

    item_guid_is_permalink = False

    def item_description(self, item: ArticlePage) -> str:
        if not item.is_free:
            return render_to_string(
                "feeds/gated_item.html", {"article": item}, request=self.request
            )
        return render_to_string(
            "feeds/item.html", {"article": item}, request=self.request
        )

    def item_pubdate(self, item: ArticlePage):
        return item.first_published_at

    def item_updateddate(self, item: ArticlePage):
        return item.modified_at

    def item_author_name(self, item: ArticlePage) -> str:
        return ", ".join(author.name for author in item.bylines)

    def item_categories(self, item: ArticlePage) -> list[str]:
        return [topic.name for topic in item.topic_list]

    def item_enclosures(self, item: ArticlePage) -> list[Enclosure]:
        if item.hero_image is None:
            return []
        rendition = item.hero_image.get_rendition(SHARE_RENDITION)
        return [
            Enclosure(
                self.request.build_absolute_uri(rendition.url),
                str(rendition.file.size),
                "image/jpeg",
            )
        ]


class AtomArticleFeed(ArticleFeed):
    feed_type = Atom1Feed
    subtitle = ArticleFeed.description

    def link(self, obj) -> str:
        return self.request.path.rsplit("feed/", 1)[0] or "/"


class TopicFeed(ArticleFeed):
    def get_object(self, request, slug):
        return queries.localized_or_404(Topic, slug)

    def title(self, obj) -> str:
        return f"{obj.name} · {self.newsroom().name}"

    def description(self, obj) -> str:
        return obj.description or obj.name

    def filters(self, obj) -> dict:
        return {"topic": obj}


class AtomTopicFeed(TopicFeed):
    feed_type = Atom1Feed
    subtitle = TopicFeed.description


class AuthorFeed(ArticleFeed):
    def get_object(self, request, slug):
        return queries.localized_or_404(Author, slug)

    def title(self, obj) -> str:
        return f"{obj.name} · {self.newsroom().name}"

    def description(self, obj) -> str:
        return obj.role or obj.name

    def filters(self, obj) -> dict:
        return {"author": obj}


class AtomAuthorFeed(AuthorFeed):
    feed_type = Atom1Feed
    subtitle = AuthorFeed.description


class CorrectionsFeed(Feed):
    """Every correction and update, newest first (the corrections log)."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        newsroom = NewsroomSettings.for_request(self.request)
        return f"{_('Corrections and updates')} · {newsroom.name}"

    def description(self) -> str:
        return _("Corrections, clarifications and updates to our stories.")

    def link(self) -> str:
        return reverse("news:corrections")

    def items(self) -> list[Correction]:
        found = queries.latest_corrections(locale=active_locale(), limit=FEED_SIZE)
        pagecache.tag(
            self.request, CORRECTIONS, *(article_tag(c.article) for c in found)
        )
        return found

    def item_title(self, item: Correction) -> str:
        return f"{item.get_kind_display()}: {item.article.title}"

    def item_link(self, item: Correction) -> str:
        return f"{item.article.get_url(self.request)}#corrections"

    def item_guid(self, item: Correction) -> str:
        return f"urn:masthead:correction:{item.pk}"

    item_guid_is_permalink = False

    def item_description(self, item: Correction) -> str:
        return render_to_string(
            "feeds/correction_item.html", {"correction": item}, request=self.request
        )

    def item_pubdate(self, item: Correction):
        return item.published_at

    def item_updateddate(self, item: Correction):
        amendments = list(item.amendments.all())
        return amendments[-1].changed_at if amendments else item.published_at


class AtomCorrectionsFeed(CorrectionsFeed):
    feed_type = Atom1Feed
    subtitle = CorrectionsFeed.description
