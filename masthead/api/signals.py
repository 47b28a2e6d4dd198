"""Wiring: article publish, update and unpublish become webhook events."""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from masthead.api import webhooks
from masthead.api.serializers import ghost_id
from masthead.news.models import ArticlePage


def article_payload(article: ArticlePage) -> dict:
    return {
        "article": {
            "id": ghost_id(article.pk),
            "uuid": str(article.translation_key),
            "title": article.title,
            "slug": article.slug,
            "url": article.full_url,
            "locale": article.locale.language_code,
            "visibility": article.visibility,
            "published_at": article.first_published_at.isoformat()
            if article.first_published_at
            else None,
            "updated_at": article.modified_at.isoformat()
            if article.modified_at
            else None,
        }
    }


@receiver(page_published, sender=ArticlePage)
def article_published(sender, instance: ArticlePage, **kwargs) -> None:
    first = instance.first_published_at == instance.last_published_at
    event = "article.published" if first else "article.updated"
    webhooks.queue_event(event=event, payload=article_payload(instance))


@receiver(page_unpublished, sender=ArticlePage)
def article_unpublished(sender, instance: ArticlePage, **kwargs) -> None:
    webhooks.queue_event(event="article.unpublished", payload=article_payload(instance))
