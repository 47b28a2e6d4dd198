"""Reads of the newsletters app."""

from django.db.models import QuerySet

from masthead.newsletters.models import Newsletter, Send, Subscription


def open_newsletters() -> QuerySet[Newsletter]:
    """Newsletters that take sign-ups, in the editors' order."""
    return Newsletter.objects.filter(is_active=True)


def member_choices(*, member) -> list[dict]:
    """Every newsletter a member may choose, and whether they receive it."""
    subscribed = set(
        Subscription.objects.filter(
            email=member.email, status=Subscription.Status.ACTIVE
        ).values_list("newsletter_id", flat=True)
    )
    return [
        {"newsletter": newsletter, "subscribed": newsletter.pk in subscribed}
        for newsletter in Newsletter.objects.all()
        if newsletter.is_active or newsletter.pk in subscribed
    ]


def archived_sends(*, newsletter: Newsletter) -> QuerySet[Send]:
    """Past sends readers may read on the web, newest first."""
    return newsletter.sends.filter(status=Send.Status.SENT).only(
        "pk", "subject", "created_at", "kind"
    )
