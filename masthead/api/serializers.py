"""Masthead's content in the shapes Ghost's Content API uses."""

from django.conf import settings
from django.http import HttpRequest
from django.template import engines
from django.utils.html import strip_tags
from django.utils.translation import get_language

from masthead.core.models import NewsroomSettings
from masthead.news.models import ArticlePage, Author, Topic

BODY_TEMPLATE = engines["django"].from_string(
    "{% load wagtailcore_tags %}"
    "{% for block in article.body %}{% include_block block %}{% endfor %}"
)


def ghost_id(pk: int) -> str:
    """A 24-hex-digit id, the shape of Ghost's object ids, from a primary key."""
    return f"{pk:024x}"


def pk_from(ghost: str) -> int | None:
    try:
        return int(ghost, 16) if len(ghost) <= 24 else None
    except ValueError:
        return None


def iso(value) -> str | None:
    return value.isoformat() if value else None


def absolute(request: HttpRequest, url: str | None) -> str | None:
    return request.build_absolute_uri(url) if url else None


def author_json(
    author: Author, request: HttpRequest, *, post_count: int | None = None
) -> dict:
    links = {
        link.value["label"].lower(): link.value.get("url") for link in author.links
    }
    data = {
        "id": ghost_id(author.pk),
        "slug": author.slug,
        "name": author.name,
        "profile_image": absolute(request, author.avatar.file.url)
        if author.avatar
        else None,
        "cover_image": None,
        "bio": author.bio or None,
        "website": links.get("website") or None,
        "location": None,
        "facebook": None,
        "twitter": None,
        "meta_title": None,
        "meta_description": None,
        "url": absolute(request, author.get_absolute_url()),
    }
    if post_count is not None:
        data["count"] = {"posts": post_count}
    return data


def tag_json(
    topic: Topic, request: HttpRequest, *, post_count: int | None = None
) -> dict:
    data = {
        "id": ghost_id(topic.pk),
        "slug": topic.slug,
        "name": topic.name,
        "description": topic.description or None,
        "feature_image": None,
        "visibility": "public",
        "meta_title": None,
        "meta_description": None,
        "url": absolute(request, topic.get_absolute_url()),
    }
    if post_count is not None:
        data["count"] = {"posts": post_count}
    return data


def post_json(
    article: ArticlePage, request: HttpRequest, *, include: set[str], formats: set[str]
) -> dict:
    """A post. Members-only articles carry no body: only what any reader sees."""
    url = absolute(request, article.get_url(request))
    image = article.hero_image
    data = {
        "id": ghost_id(article.pk),
        "uuid": str(article.translation_key),
        "title": article.title,
        "slug": article.slug,
        "comment_id": ghost_id(article.pk),
        "feature_image": absolute(request, image.file.url) if image else None,
        "feature_image_alt": image.default_alt_text if image else None,
        "feature_image_caption": article.caption or None,
        "featured": False,
        "visibility": article.visibility,
        "created_at": iso(article.first_published_at),
        "updated_at": iso(article.modified_at),
        "published_at": iso(article.first_published_at),
        "custom_excerpt": article.standfirst,
        "excerpt": article.standfirst,
        "reading_time": article.reading_minutes,
        "access": article.is_free,
        "url": url,
        "canonical_url": url,
        "og_title": None,
        "og_description": None,
        "twitter_title": None,
        "twitter_description": None,
        "meta_title": article.seo_title or None,
        "meta_description": article.search_description or None,
        "locale": get_language(),
    }
    if formats & {"html", "plaintext"}:
        html = (
            BODY_TEMPLATE.render({"article": article}, request)
            if article.is_free
            else ""
        )
        if "html" in formats:
            data["html"] = html
        if "plaintext" in formats:
            data["plaintext"] = strip_tags(html)
    if "authors" in include:
        data["authors"] = [author_json(a, request) for a in article.bylines]
        data["primary_author"] = data["authors"][0] if data["authors"] else None
    if "tags" in include:
        data["tags"] = [tag_json(t, request) for t in article.topic_list]
        data["primary_tag"] = data["tags"][0] if data["tags"] else None
    return data


def settings_json(request: HttpRequest) -> dict:
    newsroom = NewsroomSettings.for_request(request)
    logo = absolute(request, newsroom.logo.file.url) if newsroom.logo else None
    return {
        "title": newsroom.name,
        "description": newsroom.tagline,
        "logo": logo,
        "icon": logo,
        "accent_color": "#0b4f8a",
        "cover_image": None,
        "facebook": None,
        "twitter": None,
        "lang": get_language(),
        "locale": get_language(),
        "timezone": settings.TIME_ZONE,
        "codeinjection_head": None,
        "codeinjection_foot": None,
        "navigation": [
            {"label": "News", "url": "/"},
            {"label": "Topics", "url": "/topics/"},
            {"label": "Authors", "url": "/authors/"},
        ],
        "secondary_navigation": [],
        "meta_title": None,
        "meta_description": newsroom.tagline or None,
        "members_support_address": None,
        "url": request.build_absolute_uri("/"),
    }
