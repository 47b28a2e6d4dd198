"""Keep live pages and their endpoint fresh when an entry changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from masthead.live.cache import purge_live_page
from masthead.live.models import LiveEntry
from masthead.live.services import refresh_promoted_entries
from masthead.news.models import ArticlePage


@receiver(post_save, sender=LiveEntry, dispatch_uid="live-entry-saved")
@receiver(post_delete, sender=LiveEntry, dispatch_uid="live-entry-deleted")
def purge_on_entry_change(sender, instance: LiveEntry, **kwargs) -> None:
    purge_live_page(instance.page_id)


@receiver(page_published, dispatch_uid="live-promoted-published")
@receiver(page_unpublished, dispatch_uid="live-promoted-unpublished")
def refresh_on_promoted_publish(sender, instance, **kwargs) -> None:
    if isinstance(instance, ArticlePage):
        refresh_promoted_entries(instance)
