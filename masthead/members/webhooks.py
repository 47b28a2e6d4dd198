"""Stripe's webhook endpoint."""

import json
import logging

import stripe
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from masthead.members.stripe_events import record_stripe_event

logger = logging.getLogger(__name__)

MAX_BODY = 512 * 1024


@csrf_exempt
@require_POST
def stripe_webhook(request: HttpRequest) -> HttpResponse:
    """Verify Stripe's signature, then record and apply the event once."""
    if not settings.STRIPE_WEBHOOK_SECRET:
        return JsonResponse(
            {"error": "Stripe webhooks are not configured."}, status=503
        )
    if len(request.body) > MAX_BODY:
        return JsonResponse({"error": "Payload too large."}, status=413)
    signature = request.headers.get("Stripe-Signature", "")
    try:
        stripe.WebhookSignature.verify_header(
            request.body.decode("utf-8"),
            signature,
            settings.STRIPE_WEBHOOK_SECRET,
            tolerance=settings.STRIPE_WEBHOOK_TOLERANCE,
        )
        event = json.loads(request.body)
    except (ValueError, UnicodeDecodeError, stripe.SignatureVerificationError):
        logger.warning("Stripe webhook with an invalid signature or body refused")
        return JsonResponse(
            {"error": "Invalid Stripe signature or payload."}, status=400
        )
    if (
        not isinstance(event, dict)
        or not {"id", "type", "created", "data"} <= event.keys()
    ):
        return JsonResponse({"error": "Not a Stripe event."}, status=400)
    try:
        stored = record_stripe_event(event=event)
    except (KeyError, TypeError, AttributeError):
        # Signed, but not shaped like the events we handle: nothing applied.
        logger.warning("Stripe event %s could not be read", event.get("id"))
        return JsonResponse({"error": "Event could not be read."}, status=400)
    return JsonResponse({"received": stored.event_id, "outcome": stored.outcome})
