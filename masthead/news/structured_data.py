"""schema.org JSON-LD for news pages."""

from django.http import HttpRequest
from django.utils.translation import get_language
from django.utils.translation import gettext as _

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


# IPTC's digital source type for media made by a generative model.
AI_GENERATED_SOURCE = "https://schema.org/TrainedAlgorithmicMediaDigitalSource"


def image_object(
    image, *, request: HttpRequest, caption: str = "", illustrative: bool = False
) -> dict:
    """An ``ImageObject`` with the picture's provenance: caption, credit,
    licence and, when so, that it only illustrates or was AI-generated."""
    rendition = image.get_rendition(SHARE_RENDITION)
    data = {
        "@type": "ImageObject",
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }
    flags = []
    if image.ai_generated:
        flags.append(str(_("AI-generated image.")))
        data["digitalSourceType"] = AI_GENERATED_SOURCE
    if illustrative:
        flags.append(str(_("For illustrative purposes only.")))
    if caption or flags:
        data["caption"] = " ".join([*flags, caption]).strip()
    if image.credit:
        data["creditText"] = image.credit
    if image.licence_url:
        data["license"] = image.licence_url
    elif image.licence:
        data["license"] = {"@type": "CreativeWork", "name": image.licence}
    return data


def correction_comments(corrections) -> list[dict]:
    """Corrections and updates as schema.org ``CorrectionComment``s."""
    return [
        {
            "@type": "CorrectionComment",
            "text": f"{correction.get_kind_display()}: {correction.text}",
            "datePublished": correction.published_at.isoformat(),
        }
        for correction in corrections
    ]


def news_article(
    page,
    *,
    request: HttpRequest,
    authors: list,
    gated: bool = False,
    corrections: list = (),
    standards_url: str = "",
) -> dict:
    """A ``NewsArticle`` (or the subtype of its type of work) for ``page``,
    with authors as ``Person``, its pictures and its corrections."""
    url = request.build_absolute_uri(page.get_url(request))
    data = {
        "@context": "https://schema.org",
        "@type": page.schema_type,
        "genre": page.get_work_type_display(),
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
    # A gated story's body is not public: only its hero picture is.
    pictures = page.pictures()[:1] if gated and page.hero_image else page.pictures()
    if gated and page.hero_image is None:
        pictures = []
    images = [
        image_object(image, request=request, caption=caption, illustrative=flag)
        for image, caption, flag in pictures
    ]
    if images:
        data["image"] = images
    if corrections:
        data["correction"] = correction_comments(corrections)
    if standards_url:
        data["publishingPrinciples"] = request.build_absolute_uri(standards_url)
    return {key: value for key, value in data.items() if value is not None}
