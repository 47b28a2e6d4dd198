import factory
from django.contrib.auth import get_user_model
from django.utils import timezone
from factory.django import DjangoModelFactory

from masthead.members.models import Member, Tier


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"member-user-{n}")
    email = factory.Sequence(lambda n: f"reader{n}@example.org")

    class Meta:
        model = get_user_model()


class MemberFactory(DjangoModelFactory):
    """A confirmed free member; ``confirmed_at=None`` for an unconfirmed one."""

    user = factory.SubFactory(UserFactory)
    email = factory.SelfAttribute("user.email")
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Member


class TierFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Supporter {n}")
    slug = factory.Sequence(lambda n: f"supporter-{n}")
    is_paid = True
    monthly_amount = 500
    yearly_amount = 5000
    stripe_monthly_price_id = factory.Sequence(lambda n: f"price_month_{n}")
    stripe_yearly_price_id = factory.Sequence(lambda n: f"price_year_{n}")

    class Meta:
        model = Tier
