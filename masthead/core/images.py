"""Rendition specs used across the site, named once.

Every picture is served as WebP in a few widths through ``srcset``; the
browser picks the one that fits the reader's screen.
"""

LISTING_WIDTHS = (320, 640)
ARTICLE_WIDTHS = (480, 800, 1200)
AVATAR_WIDTHS = (96, 192)


def webp_specs(widths: tuple[int, ...]) -> list[str]:
    return [f"width-{width}|format-webp" for width in widths]


def square_specs(widths: tuple[int, ...]) -> list[str]:
    return [f"fill-{width}x{width}|format-webp" for width in widths]


LISTING_RENDITIONS = webp_specs(LISTING_WIDTHS)
ARTICLE_RENDITIONS = webp_specs(ARTICLE_WIDTHS)
AVATAR_RENDITIONS = square_specs(AVATAR_WIDTHS)
# Open Graph and JSON-LD: one large JPEG, which every consumer understands.
SHARE_RENDITION = "fill-1200x630|format-jpeg"
