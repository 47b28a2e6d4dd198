"""A small newsroom in the shape of ``demo_content``, for fast tests."""


def _article(
    number: int, *, topics, authors, hours_ago, words=120, uk=False, verification=""
):
    body = [
        ("paragraph", " ".join(["word"] * (words // 2))),
        (
            "quote",
            {"text": "A short quotation for the test.", "attribution": "A resident"},
        ),
        ("paragraph", " ".join(["word"] * (words - words // 2 - 6))),
    ]
    if verification:
        body.append(
            (
                "claim",
                {
                    "text": "A claim the newsroom checked.",
                    "status": verification,
                    "note": "We could not confirm it.",
                    "source": "A statement",
                },
            )
        )
    row = {
        "slug": f"story-{number}",
        "headline": f"Story number {number}",
        "standfirst": f"What happened in story {number}.",
        "authors": authors,
        "topics": topics,
        "hours_ago": hours_ago,
        "verification": verification,
        "verification_note": "We could not confirm it." if verification else "",
        "sourcing": "Documents seen by the newsroom." if number % 2 else "",
        "hero": {
            "caption": f"Caption of story {number}.",
            "credit": "Test Agency",
            "illustrative": number % 3 == 0,
            "alt": f"Alt text of story {number}",
        },
        "body": body,
        "uk": None,
    }
    if uk:
        row["uk"] = {
            "headline": f"Історія номер {number}",
            "standfirst": f"Що сталося в історії {number}.",
            "body": [("paragraph", "Український текст історії.")],
            "hero_caption": "Підпис українською.",
        }
    return row


AUTHORS = [
    {
        "slug": slug,
        "name": name,
        "role": "Reporter",
        "bio": f"{name} writes about the city.",
        "links": [{"label": "Email", "url": f"mailto:{slug}@example.org"}],
        "uk": {"name": f"{name} (uk)", "role": "Репортер", "bio": "Пише про місто."},
    }
    for slug, name in [
        ("ada-reed", "Ada Reed"),
        ("bo-lind", "Bo Lind"),
        ("cy-moss", "Cy Moss"),
    ]
]

TOPICS = [
    {
        "slug": slug,
        "name": name,
        "kind": kind,
        "description": f"All about {name}.",
        "uk": {"name": f"{name} (uk)", "description": "Усе про тему."},
    }
    for slug, name, kind in [
        ("harbour", "Harbour", "place"),
        ("energy", "Energy", "subject"),
        ("council", "Council", "subject"),
    ]
]

ARTICLES = [
    _article(1, topics=["harbour"], authors=["ada-reed"], hours_ago=200, words=700),
    _article(2, topics=["energy"], authors=["bo-lind", "ada-reed"], hours_ago=150),
    _article(
        3,
        topics=["harbour", "energy"],
        authors=["cy-moss"],
        hours_ago=120,
        verification="not_verified",
    ),
    _article(4, topics=["council"], authors=["ada-reed"], hours_ago=90),
    _article(
        5, topics=["energy"], authors=["bo-lind"], hours_ago=60, verification="disputed"
    ),
    _article(6, topics=["harbour"], authors=["cy-moss"], hours_ago=30),
    _article(
        7,
        topics=["council", "energy"],
        authors=["ada-reed", "cy-moss"],
        hours_ago=10,
        uk=True,
    ),
    _article(8, topics=["harbour"], authors=["bo-lind"], hours_ago=2, uk=True),
]
