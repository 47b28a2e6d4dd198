"""Purge cached pages when what they show changes (see ``news.cache``)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from masthead.core import dbstats, pagecache
from masthead.news.cache import CORRECTIONS, article_tag, purge_article
from masthead.news.models import (
    ArticleAuthor,
    ArticlePage,
    Author,
    Correction,
    CorrectionAmendment,
    StandardsPage,
    Topic,
)
from masthead.news.standards import forget_standards_url


@receiver(page_published)
@receiver(page_unpublished)
def purge_on_publish(sender, instance, **kwargs) -> None:
    if isinstance(instance, ArticlePage):
        purge_article(instance)
    else:
        # The front page, standards and other pages appear in every page's
        # navigation and footer.
        if isinstance(instance, StandardsPage):
            forget_standards_url()  # now, and again once the change is visible
            transaction.on_commit(forget_standards_url)
        pagecache.purge_site()


@receiver(post_save, sender=Correction)
@receiver(post_save, sender=CorrectionAmendment)
def purge_on_correction(sender, instance, **kwargs) -> None:
    """The story's correction box, its "updated" time, and the log."""
    article = instance.article if sender is Correction else instance.correction.article
    pagecache.purge_on_commit({article_tag(article), CORRECTIONS})


def listing_tables() -> list[str]:
    """The tables behind the feed, topic and author pages' queries."""
    return [
        Page._meta.db_table,
        ArticlePage._meta.db_table,
        ArticlePage.topics.through._meta.db_table,
        ArticleAuthor._meta.db_table,
        Topic._meta.db_table,
        Author._meta.db_table,
    ]


@receiver(page_published)
def refresh_listing_statistics(sender, **kwargs) -> None:
    transaction.on_commit(lambda: dbstats.refresh_statistics(listing_tables()))


@receiver(post_page_move)
def purge_on_move(sender, instance, **kwargs) -> None:
    # The old address and every list that linked to it.
    moved = instance.specific_deferred
    if isinstance(moved, ArticlePage):
        purge_article(moved)
    else:
        pagecache.purge_site()


@receiver(pre_delete)
def purge_on_delete(sender, instance, **kwargs) -> None:
    if not isinstance(instance, Page) or not instance.live:
        return
    if isinstance(instance, ArticlePage):
        purge_article(instance)
    elif not issubclass(instance.specific_class or Page, ArticlePage):
        # (An article's base page row comes here too; its ArticlePage row
        # is purged above.)
        pagecache.purge_site()


def purge_on_site_wide_change(sender, **kwargs) -> None:
    """Changes that show on many pages start the cache over: a page made
    private must leave every page, feed and sitemap; authors' and topics'
    names and the site's settings appear everywhere."""
    pagecache.purge_site()


for model in (PageViewRestriction, Site, Author, Topic):
    for signal in (post_save, post_delete):
        signal.connect(
            purge_on_site_wide_change,
            sender=model,
            dispatch_uid=f"pagecache-{signal is post_save}-{model.__name__}",
        )
