"""Pictures drawn with Pillow, for demo content and tests: nothing downloaded."""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

from masthead.core.models import NewsImage

PALETTES = [
    ((28, 52, 84), (201, 121, 66), (236, 222, 196)),
    ((40, 62, 48), (160, 178, 120), (232, 236, 214)),
    ((70, 38, 52), (214, 106, 88), (246, 226, 208)),
    ((24, 40, 60), (92, 148, 190), (222, 234, 244)),
    ((58, 52, 40), (196, 160, 72), (240, 232, 206)),
    ((34, 34, 44), (134, 122, 170), (228, 224, 240)),
]


def draw_scene(seed: str, *, width: int = 1600, height: int = 900) -> bytes:
    """A calm abstract city-by-a-river picture, the same for the same seed."""
    rng = random.Random(hashlib.sha256(seed.encode()).digest())
    dark, mid, light = PALETTES[rng.randrange(len(PALETTES))]
    image = Image.new("RGB", (width, height), light)
    draw = ImageDraw.Draw(image)
    for y in range(height // 2):
        t = y / (height / 2)
        colour = tuple(int(light[i] * (1 - t) + mid[i] * t) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    sun_x, sun_r = rng.randrange(width // 5, width - width // 5), rng.randrange(50, 110)
    draw.ellipse(
        [sun_x - sun_r, 120 - sun_r // 2, sun_x + sun_r, 120 + sun_r * 3 // 2],
        fill=tuple(min(255, c + 30) for c in light),
    )
    x = 0
    horizon = int(height * 0.62)
    while x < width:
        w = rng.randrange(40, 140)
        h = rng.randrange(60, 300)
        shade = tuple(max(0, c - rng.randrange(0, 30)) for c in dark)
        draw.rectangle([x, horizon - h, x + w, horizon], fill=shade)
        for wy in range(horizon - h + 14, horizon - 10, 26):
            for wx in range(x + 8, x + w - 12, 22):
                if rng.random() < 0.35:
                    draw.rectangle([wx, wy, wx + 8, wy + 12], fill=light)
        x += w + rng.randrange(0, 18)
    for y in range(horizon, height):
        t = (y - horizon) / (height - horizon)
        colour = tuple(int(mid[i] * (1 - t) + dark[i] * t) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    for _ in range(40):
        y = rng.randrange(horizon + 10, height)
        x0 = rng.randrange(0, width)
        draw.line([(x0, y), (x0 + rng.randrange(30, 160), y)], fill=light, width=2)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def draw_avatar(initials: str, seed: str, *, size: int = 400) -> bytes:
    """A portrait placeholder: initials on a colour chosen by ``seed``."""
    rng = random.Random(hashlib.sha256(seed.encode()).digest())
    dark, mid, _light = PALETTES[rng.randrange(len(PALETTES))]
    image = Image.new("RGB", (size, size), mid)
    draw = ImageDraw.Draw(image)
    draw.ellipse([size // 8, size // 8, size * 7 // 8, size * 7 // 8], fill=dark)
    font = ImageFont.load_default(size=size // 3)
    draw.text(
        (size / 2, size / 2), initials, fill=(255, 255, 255), font=font, anchor="mm"
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def create_image(
    *,
    title: str,
    data: bytes,
    filename: str,
    alt: str,
    caption: str = "",
    credit: str = "",
) -> NewsImage:
    """Store ``data`` as a library image, or return the one with that title."""
    existing = NewsImage.objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = NewsImage(title=title, description=alt, caption=caption, credit=credit)
    image.file = ImageFile(io.BytesIO(data), name=filename)
    image.save()
    return image
