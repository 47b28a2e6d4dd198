import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from masthead.newsletters.models import Newsletter, Subscription


class NewsletterFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Morning Briefing {n}")
    slug = factory.Sequence(lambda n: f"briefing-{n}")
    sender_name = "The Lviv Ledger"
    description = "The day's essential stories before breakfast."

    class Meta:
        model = Newsletter


class SubscriptionFactory(DjangoModelFactory):
    """An active (confirmed) subscription."""

    newsletter = factory.SubFactory(NewsletterFactory)
    email = factory.Sequence(lambda n: f"subscriber{n}@example.org")
    status = Subscription.Status.ACTIVE
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Subscription


def subscribe_many(newsletter: Newsletter, count: int, start: int = 0) -> None:
    """``count`` active subscribers, written in bulk."""
    now = timezone.now()
    Subscription.objects.bulk_create(
        [
            Subscription(
                newsletter=newsletter,
                email=f"reader{i}@example.org",
                status=Subscription.Status.ACTIVE,
                confirmed_at=now,
            )
            for i in range(start, start + count)
        ],
        batch_size=2000,
    )
