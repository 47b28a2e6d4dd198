"""Build Stripe webhook events and sign them with Stripe's own library."""

import itertools
import json

import stripe
from django.conf import settings

_ids = itertools.count(1)


def event(kind: str, obj: dict, *, created: int, event_id: str | None = None) -> dict:
    return {
        "id": event_id or f"evt_test_{next(_ids):08d}",
        "object": "event",
        "api_version": "2025-10-29",
        "created": created,
        "livemode": False,
        "type": kind,
        "data": {"object": obj},
    }


def subscription(
    sub_id: str,
    *,
    status: str,
    member=None,
    customer: str = "cus_test",
    price: str = "price_month_0",
    amount: int = 500,
    kind: str = "tier",
    cancel_at_period_end: bool = False,
) -> dict:
    metadata = {"kind": kind}
    if member is not None:
        metadata["member"] = str(member.public_id)
    return {
        "id": sub_id,
        "object": "subscription",
        "status": status,
        "customer": customer,
        "metadata": metadata,
        "cancel_at_period_end": cancel_at_period_end,
        "current_period_end": 1_900_000_000,
        "items": {
            "data": [
                {
                    "price": {
                        "id": price,
                        "unit_amount": amount,
                        "currency": "eur",
                        "recurring": {"interval": "month"},
                    }
                }
            ]
        },
    }


def signed_post(
    client, payload: dict | str, *, secret: str | None = None, timestamp=None
):
    """POST ``payload`` to the webhook with a valid ``Stripe-Signature``."""
    body = payload if isinstance(payload, str) else json.dumps(payload)
    header = stripe.WebhookSignature.generate_signature_header(
        body, secret or settings.STRIPE_WEBHOOK_SECRET, timestamp=timestamp
    )
    return client.post(
        "/members/stripe/webhook/",
        data=body,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=header,
    )
