"""schema.org JSON-LD for news pages."""

from django.http import HttpRequest
from django.utils.translation import get_language

from masthead.core.images import SHARE_RENDITION
from masthead.core.models import NewsroomSettings


def organization(request: HttpRequest) -> dict:
    newsroom = NewsroomSettings.for_request(request)
    data = {
        "@type": "NewsMediaOrganization",
        "name": newsroom.name,
        "url": request.build_absolute_uri("/"),
    }
    if newsroom.logo is not None:
        logo = newsroom.logo.get_rendition("max-600x60|format-png")
        data["logo"] = {
            "@type": "ImageObject",
            "url": request.build_absolute_uri(logo.url),
            "width": logo.width,
            "height": logo.height,
        }
    return data


def image_object(image, *, request: HttpRequest, caption: str = "") -> dict:
    rendition = image.get_rendition(SHARE_RENDITION)
    data = {
        "@type": "ImageObject",
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }
    if caption:
        data["caption"] = caption
    if image.credit:
        data["creditText"] = image.credit
    return data


def news_article(
    page, *, request: HttpRequest, authors: list, gated: bool = False
) -> dict:
    """A ``NewsArticle`` for ``page``, with authors as ``Person``."""
    url = request.build_absolute_uri(page.get_url(request))
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": page.title[:110],
        "description": page.standfirst,
        "inLanguage": get_language(),
        "datePublished": page.first_published_at.isoformat()
        if page.first_published_at
        else None,
        "dateModified": page.modified_at.isoformat() if page.modified_at else None,
        "author": [
            {
                "@type": "Person",
                "name": author.name,
                "url": request.build_absolute_uri(author.get_absolute_url()),
                **({"jobTitle": author.role} if author.role else {}),
            }
            for author in authors
        ],
        "publisher": organization(request),
        "isAccessibleForFree": not gated,
        "wordCount": page.body_word_count(),
        "timeRequired": f"PT{page.reading_minutes}M",
    }
    if gated:
        # Google's paywalled-content markup: the section readers without
        # access do not get (https://developers.google.com/search/docs/appearance/structured-data/paywalled-content).
        data["hasPart"] = {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".article__body",
        }
    if page.hero_image is not None:
        data["image"] = [
            image_object(page.hero_image, request=request, caption=page.caption)
        ]
    return {key: value for key, value in data.items() if value is not None}
