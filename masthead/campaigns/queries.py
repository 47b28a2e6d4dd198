"""The meter: what a reader's page shows of the current campaign."""

from dataclasses import asdict, dataclass
from datetime import datetime

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from masthead.campaigns.models import Campaign
from masthead.members.models import MemberCount

METER_KEY = "masthead:campaign-meter:v1"
# How stale the number may be at most. Page views read the cache, not the
# database; a change of the totals clears it at once (``forget_meter``), and
# this bound covers processes whose local cache that clearing cannot reach.
METER_TTL = 3
# A finished campaign keeps saying whether it met its goal for this long.
RESULT_DAYS = 14


@dataclass
class Meter:
    campaign_id: int
    count: int
    goal: int
    ends_at: datetime
    finished: bool
    messages: dict[str, dict[str, str]]

    @property
    def percent(self) -> int:
        return min(100, round(100 * self.count / self.goal)) if self.goal else 100

    @property
    def goal_met(self) -> bool:
        return self.count >= self.goal

    def message(self, language: str) -> dict[str, str]:
        return self.messages.get(language) or next(iter(self.messages.values()), {})

    def as_json(self) -> dict:
        data = asdict(self)
        data.pop("messages")
        data["ends_at"] = self.ends_at.isoformat()
        data["percent"] = self.percent
        data["goal_met"] = self.goal_met
        return data


def load_meter(now: datetime | None = None) -> Meter | None:
    """The campaign on every page now (the newest started one), or None."""
    now = now or timezone.now()
    campaign = (
        Campaign.objects.filter(show_on_every_page=True, starts_at__lte=now)
        .filter(Q(ends_at__gte=now - timezone.timedelta(days=RESULT_DAYS)))
        .prefetch_related("messages")
        .first()
    )
    if campaign is None:
        return None
    count = (
        MemberCount.objects.filter(metric=campaign.counts)
        .values_list("value", flat=True)
        .first()
        or 0
    )
    return Meter(
        campaign_id=campaign.pk,
        count=max(0, count),
        goal=campaign.goal,
        ends_at=campaign.ends_at,
        finished=campaign.ends_at < now,
        messages={
            m.language: {"headline": m.headline, "text": m.text, "button": m.button}
            for m in campaign.messages.all()
        },
    )


def forget_meter(**kwargs) -> None:
    """Drop the cached meter: the next page view reads the new count."""
    cache.delete(METER_KEY)


def current_meter() -> Meter | None:
    """The meter from the cache: no query on most page views."""
    cached = cache.get(METER_KEY)
    if cached is None:
        meter = load_meter()
        cache.set(METER_KEY, meter or False, METER_TTL)
        return meter
    return cached or None
