"""Purge cached pages when what they show changes (see ``news.cache``)."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from masthead.core import pagecache
from masthead.news.cache import purge_article
from masthead.news.models import ArticlePage, Author, Topic


@receiver(page_published)
@receiver(page_unpublished)
def purge_on_publish(sender, instance, **kwargs) -> None:
    if isinstance(instance, ArticlePage):
        purge_article(instance)
    else:
        # The front page, standards and other pages appear in every page's
        # navigation and footer.
        pagecache.purge_site()


@receiver(pre_delete, sender=ArticlePage)
def purge_on_delete(sender, instance, **kwargs) -> None:
    if instance.live:
        purge_article(instance)


@receiver(post_save, sender=Author)
@receiver(post_delete, sender=Author)
@receiver(post_save, sender=Topic)
@receiver(post_delete, sender=Topic)
def purge_on_snippet_change(sender, **kwargs) -> None:
    # Names of authors and topics show on many pages: start over.
    pagecache.purge_site()
