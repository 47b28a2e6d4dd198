import json
from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from masthead.core.tests.factories import NewsImageFactory
from masthead.news.models import ArticleAuthor, ArticlePage, Author, Topic


class AuthorFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Reporter {n}")
    slug = factory.Sequence(lambda n: f"reporter-{n}")
    role = "Reporter"
    bio = "Covers the city."
    avatar = factory.SubFactory(NewsImageFactory)

    class Meta:
        model = Author


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    kind = Topic.Kind.SUBJECT

    class Meta:
        model = Topic


def paragraphs(*texts: str) -> str:
    """Raw StreamField JSON for an article body of plain paragraphs."""
    return json.dumps(
        [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]
    )


class ArticlePageFactory(wagtail_factories.PageFactory):
    """A live article: pass ``parent=``, and ``authors=`` or ``topics=`` lists."""

    title = factory.Sequence(lambda n: f"Article number {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    standfirst = "What happened, in one sentence."
    body = factory.LazyFunction(lambda: paragraphs("One paragraph of reporting."))
    hero_image = factory.SubFactory(NewsImageFactory)
    first_published_at = factory.Sequence(
        lambda n: timezone.now() - timedelta(hours=1000 - n)
    )
    last_published_at = factory.SelfAttribute("first_published_at")
    live = True

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def authors(obj, create, extracted, **kwargs):
        if not create:
            return
        authors = extracted if extracted is not None else [AuthorFactory()]
        for index, author in enumerate(authors):
            ArticleAuthor.objects.create(page=obj, author=author, sort_order=index)

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.topics.set(extracted)
            obj.save()
