from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents.views import serve as document_views

from masthead.api.openapi import openapi_json
from masthead.core import pagecache
from masthead.core.security import hardened_document_view
from masthead.core.views import serve_media
from masthead.feeds.sitemaps import SITEMAPS, news_sitemap, robots_txt
from masthead.members.urls import webhook_urlpatterns
from masthead.news.cache import SITEMAP
from masthead.search import views as search_views

# Says "no room to save" when the disk is full, else Django's 500 page.
handler500 = "masthead.core.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # wagtail.documents.urls, with headers that keep an uploaded file from
    # acting as a page of the site (masthead.core.security).
    re_path(
        r"^documents/(\d+)/(.*)$",
        hardened_document_view(document_views.serve),
        name="wagtaildocs_serve",
    ),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        document_views.authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("members/", include((webhook_urlpatterns, "webhooks"))),
    # ESP tracking webhooks (bounces, complaints): /anymail/<esp>/tracking/
    path("anymail/", include("anymail.urls")),
    path("campaigns/", include("masthead.campaigns.urls")),
    path("live/", include("masthead.live.urls")),
    path("ghost/api/content/openapi.json", openapi_json, name="content_api_schema"),
    path("ghost/api/content/", include("masthead.api.urls")),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap-news.xml", news_sitemap, name="news_sitemap"),
    path(
        "sitemap.xml",
        pagecache.tagged(SITEMAP)(sitemap_views.index),
        {"sitemaps": SITEMAPS},
        name="sitemap_index",
    ),
    path(
        "sitemap-<section>.xml",
        pagecache.tagged(SITEMAP)(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
]

if settings.MASTHEAD_SERVE_MEDIA:
    # The one-machine set-up serves uploads itself; a proxy or object storage
    # takes over in larger deployments (MASTHEAD_SERVE_MEDIA=0).
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve_media,
        )
    ]

urlpatterns += i18n_patterns(
    path("members/", include("masthead.members.urls")),
    path("newsletters/", include("masthead.newsletters.urls")),
    path("search/", search_views.search, name="search"),
    path("", include("masthead.feeds.urls")),
    path("", include("masthead.news.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
