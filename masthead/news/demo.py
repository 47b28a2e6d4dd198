"""Load the demo newsroom: our own writing about a fictional city.

Idempotent: authors, topics and articles are found by slug and created only
when missing, so running it twice leaves one copy of everything.
"""

import json
from datetime import timedelta

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Site

from masthead.campaigns.models import Campaign, CampaignMessage
from masthead.core.generated_images import create_image, draw_avatar, draw_scene
from masthead.core.images import (
    ARTICLE_RENDITIONS,
    AVATAR_RENDITIONS,
    LISTING_RENDITIONS,
    SHARE_RENDITION,
)
from masthead.core.models import NewsImage, NewsroomSettings
from masthead.members.models import MemberCount, Tier
from masthead.news import demo_content, demo_trust
from masthead.news.models import ArticleAuthor, ArticlePage, Author, Topic
from masthead.news.services import ensure_site_tree

NEWSROOM_NAME = "The Pristan Courier"


ILLUSTRATIVE_PREFIXES = ("For illustrative purposes only.", "Ілюстративне фото.")


def hero_caption(text: str, *, illustrative: bool) -> str:
    """The caption without the illustrative notice, which the page adds itself."""
    if illustrative:
        for prefix in ILLUSTRATIVE_PREFIXES:
            text = text.removeprefix(prefix)
    return text.strip()


def paragraph_html(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def body_blocks(body: list, *, related_target: ArticlePage | None) -> str:
    """Turn the demo's plain-text blocks into raw StreamField JSON."""
    blocks = []
    for kind, value in body:
        if kind == "paragraph":
            blocks.append(("paragraph", paragraph_html(value)))
        elif kind == "quote":
            blocks.append(
                ("quote", {"text": value["text"], "attribution": value["attribution"]})
            )
        elif kind == "claim":
            blocks.append(
                (
                    "claim",
                    {
                        "text": paragraph_html(value["text"]),
                        "status": value["status"],
                        "note": value.get("note", ""),
                        "source": value.get("source", ""),
                    },
                )
            )
    if related_target is not None and len(blocks) > 2:
        blocks.insert(2, ("related", {"article": related_target.pk, "label": ""}))
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def ensure_locales() -> tuple[Locale, Locale]:
    english, _ = Locale.objects.get_or_create(language_code="en")
    ukrainian, _ = Locale.objects.get_or_create(language_code="uk")
    return english, ukrainian


def load_translatable(
    model, rows: list[dict], fields: list[str], *, english, ukrainian, extra=None
):
    """Create each row in English and Ukrainian; return {slug: english_object}."""
    objects = {}
    for row in rows:
        obj = model.objects.filter(slug=row["slug"], locale=english).first()
        if obj is None:
            values = {field: row[field] for field in fields}
            # ``extra`` is this function's callback, not QuerySet.extra().
            values.update(extra(row) if extra else {})  # nosec B610
            obj = model.objects.create(slug=row["slug"], locale=english, **values)
        if not model.objects.filter(
            translation_key=obj.translation_key, locale=ukrainian
        ).exists():
            translation = obj.copy_for_translation(ukrainian)
            for field, value in row["uk"].items():
                setattr(translation, field, value)
            translation.save()
        objects[row["slug"]] = obj
    return objects


def author_extra(row: dict) -> dict:
    initials = "".join(part[0] for part in row["name"].split()[:2])
    avatar = create_image(
        title=f"Portrait: {row['name']}",
        data=draw_avatar(initials, row["slug"]),
        filename=f"{row['slug']}.png",
        alt=f"Portrait placeholder with the initials {initials}",
        credit=NEWSROOM_NAME,
    )
    links = [
        {
            "type": "link",
            "value": {
                "label": link["label"],
                "url": link["url"] if not link["url"].startswith("mailto:") else "",
                "email": link["url"].removeprefix("mailto:")
                if link["url"].startswith("mailto:")
                else "",
            },
        }
        for link in row.get("links", [])
    ]
    return {"avatar": avatar, "links": json.dumps(links)}


def publish(page: ArticlePage, *, published_at) -> None:
    revision = page.save_revision(log_action=False)
    revision.publish(log_action=False)
    ArticlePage.objects.filter(pk=page.pk).update(
        first_published_at=published_at, last_published_at=published_at
    )


# Sent by ``manage.py load_demo`` after the newsroom is loaded, with the
# demo's ``password``: apps above news (newsletters, the editorial roles, live
# coverage) add their own demo content.
demo_loaded = Signal()


@transaction.atomic
def load_demo(*, content=None, now=None, members_only: int = 0) -> dict[str, int]:
    """Create the demo newsroom; return how many articles exist and were created.

    ``content`` is a module shaped like ``demo_content`` (tests pass a small
    one); ``members_only`` long reads are made readable by members only.
    """
    content = content or demo_content
    now = now or timezone.now()
    home = ensure_site_tree()
    english, ukrainian = ensure_locales()
    site = Site.objects.get(is_default_site=True)
    newsroom = NewsroomSettings.for_site(site)
    if newsroom.name != NEWSROOM_NAME:
        newsroom.name = NEWSROOM_NAME
        newsroom.tagline = "Independent news from Pristan and its region"
        newsroom.save()

    authors = load_translatable(
        Author,
        content.AUTHORS,
        ["name", "role", "bio"],
        english=english,
        ukrainian=ukrainian,
        extra=author_extra,
    )
    topics = load_translatable(
        Topic,
        content.TOPICS,
        ["name", "kind", "description"],
        english=english,
        ukrainian=ukrainian,
    )

    created = 0
    previous_by_topic: dict[str, ArticlePage] = {}
    rows = [*content.ARTICLES]
    if content is demo_content:
        rows.append(demo_trust.OPINION)
    ordered = sorted(rows, key=lambda row: -row["hours_ago"])
    for index, row in enumerate(ordered):
        article = ArticlePage.objects.filter(slug=row["slug"], locale=english).first()
        related_target = None
        if index % 4 == 1:
            related_target = next(
                (previous_by_topic[t] for t in row["topics"] if t in previous_by_topic),
                None,
            )
        if article is None:
            article = create_article(
                row,
                home=home,
                authors=authors,
                topics=topics,
                related_target=related_target,
                published_at=now - timedelta(hours=row["hours_ago"]),
            )
            created += 1
        for topic in row["topics"]:
            previous_by_topic[topic] = article
        if (
            row.get("uk")
            and not ArticlePage.objects.filter(
                translation_key=article.translation_key, locale=ukrainian
            ).exists()
        ):
            translate_article(article, row, locale=ukrainian)
    gate_long_reads(ordered, count=members_only)
    load_membership_offer(now=now)
    if content is demo_content:
        demo_trust.load_trust_demo(
            home=home, english=english, ukrainian=ukrainian, authors=authors, now=now
        )
    warm_renditions()
    return {"articles_created": created, "articles": ArticlePage.objects.count()}


def gate_long_reads(rows: list[dict], *, count: int) -> None:
    """Make the ``count`` longest reads members-only (the last for paying ones)."""
    long_reads = sorted(rows, key=lambda row: -sum(len(str(b)) for b in row["body"]))
    for index, row in enumerate(long_reads[:count]):
        visibility = "paid" if index == count - 1 else "members"
        ArticlePage.objects.filter(slug=row["slug"]).update(visibility=visibility)


def load_membership_offer(*, now) -> None:
    """Tiers and a membership drive, as an editor would set them up."""
    for order, (slug, name, monthly, yearly, description) in enumerate(
        [
            (
                "supporter",
                "Supporter",
                500,
                5000,
                "Keep the Courier free for everyone.",
            ),
            (
                "insider",
                "Insider",
                1500,
                15000,
                "Members-only long reads and a monthly call.",
            ),
        ]
    ):
        Tier.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "description": description,
                "monthly_amount": monthly,
                "yearly_amount": yearly,
                "stripe_monthly_price_id": f"price_demo_{slug}_month",
                "stripe_yearly_price_id": f"price_demo_{slug}_year",
                "sort_order": order,
            },
        )
    if Campaign.objects.exists():
        return
    campaign = Campaign.objects.create(
        name="Year-end drive",
        goal=5000,
        counts=MemberCount.Metric.MEMBERS,
        starts_at=now - timedelta(days=20),
        ends_at=max(
            timezone.localtime(now).replace(month=12, day=31, hour=23, minute=59),
            now + timedelta(days=30),
        ),
    )
    CampaignMessage.objects.create(
        campaign=campaign,
        language="en",
        headline="Reporting from Pristan takes time, and readers who care.",
        text="Help us reach 5,000 members before the year is out.",
        button="Join the Courier",
    )
    CampaignMessage.objects.create(
        campaign=campaign,
        language="uk",
        headline="Репортажі з Пристані потребують часу й небайдужих читачів.",
        text="Допоможіть нам зібрати 5000 членів до кінця року.",
        button="Приєднатися",
    )


def warm_renditions() -> None:
    """Make every rendition the pages use now, not on the first reader's visit."""
    heroes = ArticlePage.objects.exclude(hero_image=None).values_list(
        "hero_image", flat=True
    )
    for image in NewsImage.objects.filter(pk__in=heroes).prefetch_related("renditions"):
        image.get_renditions(*LISTING_RENDITIONS, *ARTICLE_RENDITIONS, SHARE_RENDITION)
    avatars = Author.objects.exclude(avatar=None).values_list("avatar", flat=True)
    for image in NewsImage.objects.filter(pk__in=avatars).prefetch_related(
        "renditions"
    ):
        image.get_renditions(*AVATAR_RENDITIONS)


def create_article(
    row, *, home, authors, topics, related_target, published_at
) -> ArticlePage:
    hero = row["hero"]
    image = create_image(
        title=f"Photo: {row['headline'][:80]}",
        data=draw_scene(row["slug"]),
        filename=f"{row['slug'][:50]}.jpg",
        alt=hero["alt"],
        caption=hero_caption(hero["caption"], illustrative=hero["illustrative"]),
        credit=hero["credit"],
    )
    article = ArticlePage(
        title=row["headline"],
        slug=row["slug"],
        standfirst=row["standfirst"],
        body=body_blocks(row["body"], related_target=related_target),
        hero_image=image,
        hero_is_illustrative=hero["illustrative"],
        verification_status=row["verification"],
        verification_note=row["verification_note"],
        sourcing_notes=row["sourcing"],
        first_published_at=published_at,
        work_type=demo_trust.WORK_TYPES.get(row["slug"], "news"),
    )
    article.article_authors = [
        ArticleAuthor(author=authors[slug], sort_order=i)
        for i, slug in enumerate(row["authors"])
    ]
    article.topics = [topics[slug] for slug in row["topics"]]
    home.add_child(instance=article)
    publish(article, published_at=published_at)
    return article


def translate_article(
    article: ArticlePage, row: dict, *, locale: Locale
) -> ArticlePage:
    translated_row = row["uk"]
    translation = article.copy_for_translation(locale)
    translation.title = translated_row["headline"]
    translation.draft_title = translated_row["headline"]
    translation.standfirst = translated_row["standfirst"]
    translation.body = body_blocks(translated_row["body"], related_target=None)
    translation.hero_caption = hero_caption(
        translated_row.get("hero_caption", ""),
        illustrative=article.hero_is_illustrative,
    )
    translation.save()
    publish(translation, published_at=article.first_published_at)
    return translation
