"""Writes to live coverage."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page

from masthead.live.cache import purge_live_page
from masthead.live.models import LiveEntry
from masthead.news.models import ArticleAuthor, ArticlePage

PROMOTE_ACTION = "live.promote_entry"
# An entry's block types and the article body's that hold the same values.
ARTICLE_BLOCK_TYPES = {
    "text": "paragraph",
    "image": "image",
    "quote": "quote",
    "embed": "embed",
}


def free_slug(parent: Page, base: str) -> str:
    """``base``, or ``base-2``, ``base-3``… whichever no sibling uses."""
    base = base[:70].strip("-") or "story"
    taken = set(
        parent.get_children()
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def article_body(entry: LiveEntry) -> list[dict]:
    return [
        {"type": ARTICLE_BLOCK_TYPES[block["type"]], "value": block["value"]}
        for block in entry.body.raw_data
        if block["type"] in ARTICLE_BLOCK_TYPES
    ]


def first_text(entry: LiveEntry) -> str:
    for block in entry.body.raw_data:
        if block["type"] == "text":
            text = " ".join(strip_tags(block["value"]).split())
            if text:
                return text
    return ""


def promote_entry(*, entry: LiveEntry, user: AbstractBaseUser) -> ArticlePage:
    """Create a draft article from ``entry``, beside its live page.

    Headline from the entry (or the live page and the entry's time),
    standfirst from its first text, its blocks as the body, its author (or
    the live page's authors) as bylines, the live page's topics. The entry
    remembers the article and shows a link to it once it is published.
    Safe to call twice: an entry already promoted returns its article.
    """
    with transaction.atomic():
        entry = (
            LiveEntry.objects.select_for_update(of=("self",))
            .select_related("page", "author", "promoted_to")
            .get(pk=entry.pk)
        )
        if entry.promoted_to is not None:
            return entry.promoted_to
        live_page = entry.page
        parent = live_page.get_parent()
        posted = timezone.localtime(entry.posted_at)
        headline = entry.headline or _("%(title)s: %(time)s") % {
            "title": live_page.title,
            "time": posted.strftime("%H:%M"),
        }
        standfirst = first_text(entry) or live_page.standfirst
        article = ArticlePage(
            title=headline[:255],
            draft_title=headline[:255],
            slug=free_slug(parent, slugify(headline, allow_unicode=True)),
            standfirst=Truncator(standfirst).chars(600),
            body=article_body(entry),
            locale_id=live_page.locale_id,
            live=False,
            owner=user,
        )
        if entry.author is not None:
            authors = [entry.author]
        else:
            authors = [
                byline.author
                for byline in live_page.article_authors.select_related("author")
            ]
        article.article_authors = [
            ArticleAuthor(author=author, sort_order=index)
            for index, author in enumerate(authors)
        ]
        article.topics = list(live_page.topics.all())
        parent.add_child(instance=article)
        article.save_revision(user=user, log_action=False)
        LiveEntry.objects.filter(pk=entry.pk).update(promoted_to=article)
        log(
            instance=article,
            action=PROMOTE_ACTION,
            user=user,
            data={"entry": entry.pk, "live_page": live_page.pk},
        )
    return article


def refresh_promoted_entries(article: ArticlePage) -> None:
    """Entries promoted to ``article`` change (their link appears or goes):
    new versions for the page's script, and their pages purged."""
    promoted = LiveEntry.objects.filter(promoted_to=article)
    page_ids = set(promoted.values_list("page_id", flat=True))
    if page_ids:
        promoted.update(updated_at=timezone.now())
        for page_id in page_ids:
            purge_live_page(page_id)
