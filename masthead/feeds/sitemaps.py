"""Sitemaps in sections, a Google News sitemap, and robots.txt."""

from datetime import timedelta

from django.contrib.sitemaps import Sitemap
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from masthead.core import pagecache
from masthead.core.models import NewsroomSettings, StandardPage
from masthead.news.cache import SITEMAP
from masthead.news.models import ArticlePage, Author, HomePage, StandardsPage, Topic
from masthead.news.queries import with_latest_correction

NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000  # Google News reads at most 1,000 URLs per news sitemap


def page_path(page) -> str:
    """The page's path on its site, with its language's prefix."""
    with translation.override(page.locale.language_code):
        return page.get_url_parts()[2]


class ArticleSitemap(Sitemap):
    """Every live article in every language, newest first."""

    limit = 5000

    def items(self):
        return (
            with_latest_correction(ArticlePage.objects.published().public())
            .select_related("locale")
            .only(
                "url_path",
                "locale__language_code",
                "first_published_at",
                "last_published_at",
                "updated_at",
                "path",
                "depth",
            )
            .order_by("-first_published_at", "-pk")
        )

    def location(self, item: ArticlePage) -> str:
        return page_path(item)

    def lastmod(self, item: ArticlePage):
        return item.modified_at


class PageSitemap(Sitemap):
    """Home pages and standing pages (standards, about)."""

    def items(self):
        homes = list(HomePage.objects.live().public().select_related("locale"))
        pages = list(StandardPage.objects.live().public().select_related("locale"))
        standards = list(StandardsPage.objects.live().public().select_related("locale"))
        return homes + pages + standards

    def location(self, item) -> str:
        return page_path(item)

    def lastmod(self, item):
        return item.last_published_at


class TranslatableSnippetSitemap(Sitemap):
    model = None
    url_name = ""

    def items(self):
        return self.model.objects.select_related("locale").order_by("pk")

    def location(self, item) -> str:
        with translation.override(item.locale.language_code):
            return reverse(self.url_name, kwargs={"slug": item.slug})


class TopicSitemap(TranslatableSnippetSitemap):
    model = Topic
    url_name = "news:topic"


class AuthorSitemap(TranslatableSnippetSitemap):
    model = Author
    url_name = "news:author"


SITEMAPS = {
    "pages": PageSitemap,
    "articles": ArticleSitemap,
    "topics": TopicSitemap,
    "authors": AuthorSitemap,
}


@require_GET
@cache_control(public=True, max_age=300)
@pagecache.tagged(SITEMAP)
def news_sitemap(request: HttpRequest) -> HttpResponse:
    """Articles of the last 48 hours, in Google News' sitemap format."""
    since = timezone.now() - NEWS_WINDOW
    articles = (
        ArticlePage.objects.published()
        .public()
        .filter(first_published_at__gte=since)
        .select_related("locale")
        .order_by("-first_published_at", "-pk")[:NEWS_LIMIT]
    )
    entries = []
    for article in articles:
        with translation.override(article.locale.language_code):
            url = request.build_absolute_uri(article.get_url(request))
        entries.append(
            {"article": article, "url": url, "language": article.locale.language_code}
        )
    return render(
        request,
        "feeds/news_sitemap.xml",
        {"entries": entries, "publication": NewsroomSettings.for_request(request).name},
        content_type="application/xml; charset=utf-8",
    )


@require_GET
@cache_control(public=True, max_age=3600)
@pagecache.tagged()
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /members/",
        "Disallow: /uk/members/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap_index'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('news_sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
