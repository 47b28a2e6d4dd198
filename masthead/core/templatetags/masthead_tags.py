"""Template tags shared by every reader-facing template."""

import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from masthead.core.images import (
    ARTICLE_RENDITIONS,
    AVATAR_RENDITIONS,
    LISTING_RENDITIONS,
)

register = template.Library()

RENDITION_SETS = {
    "listing": LISTING_RENDITIONS,
    "article": ARTICLE_RENDITIONS,
    "avatar": AVATAR_RENDITIONS,
}

# Characters that would let JSON close a <script> element or open a comment.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def responsive_image(
    image, kind: str, sizes: str = "100vw", css_class: str = "", eager: bool = False
):
    """An ``<img>`` with WebP renditions in ``srcset`` and the image's alt text.

    ``kind`` names a rendition set from ``masthead.core.images``; list pages
    prefetch exactly those renditions, so this costs no query there.
    """
    if image is None:
        return ""
    renditions = list(image.get_renditions(*RENDITION_SETS[kind]).values())
    fallback = renditions[len(renditions) // 2]
    srcset = ", ".join(f"{r.url} {r.width}w" for r in renditions)
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"'
        ' class="{}" loading="{}" decoding="async">',
        fallback.url,
        srcset,
        sizes,
        fallback.width,
        fallback.height,
        image.default_alt_text,
        css_class,
        "eager" if eager else "lazy",
    )


@register.filter
def json_ld(data) -> str:
    """Render ``data`` as a JSON-LD ``<script>``, safe inside HTML."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>',
        # JSON escapes quotes; JSON_SCRIPT_ESCAPES the characters that could
        # end the element or open a comment in it.
        mark_safe(payload.translate(JSON_SCRIPT_ESCAPES)),  # nosec B308 B703
    )


@register.simple_tag(takes_context=True)
def language_alternates(context) -> list[dict]:
    """The current page in each language: code, native name, URL, whether active.

    A Wagtail page links to its live translations (one query) and, where it
    has none in a language, to that language's home page; other views swap
    the language prefix of their URL.
    """
    request = context["request"]
    current = get_language() or settings.LANGUAGE_CODE
    page = context.get("page")
    urls: dict[str, str] = {}
    if page is not None and getattr(page, "pk", None):
        for translation in (
            page.get_translations(inclusive=True).live().select_related("locale")
        ):
            urls[translation.locale.language_code] = translation.get_url(request)
    alternates = []
    for code, _name in settings.LANGUAGES:
        url = urls.get(code)
        exact = url is not None
        if url is None:
            url = translate_url("/" if page is not None else request.path, code)
        alternates.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "exact": exact or page is None,
                "active": code == current,
            }
        )
    return alternates
