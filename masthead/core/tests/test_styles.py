"""The reader stylesheet's colours meet WCAG 2.2 AA contrast."""

import re
from pathlib import Path

import pytest

CSS = Path(__file__).resolve().parents[1] / "static" / "core" / "site.css"


def palette() -> dict[str, str]:
    return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", CSS.read_text()))


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    lighter, darker = sorted([luminance(a), luminance(b)], reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(
    ("text", "background", "minimum"),
    [
        ("ink", "paper", 4.5),
        ("muted", "paper", 4.5),
        ("accent", "paper", 4.5),
        ("accent-ink", "accent", 4.5),
        ("muted", "tint", 4.5),
        ("accent", "tint", 4.5),
        ("ink", "warn-bg", 4.5),
        ("ink", "bad-bg", 4.5),
        ("ink", "good-bg", 4.5),
        ("ink", "tint", 4.5),
        # Non-text contrast (focus ring, status borders): 3:1.
        ("focus", "paper", 3.0),
        ("warn", "warn-bg", 3.0),
        ("bad", "bad-bg", 3.0),
        ("good", "good-bg", 3.0),
    ],
)
def test_colour_pairs_meet_aa(text, background, minimum):
    colours = palette()
    assert contrast(colours[text], colours[background]) >= minimum
