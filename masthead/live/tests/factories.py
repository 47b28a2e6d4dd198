import json
from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from masthead.live.models import LiveBlogPage, LiveEntry
from masthead.news.tests.factories import ArticlePageFactory


def text_body(*texts: str) -> str:
    """Raw StreamField JSON for an entry of plain text blocks."""
    return json.dumps([{"type": "text", "value": f"<p>{text}</p>"} for text in texts])


class LiveBlogPageFactory(ArticlePageFactory):
    """A live page that is live and covering: pass ``parent=``."""

    title = factory.Sequence(lambda n: f"Live coverage {n}")
    slug = factory.Sequence(lambda n: f"live-{n}")

    class Meta:
        model = LiveBlogPage
        skip_postgeneration_save = True


class LiveEntryFactory(DjangoModelFactory):
    """An entry: pass ``page=``; each is posted a minute after the previous."""

    headline = factory.Sequence(lambda n: f"Entry {n}")
    body = factory.Sequence(lambda n: text_body(f"What happened at step {n}."))
    posted_at = factory.Sequence(lambda n: timezone.now() - timedelta(minutes=1000 - n))

    class Meta:
        model = LiveEntry
