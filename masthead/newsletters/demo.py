"""Demo newsletters: what an editor sets up on day one, and one past issue."""

from datetime import time

from masthead.news.models import ArticlePage
from masthead.newsletters import services
from masthead.newsletters.models import Newsletter, Send

NEWSLETTERS = [
    {
        "slug": "morning-briefing",
        "name": "Morning Briefing",
        "description": "Yesterday's stories from Pristan and the region, at seven.",
        "sender_name": "The Pristan Courier",
        "language": "en",
        "default_for_new_members": True,
        "sends_daily_digest": True,
        "digest_time": time(7, 0),
    },
    {
        "slug": "breaking",
        "name": "Breaking News",
        "description": "Only when something big happens. A few emails a month.",
        "sender_name": "The Pristan Courier",
        "language": "en",
    },
    {
        "slug": "ranok",
        "name": "Ранковий огляд",
        "description": "Головне з Пристані та області щоранку о сьомій.",
        "sender_name": "Пристанський кур'єр",
        "language": "uk",
        "sends_daily_digest": True,
        "digest_time": time(7, 0),
    },
]


def load_demo_newsletters(**kwargs) -> None:
    """Create the demo newsletters and one sent issue for the archive."""
    for order, row in enumerate(NEWSLETTERS):
        Newsletter.objects.get_or_create(
            slug=row["slug"], defaults=row | {"sort_order": order}
        )
    breaking = Newsletter.objects.get(slug="breaking")
    if Send.objects.filter(newsletter=breaking).exists():
        return
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    if article is None:
        return
    send = services.start_article_send(newsletter=breaking, article=article)
    services.finish_if_done(send_id=send.pk)  # nobody subscribed yet: sent
