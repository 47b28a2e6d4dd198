from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from masthead.campaigns.models import Campaign, CampaignMessage


class CampaignFactory(DjangoModelFactory):
    name = "Year-end drive"
    goal = 5000
    counts = "members"
    starts_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=10))
    ends_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))

    class Meta:
        model = Campaign
        skip_postgeneration_save = True

    @factory.post_generation
    def messages(obj, create, extracted, **kwargs):
        if create:
            CampaignMessage.objects.create(
                campaign=obj,
                language="en",
                headline="Independent news needs you.",
                text="Help us reach 5,000 members by the end of the year.",
                button="Join us",
            )
            CampaignMessage.objects.create(
                campaign=obj,
                language="uk",
                headline="Незалежним новинам потрібні ви.",
                text="Допоможіть нам зібрати 5000 членів до кінця року.",
                button="Приєднатися",
            )
