import factory
from factory.django import DjangoModelFactory
from wagtail.models import Collection

from masthead.core.models import NewsImage


class NewsImageFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Picture {n}")
    description = factory.Sequence(lambda n: f"Alt text of picture {n}")
    caption = "A caption written by the picture desk."
    credit = "Test Agency"
    file = factory.django.ImageField(width=320, height=180, color="#305070")
    collection = factory.LazyFunction(lambda: Collection.get_first_root_node())

    class Meta:
        model = NewsImage
