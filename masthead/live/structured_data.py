"""schema.org ``LiveBlogPosting`` for live pages."""

from __future__ import annotations

from django.db.models import Model
from django.http import HttpRequest
from django.utils.translation import get_language

from masthead.news.models import ArticlePage
from masthead.news.structured_data import image_object, organization


def iso(value) -> str | None:
    return value.isoformat() if value else None


def blog_update(entry: Model, *, page_url: str, fallback_headline: str) -> dict:
    return {
        "@type": "BlogPosting",
        "headline": (entry.headline or fallback_headline)[:110],
        "articleBody": entry.body_text(),
        "datePublished": iso(entry.posted_at),
        "dateModified": iso(entry.updated_at),
        "url": f"{page_url}#{entry.anchor}",
    }


def live_blog_posting(
    page: ArticlePage,
    *,
    request: HttpRequest,
    authors: list,
    entries: list[Model],
    gated: bool = False,
) -> dict:
    """A ``LiveBlogPosting`` for ``page`` with ``entries`` as its updates.

    A members-only page lists no updates: their text is what others may not
    read.
    """
    url = request.build_absolute_uri(page.get_url(request))
    newest = max((entry.updated_at for entry in entries), default=None)
    modified = max(filter(None, [page.modified_at, newest]), default=None)
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": page.title[:110],
        "description": page.standfirst,
        "inLanguage": get_language(),
        "datePublished": iso(page.first_published_at),
        "dateModified": iso(modified),
        "coverageStartTime": iso(page.coverage_start_time),
        "coverageEndTime": None
        if page.is_live_coverage
        else iso(page.coverage_ended_at),
        "author": [
            {
                "@type": "Person",
                "name": author.name,
                "url": request.build_absolute_uri(author.get_absolute_url()),
            }
            for author in authors
        ],
        "publisher": organization(request),
        "isAccessibleForFree": not gated,
    }
    if not gated:
        data["liveBlogUpdate"] = [
            blog_update(entry, page_url=url, fallback_headline=page.title)
            for entry in entries
        ]
    if page.hero_image is not None:
        data["image"] = [
            image_object(page.hero_image, request=request, caption=page.caption)
        ]
    return {key: value for key, value in data.items() if value is not None}
