"""Stripe Checkout: start a subscription or a donation.

Amounts and prices come from our own records and validated forms, never
from what the browser sends back; Stripe's events (``stripe_events``) are
what finally changes a member's state.
"""

import logging

import stripe
from django.conf import settings

from masthead.members.models import Member, Tier

logger = logging.getLogger(__name__)

MIN_DONATION = 100  # cents
MAX_DONATION = 1_000_000


class PaymentsUnavailable(Exception):
    """Stripe could not be reached or refused the request."""


def stripe_client() -> stripe.StripeClient:
    if not settings.STRIPE_SECRET_KEY:
        raise PaymentsUnavailable("STRIPE_SECRET_KEY is not set")
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        base_addresses={"api": settings.STRIPE_API_BASE},
        max_network_retries=1,
    )


def _create_session(params: dict) -> str:
    try:
        session = stripe_client().v1.checkout.sessions.create(params=params)
    except stripe.StripeError as error:
        logger.warning("Stripe checkout failed: %s", type(error).__name__)
        raise PaymentsUnavailable(str(type(error).__name__)) from error
    return session.url


def _customer(member: Member) -> dict:
    if member.stripe_customer_id:
        return {"customer": member.stripe_customer_id}
    return {"customer_email": member.email}


def start_subscription(
    *, member: Member, tier: Tier, interval: str, success_url: str, cancel_url: str
) -> str:
    """Open a Checkout session for ``tier``; return the URL to send the member to."""
    price = tier.price_id(interval)
    if not tier.is_paid or not price or interval not in {"month", "year"}:
        raise ValueError("This tier cannot be bought with this interval.")
    metadata = {"member": str(member.public_id), "kind": "tier", "tier": tier.slug}
    return _create_session(
        {
            "mode": "subscription",
            "line_items": [{"price": price, "quantity": 1}],
            "client_reference_id": str(member.public_id),
            "metadata": metadata,
            "subscription_data": {"metadata": metadata},
            "success_url": success_url,
            "cancel_url": cancel_url,
            **_customer(member),
        }
    )


def start_donation(
    *,
    member: Member,
    amount: int,
    recurring: bool,
    success_url: str,
    cancel_url: str,
    currency: str | None = None,
) -> str:
    """Open a Checkout session for a donation of ``amount`` cents."""
    if not MIN_DONATION <= amount <= MAX_DONATION:
        raise ValueError("Donation amount out of range.")
    currency = currency or settings.MASTHEAD_CURRENCY
    metadata = {"member": str(member.public_id), "kind": "donation"}
    price_data = {
        "currency": currency,
        "unit_amount": amount,
        "product_data": {"name": "Donation"},
    }
    params = {
        "client_reference_id": str(member.public_id),
        "metadata": metadata,
        "success_url": success_url,
        "cancel_url": cancel_url,
        **_customer(member),
    }
    if recurring:
        price_data["recurring"] = {"interval": "month"}
        params |= {"mode": "subscription", "subscription_data": {"metadata": metadata}}
    else:
        params |= {"mode": "payment", "payment_intent_data": {"metadata": metadata}}
    params["line_items"] = [{"price_data": price_data, "quantity": 1}]
    return _create_session(params)


def billing_portal_url(*, member: Member, return_url: str) -> str:
    """A Stripe customer-portal session where the member manages billing."""
    if not member.stripe_customer_id:
        raise PaymentsUnavailable("no Stripe customer yet")
    try:
        session = stripe_client().v1.billing_portal.sessions.create(
            params={"customer": member.stripe_customer_id, "return_url": return_url}
        )
    except stripe.StripeError as error:
        logger.warning("Stripe billing portal failed: %s", type(error).__name__)
        raise PaymentsUnavailable(str(type(error).__name__)) from error
    return session.url
