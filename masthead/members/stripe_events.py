"""Apply Stripe's webhook events to members, once each, in any order.

Ordering rule (fetch-free): every event carries ``created``, the second Stripe
made it. A membership remembers the ``created`` of the newest event applied
to it (``state_at``); an older event arriving late is recorded but does not
change the state. Two events made in the same second are ordered by the
stage of a subscription's life they describe (``STAGE``), so a cancellation
is never undone by a same-second update that Stripe sent first.
"""

import logging
from datetime import UTC, datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from masthead.members.models import Donation, Member, Membership, StripeEvent, Tier
from masthead.members.services import refresh_member_state

logger = logging.getLogger(__name__)

STAGE = {
    Membership.Status.INCOMPLETE: 0,
    Membership.Status.TRIALING: 1,
    Membership.Status.ACTIVE: 2,
    Membership.Status.PAUSED: 3,
    Membership.Status.PAST_DUE: 3,
    Membership.Status.UNPAID: 4,
    Membership.Status.INCOMPLETE_EXPIRED: 5,
    Membership.Status.CANCELED: 5,
}
SUBSCRIPTION_EVENTS = {
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.subscription.deleted",
    "customer.subscription.paused",
    "customer.subscription.resumed",
}


def timestamp(value: int | None) -> datetime | None:
    return datetime.fromtimestamp(value, tz=UTC) if value else None


def record_stripe_event(*, event: dict) -> StripeEvent:
    """Store ``event`` and apply it, unless it was seen before.

    Idempotent and atomic: Stripe retries deliveries, and two deliveries of
    one event may arrive at once; the unique event id lets one through.
    """
    created = timestamp(event["created"])
    try:
        with transaction.atomic():
            stored = StripeEvent.objects.create(
                event_id=event["id"], type=event["type"], created=created, payload=event
            )
            stored.outcome = apply_event(event, created=created)
            stored.save(update_fields=["outcome"])
    except IntegrityError:
        stored = StripeEvent.objects.get(event_id=event["id"])
        logger.info("Stripe event %s already recorded", event["id"])
    return stored


def apply_event(event: dict, *, created: datetime) -> str:
    kind = event["type"]
    obj = event["data"]["object"]
    if kind == "checkout.session.completed":
        return apply_checkout(obj, created=created)
    if kind in SUBSCRIPTION_EVENTS:
        return apply_subscription(obj, created=created)
    if kind in {"invoice.payment_failed", "invoice.paid"}:
        return apply_invoice(obj, created=created, paid=kind == "invoice.paid")
    return "ignored"


def find_member(obj: dict, *, lock: bool = True) -> Member | None:
    members = Member.objects.select_for_update() if lock else Member.objects.all()
    public_id = (obj.get("metadata") or {}).get("member") or obj.get(
        "client_reference_id"
    )
    if public_id:
        try:
            return members.filter(public_id=public_id).first()
        except ValidationError:  # a malformed id finds nobody
            return None
    customer = obj.get("customer")
    if customer:
        return members.filter(stripe_customer_id=customer).first()
    return None


def attach_customer(member: Member, customer: str | None) -> None:
    if customer and not member.stripe_customer_id:
        member.stripe_customer_id = customer
        member.save(update_fields=["stripe_customer_id"])


def apply_checkout(session: dict, *, created: datetime) -> str:
    member = find_member(session)
    if member is None:
        return "no member"
    attach_customer(member, session.get("customer"))
    if session.get("mode") == "payment":
        if session.get("payment_status") != "paid":
            return "unpaid checkout"
        Donation.objects.get_or_create(
            stripe_checkout_session_id=session["id"],
            defaults={
                "member": member,
                "amount": session.get("amount_total") or 0,
                "currency": session.get("currency") or "eur",
                "stripe_payment_intent_id": session.get("payment_intent") or "",
                "paid_at": created,
            },
        )
        refresh_member_state(member=member)
        return "donation"
    subscription_id = session.get("subscription")
    if not subscription_id:
        return "no subscription"
    membership, _ = Membership.objects.select_for_update().get_or_create(
        stripe_subscription_id=subscription_id,
        defaults={
            "member": member,
            "stripe_customer_id": session.get("customer") or "",
        },
    )
    if membership.member_id is None:
        membership.member = member
        membership.save(update_fields=["member"])
    return "subscription linked"


def price_of(subscription: dict) -> dict:
    items = (subscription.get("items") or {}).get("data") or []
    return (items[0].get("price") or {}) if items else {}


def is_newer(membership: Membership, created: datetime, status: str) -> bool:
    if membership.state_at is None or created > membership.state_at:
        return True
    if created < membership.state_at:
        return False
    return STAGE.get(status, 0) >= STAGE.get(membership.status, 0)


def apply_subscription(subscription: dict, *, created: datetime) -> str:
    membership = (
        Membership.objects.select_for_update()
        .filter(stripe_subscription_id=subscription["id"])
        .first()
    )
    member = find_member(subscription)
    if membership is None:
        membership = Membership(
            stripe_subscription_id=subscription["id"], member=member
        )
    elif membership.member_id is None and member is not None:
        membership.member = member
    status = subscription.get("status") or Membership.Status.INCOMPLETE
    if not is_newer(membership, created, status):
        if membership.pk is None:
            membership.save()
        return "stale"
    metadata = subscription.get("metadata") or {}
    price = price_of(subscription)
    membership.kind = (
        Membership.Kind.DONATION
        if metadata.get("kind") == "donation"
        else Membership.Kind.TIER
    )
    membership.tier = tier_for(price.get("id"), metadata.get("tier"))
    membership.status = status
    membership.stripe_customer_id = subscription.get("customer") or ""
    membership.amount = price.get("unit_amount") or 0
    membership.currency = price.get("currency") or membership.currency
    membership.interval = (price.get("recurring") or {}).get("interval") or ""
    membership.cancel_at_period_end = bool(subscription.get("cancel_at_period_end"))
    membership.current_period_end = timestamp(subscription.get("current_period_end"))
    membership.state_at = created
    membership.save()
    if membership.member_id is not None:
        member = Member.objects.select_for_update().get(pk=membership.member_id)
        attach_customer(member, subscription.get("customer"))
        refresh_member_state(member=member)
    return f"subscription {status}"


def tier_for(price_id: str | None, slug: str | None) -> Tier | None:
    if price_id:
        tier = Tier.objects.filter(stripe_monthly_price_id=price_id).first() or (
            Tier.objects.filter(stripe_yearly_price_id=price_id).first()
        )
        if tier:
            return tier
    return Tier.objects.filter(slug=slug).first() if slug else None


def apply_invoice(invoice: dict, *, created: datetime, paid: bool) -> str:
    subscription_id = invoice.get("subscription") or (
        ((invoice.get("parent") or {}).get("subscription_details") or {}).get(
            "subscription"
        )
    )
    if not subscription_id:
        return "no subscription"
    membership = (
        Membership.objects.select_for_update()
        .filter(stripe_subscription_id=subscription_id)
        .first()
    )
    if membership is None:
        return "unknown subscription"
    status = Membership.Status.ACTIVE if paid else Membership.Status.PAST_DUE
    if membership.status == Membership.Status.CANCELED or not is_newer(
        membership, created, status
    ):
        return "stale"
    if paid and membership.status not in {
        Membership.Status.PAST_DUE,
        Membership.Status.UNPAID,
        Membership.Status.INCOMPLETE,
        Membership.Status.ACTIVE,
    }:
        return "ignored"
    membership.status = status
    membership.state_at = created
    membership.save(update_fields=["status", "state_at", "updated_at"])
    if membership.member_id is not None:
        member = Member.objects.select_for_update().get(pk=membership.member_id)
        refresh_member_state(member=member)
    return f"invoice {'paid' if paid else 'failed'}"
