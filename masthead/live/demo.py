"""A demo live page: a flood on the fictional river at Pristan, as it unfolds.

Our own invented writing, like the rest of the demo newsroom. Idempotent:
the page is found by its slug and its entries are made only with it.
"""

import json
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale

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

# Oldest first; "author" is a slug of PAGE's authors (None: no byline).
ENTRIES = [
    {
        "minutes_ago": 190,
        "headline": "Gauge at the old bridge passes the warning mark",
        "blocks": [
            (
                "text",
                "The river gauge under the old bridge read 4.2 metres at dawn, "
                "twenty centimetres above the warning mark set by the city's "
                "water board. Fishermen on the embankment say the current is "
                "carrying whole trees.",
            )
        ],
        "author": "andrii-savchuk",
    },
    {
        "minutes_ago": 160,
        "headline": "Council declares a flood emergency in Lower Town",
        "blocks": [
            (
                "text",
                "At an emergency session held by phone, the city council voted "
                "to declare a local flood emergency for Lower Town. The "
                "declaration frees money from the reserve fund for sandbags, "
                "pumps and overtime for the utility crews.",
            )
        ],
        "author": "olena-marchuk",
        "key_event": True,
    },
    {
        "minutes_ago": 130,
        "headline": "",
        "blocks": [
            (
                "quote",
                {
                    "text": "We are asking everyone on the first three streets "
                    "along the embankment to move valuables upstairs and to be "
                    "ready to leave within the hour.",
                    "attribution": "Pristan civil protection office",
                },
            )
        ],
        "author": "olena-marchuk",
    },
    {
        "minutes_ago": 100,
        "headline": "The embankment path this morning",
        "blocks": [
            ("image", None),
            (
                "text",
                "Water has covered the lower embankment path from the ferry "
                "landing to the boat club.",
            ),
        ],
        "author": "andrii-savchuk",
    },
    {
        "minutes_ago": 75,
        "headline": "Lozovyi Island residents told to evacuate",
        "blocks": [
            (
                "text",
                "The civil protection office has ordered the evacuation of "
                "Lozovyi Island. Buses leave from the island school every half "
                "hour; pets are allowed. The bridge will close to cars at noon.",
            ),
            (
                "text",
                "About 1,400 people live on the island. Volunteers from the "
                "Mlynky kitchen are bringing hot food to the school yard.",
            ),
        ],
        "author": "olena-marchuk",
        "key_event": True,
        "promote": True,
    },
    {
        "minutes_ago": 50,
        "headline": "",
        "blocks": [
            ("embed", "https://example.social/@pristan_rescue/110234"),
            (
                "text",
                "The rescue service posted a video of a boat crew taking an "
                "elderly couple off a roof in Lower Town. Both are safe.",
            ),
        ],
        "author": None,
    },
    {
        "minutes_ago": 25,
        "headline": "Where to find help",
        "blocks": [
            (
                "text",
                "Shelters are open at School No. 4 in Lower Town, the sports "
                "hall in Mlynky and the Drama Theatre's basement. The city "
                "hotline for flood help is 1580. Drinking water is handed out "
                "at each shelter.",
            )
        ],
        "author": None,
        "pinned": True,
    },
    {
        "minutes_ago": 8,
        "headline": "Rain upstream has stopped",
        "blocks": [
            (
                "text",
                "The weather service says the rain in the hills has stopped, "
                "but the crest will pass Pristan in the evening. The council "
                "will meet again at six.",
            )
        ],
        "author": "andrii-savchuk",
    },
]

UKRAINIAN = {
    "title": "Повінь у Пристані: оновлення наживо",
    "standfirst": (
        "За ніч річка піднялася на півтора метра після трьох днів дощів "
        "вище за течією. Найбільше постраждали Нижнє Місто та Лозовий острів."
    ),
    "summary": (
        "Рівень води найвищий відтоді, як біля старого мосту встановили "
        "водомірний пост. Міська рада відкрила три укриття."
    ),
    "entries": [
        {
            "minutes_ago": 160,
            "headline": "Рада оголосила надзвичайну ситуацію в Нижньому Місті",
            "blocks": [
                (
                    "text",
                    "На екстреному засіданні телефоном депутати оголосили "
                    "місцеву надзвичайну ситуацію через повінь.",
                )
            ],
            "key_event": True,
        },
        {
            "minutes_ago": 75,
            "headline": "Мешканців Лозового острова евакуюють",
            "blocks": [
                (
                    "text",
                    "Автобуси вирушають від острівної школи щопівгодини; "
                    "тварин брати можна.",
                )
            ],
            "key_event": True,
        },
        {
            "minutes_ago": 25,
            "headline": "Де шукати допомоги",
            "blocks": [
                (
                    "text",
                    "Укриття працюють у школі № 4, спортзалі в Млинках і в "
                    "підвалі драмтеатру. Гаряча лінія міста: 1580.",
                )
            ],
            "pinned": True,
        },
    ],
}


def body(blocks: list, *, image_id: int | None) -> str:
    data = []
    for kind, value in blocks:
        if kind == "text":
            data.append({"type": "text", "value": f"<p>{escape(value)}</p>"})
        elif kind == "image" and image_id is not None:  # the page's own picture
            data.append(
                {
                    "type": "image",
                    "value": {"image": image_id, "caption": "", "illustrative": True},
                }
            )
        elif kind in {"quote", "embed"}:
            data.append({"type": kind, "value": value})
    return json.dumps(data)


def summary_body(text: str) -> str:
    return json.dumps([{"type": "paragraph", "value": f"<p>{escape(text)}</p>"}])


def publish(page: LiveBlogPage, *, started, now) -> None:
    page.save_revision(log_action=False).publish(log_action=False)
    LiveBlogPage.objects.filter(pk=page.pk).update(
        first_published_at=started, last_published_at=now
    )


def add_entries(
    page: LiveBlogPage, rows: list[dict], *, authors: dict, image, now
) -> list[LiveEntry]:
    created = []
    for row in rows:
        author = row.get("author")
        created.append(
            LiveEntry.objects.create(
                page=page,
                posted_at=now - timedelta(minutes=row["minutes_ago"]),
                headline=row["headline"],
                body=body(row["blocks"], image_id=image.pk if image else None),
                author=authors.get(author) if author else None,
                is_pinned=row.get("pinned", False),
                is_key_event=row.get("key_event", False),
            )
        )
    return created


@transaction.atomic
def load_demo_live_page(**kwargs) -> LiveBlogPage | None:
    """Create the demo live page with its entries and its Ukrainian version,
    unless it exists."""
    existing = LiveBlogPage.objects.filter(slug=SLUG).first()
    if existing is not None:
        return existing
    home = HomePage.objects.filter(locale__language_code="en").first()
    if home is None:
        return None
    authors = {a.slug: a for a in Author.objects.filter(locale=home.locale)}
    # The demo's reporters; a smaller newsroom (the tests') lends its own.
    bylines = [authors[slug] for slug in PAGE["authors"] if slug in authors]
    bylines = bylines or list(authors.values())[:2]
    if not bylines:
        return None  # no newsroom loaded
    authors = {
        slug: bylines[i % len(bylines)] for i, slug in enumerate(PAGE["authors"])
    }
    topics = list(Topic.objects.filter(slug__in=PAGE["topics"], locale=home.locale))
    source = (
        ArticlePage.objects.filter(slug=IMAGE_FROM).first()
        or ArticlePage.objects.exclude(hero_image=None).order_by("pk").first()
    )
    image = source.hero_image if source else None
    now = timezone.now()
    started = now - timedelta(minutes=200)
    page = LiveBlogPage(
        title=PAGE["title"],
        slug=SLUG,
        standfirst=PAGE["standfirst"],
        body=summary_body(PAGE["summary"]),
        hero_image=image,
        hero_is_illustrative=True,
        hero_caption="The embankment in Pristan (archive picture).",
        coverage_started_at=started,
    )
    page.article_authors = [
        ArticleAuthor(author=author, sort_order=index)
        for index, author in enumerate(bylines)
    ]
    page.topics = topics
    home.add_child(instance=page)
    publish(page, started=started, now=now)
    entries = add_entries(page, ENTRIES, authors=authors, image=image, now=now)
    for row, entry in zip(ENTRIES, entries, strict=True):
        if row.get("promote"):
            article = services.promote_entry(entry=entry, user=None)
            article.save_revision(log_action=False).publish(log_action=False)

    ukrainian = Locale.objects.filter(language_code="uk").first()
    if ukrainian is not None and HomePage.objects.filter(locale=ukrainian).exists():
        translation = page.copy_for_translation(ukrainian)
        translation.title = translation.draft_title = UKRAINIAN["title"]
        translation.standfirst = UKRAINIAN["standfirst"]
        translation.body = summary_body(UKRAINIAN["summary"])
        translation.hero_caption = "Набережна в Пристані (архівне фото)."
        translation.save()
        publish(translation, started=started, now=now)
        add_entries(translation, UKRAINIAN["entries"], authors={}, image=None, now=now)
    return page
