"""A demo live page: a flood on the fictional river at Pristan, as it unfolds.

Our own invented writing, like the rest of the demo newsroom. Idempotent:
the page is found by its slug and its entries are made only with it.
"""

import json
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from masthead.live import services
from masthead.live.models import LiveBlogPage, LiveEntry
from masthead.news.models import ArticleAuthor, ArticlePage, Author, HomePage, Topic

SLUG = "pristan-river-flood-live"
IMAGE_FROM = "council-approves-lozovyi-island-water-main-repairs"

PAGE = {
    "title": "River flood in Pristan: live updates",
    "standfirst": (
        "The river rose a metre and a half overnight after three days of rain "
        "upstream. Lower Town and Lozovyi Island are the worst affected; we "
        "are following the evacuation and the council's response."
    ),
    "summary": (
        "Water levels are the highest recorded in Pristan since the river "
        "gauge was installed. Emergency crews are working along the "
        "embankment; the council has opened three shelters."
    ),
    "authors": ["olena-marchuk", "andrii-savchuk"],
    "topics": ["lower-town", "lozovyi-island", "city-council"],
}

# (minutes ago, headline, blocks, author, pinned, key event, promote)
ENTRIES = [
    (
        190,
        "Gauge at the old bridge passes the warning mark",
        [
            (
                "text",
                "The river gauge under the old bridge read 4.2 metres at "
                "dawn, twenty centimetres above the warning mark set by the city's "
                "water board. Fishermen on the embankment say the current is "
                "carrying whole trees.",
            )
        ],
        "andrii-savchuk",
        False,
        False,
        False,
    ),
    (
        160,
        "Council declares a flood emergency in Lower Town",
        [
            (
                "text",
                "At an emergency session held by phone, the city council "
                "voted to declare a local flood emergency for Lower Town. The "
                "declaration frees money from the reserve fund for sandbags, pumps "
                "and overtime for the utility crews.",
            )
        ],
        "olena-marchuk",
        False,
        True,
        False,
    ),
    (
        130,
        "",
        [
            (
                "quote",
                {
                    "text": "We are asking everyone on the first three "
                    "streets along the embankment to move valuables upstairs and to be "
                    "ready to leave within the hour.",
                    "attribution": "Pristan civil protection office",
                },
            )
        ],
        "olena-marchuk",
        False,
        False,
        False,
    ),
    (
        100,
        "The embankment path this morning",
        [
            ("image", "hero"),
            (
                "text",
                "Water has covered the lower "
                "embankment path from the ferry landing to the boat club.",
            ),
        ],
        "andrii-savchuk",
        False,
        False,
        False,
    ),
    (
        75,
        "Lozovyi Island residents told to evacuate",
        [
            (
                "text",
                "The civil protection office has ordered the evacuation "
                "of Lozovyi Island. Buses leave from the island school every half "
                "hour; pets are allowed. The bridge will close to cars at noon.",
            ),
            (
                "text",
                "About 1,400 people live on the island. Volunteers from the "
                "Mlynky kitchen are bringing hot food to the school yard.",
            ),
        ],
        "olena-marchuk",
        False,
        True,
        True,
    ),
    (
        50,
        "",
        [
            ("embed", "https://example.social/@pristan_rescue/110234"),
            (
                "text",
                "The rescue service posted a video of a boat crew taking "
                "an elderly couple off a roof in Lower Town. Both are safe.",
            ),
        ],
        None,
        False,
        False,
        False,
    ),
    (
        25,
        "Where to find help",
        [
            (
                "text",
                "Shelters are open at School No. 4 in Lower Town, the "
                "sports hall in Mlynky and the Drama Theatre's basement. The city "
                "hotline for flood help is 1580. Drinking water is handed out at "
                "each shelter.",
            )
        ],
        None,
        True,
        False,
        False,
    ),
    (
        8,
        "Rain upstream has stopped",
        [
            (
                "text",
                "The weather service says the rain in the hills has "
                "stopped, but the crest will pass Pristan in the evening. The "
                "council will meet again at six.",
            )
        ],
        "andrii-savchuk",
        False,
        False,
        False,
    ),
]


def body(blocks: list, *, image_id: int | None) -> str:
    data = []
    for kind, value in blocks:
        if kind == "text":
            data.append({"type": "text", "value": f"<p>{escape(value)}</p>"})
        elif kind == "image" and image_id is not None:
            data.append(
                {
                    "type": "image",
                    "value": {"image": image_id, "caption": "", "illustrative": True},
                }
            )
        elif kind in {"quote", "embed"}:
            data.append({"type": kind, "value": value})
    return json.dumps(data)


@transaction.atomic
def load_demo_live_page(**kwargs) -> LiveBlogPage | None:
    """Create the demo live page with its entries, unless it exists."""
    existing = LiveBlogPage.objects.filter(slug=SLUG).first()
    if existing is not None:
        return existing
    home = HomePage.objects.filter(locale__language_code="en").first()
    if home is None:
        return None
    authors = {a.slug: a for a in Author.objects.filter(locale=home.locale)}
    if not all(slug in authors for slug in PAGE["authors"]):
        return None  # the demo newsroom is not loaded
    topics = list(Topic.objects.filter(slug__in=PAGE["topics"], locale=home.locale))
    source = ArticlePage.objects.filter(slug=IMAGE_FROM).first()
    image = source.hero_image if source else None
    now = timezone.now()
    started = now - timedelta(minutes=200)
    page = LiveBlogPage(
        title=PAGE["title"],
        slug=SLUG,
        standfirst=PAGE["standfirst"],
        body=json.dumps(
            [{"type": "paragraph", "value": f"<p>{escape(PAGE['summary'])}</p>"}]
        ),
        hero_image=image,
        hero_is_illustrative=True,
        hero_caption="The embankment in Pristan (archive picture).",
        coverage_started_at=started,
    )
    page.article_authors = [
        ArticleAuthor(author=authors[slug], sort_order=index)
        for index, slug in enumerate(PAGE["authors"])
    ]
    page.topics = topics
    home.add_child(instance=page)
    revision = page.save_revision(log_action=False)
    revision.publish(log_action=False)
    LiveBlogPage.objects.filter(pk=page.pk).update(
        first_published_at=started, last_published_at=now
    )
    for minutes, headline, blocks, author, pinned, key, promote in ENTRIES:
        entry = LiveEntry.objects.create(
            page=page,
            posted_at=now - timedelta(minutes=minutes),
            headline=headline,
            body=body(blocks, image_id=image.pk if image else None),
            author=authors.get(author),
            is_pinned=pinned,
            is_key_event=key,
        )
        if promote:
            article = services.promote_entry(entry=entry, user=None)
            article.save_revision(log_action=False).publish(log_action=False)
    return page
