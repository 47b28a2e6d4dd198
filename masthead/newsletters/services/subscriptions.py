"""Subscriptions: double opt-in, members' choices, unsubscribe, suppression,
erasure and export."""

import logging
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from masthead.core import ratelimit
from masthead.core.addresses import normalize_email
from masthead.newsletters.models import (
    Delivery,
    Newsletter,
    Subscription,
    Suppression,
)
from masthead.newsletters.tasks import send_confirmation

logger = logging.getLogger(__name__)
State = Delivery.State


def subscribe(
    *, email: str, newsletters: list[Newsletter], ip: str, language: str
) -> list[Subscription]:
    """Ask ``email`` to confirm a subscription to ``newsletters``.

    Double opt-in: nothing is sent to the list until the address owner
    follows the emailed link. Already-active subscriptions stay as they
    are and no email reveals whether the address was known. Raises
    ``ratelimit.RateLimited`` when the IP or the address asked too often.
    """
    email = normalize_email(email)
    ratelimit.hit(
        "newsletter-ip",
        ip,
        ratelimit.Limit.parse(settings.MASTHEAD_NEWSLETTER_RATE_PER_IP),
    )
    ratelimit.hit(
        "newsletter-email",
        email,
        ratelimit.Limit.parse(settings.MASTHEAD_NEWSLETTER_RATE_PER_EMAIL),
    )

    pending = []
    with transaction.atomic():
        for newsletter in newsletters:
            subscription = _get_or_create(newsletter=newsletter, email=email)
            if subscription.status != Subscription.Status.ACTIVE:
                Subscription.objects.filter(pk=subscription.pk).update(
                    status=Subscription.Status.PENDING
                )
                pending.append(subscription)
        if pending:
            transaction.on_commit(
                partial(
                    send_confirmation.enqueue,
                    subscription_ids=[s.pk for s in pending],
                    language=language,
                )
            )
    return pending


def _get_or_create(*, newsletter: Newsletter, email: str, **defaults) -> Subscription:
    subscription = Subscription.objects.filter(
        newsletter=newsletter, email=email
    ).first()
    if subscription is not None:
        return subscription
    try:
        with transaction.atomic():
            return Subscription.objects.create(
                newsletter=newsletter, email=email, **defaults
            )
    except IntegrityError:  # a concurrent request created it a moment ago
        return Subscription.objects.get(newsletter=newsletter, email=email)


def confirm(*, subscriptions: list[Subscription]) -> list[Subscription]:
    """Activate pending subscriptions; active ones stay. Idempotent."""
    now = timezone.now()
    ids = [s.pk for s in subscriptions]
    Subscription.objects.filter(pk__in=ids, status=Subscription.Status.PENDING).update(
        status=Subscription.Status.ACTIVE, confirmed_at=now
    )
    return list(Subscription.objects.select_related("newsletter").filter(pk__in=ids))


def unsubscribe(*, subscription: Subscription) -> None:
    """Take the address off the list at once. Idempotent, no log-in needed.

    Deliveries of a send still running skip it from now on.
    """
    with transaction.atomic():
        Subscription.objects.filter(pk=subscription.pk).exclude(
            status=Subscription.Status.UNSUBSCRIBED
        ).update(
            status=Subscription.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now()
        )
        Delivery.objects.filter(subscription=subscription, state=State.PENDING).update(
            state=State.SKIPPED, error="unsubscribed"
        )
    logger.info("subscription %s unsubscribed", subscription.pk)


def set_member_newsletters(*, member, newsletter_ids: set[int]) -> None:
    """Make the member subscribed to exactly these newsletters.

    A member's address is confirmed by their log-in, so no opt-in email.
    """
    now = timezone.now()
    with transaction.atomic():
        for newsletter in Newsletter.objects.all():
            wanted = newsletter.pk in newsletter_ids
            subscription = Subscription.objects.filter(
                newsletter=newsletter, email=member.email
            ).first()
            if subscription is None:
                if wanted and newsletter.is_active:
                    _get_or_create(
                        newsletter=newsletter,
                        email=member.email,
                        member=member,
                        status=Subscription.Status.ACTIVE,
                        confirmed_at=now,
                    )
                continue
            if wanted and subscription.status != Subscription.Status.ACTIVE:
                Subscription.objects.filter(pk=subscription.pk).update(
                    status=Subscription.Status.ACTIVE, confirmed_at=now, member=member
                )
            elif not wanted and subscription.status != Subscription.Status.UNSUBSCRIBED:
                unsubscribe(subscription=subscription)
            elif subscription.member_id != member.pk:
                Subscription.objects.filter(pk=subscription.pk).update(member=member)


def subscribe_new_member(*, member) -> None:
    """Subscribe a newly confirmed member to the default newsletters."""
    defaults = Newsletter.objects.filter(default_for_new_members=True, is_active=True)
    for newsletter in defaults:
        subscription = _get_or_create(
            newsletter=newsletter,
            email=member.email,
            member=member,
            status=Subscription.Status.ACTIVE,
            confirmed_at=timezone.now(),
        )
        if subscription.status == Subscription.Status.PENDING:
            Subscription.objects.filter(pk=subscription.pk).update(
                status=Subscription.Status.ACTIVE,
                confirmed_at=timezone.now(),
                member=member,
            )


def forget_address(*, email: str) -> None:
    """Erase every newsletter record of ``email`` (a member's erasure)."""
    email = normalize_email(email)
    with transaction.atomic():
        Delivery.objects.filter(email=email).delete()
        Subscription.objects.filter(email=email).delete()
        Suppression.objects.filter(email=email).delete()


def export_address(*, email: str) -> list[dict]:
    """The newsletter records of ``email``, for a member's data export."""
    return [
        {
            "newsletter": s.newsletter.name,
            "status": s.status,
            "since": s.created_at.isoformat(),
            "confirmed": s.confirmed_at.isoformat() if s.confirmed_at else None,
            "emails_received": s.deliveries.filter(state=State.SENT).count(),
        }
        for s in Subscription.objects.select_related("newsletter").filter(
            email=normalize_email(email)
        )
    ]


def suppress(*, email: str, reason: str, detail: str = "") -> None:
    """Never send to ``email`` again (a bounce, a complaint). Idempotent."""
    email = normalize_email(email)
    with transaction.atomic():
        Suppression.objects.get_or_create(
            email=email, defaults={"reason": reason, "detail": detail[:300]}
        )
        Delivery.objects.filter(email=email, state=State.PENDING).update(
            state=State.SKIPPED, error=f"suppressed: {reason}"
        )
