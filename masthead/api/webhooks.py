"""Tell partners when articles change: signed JSON POSTs, retried with backoff.

Signature: ``X-Masthead-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of
"<t>.<body>" with the webhook's secret>`` — the scheme Stripe uses, so
receivers can reuse well-known verification code.
"""

import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.request
from datetime import timedelta
from functools import partial
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone
from django_tasks import default_task_backend, task

from masthead.api.models import OutgoingWebhook, WebhookDelivery

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
TIMEOUT_SECONDS = 5


def backoff(attempts: int) -> timedelta:
    """30 s, 2 min, 8 min, 32 min, ~2 h after the 1st…5th failure."""
    return timedelta(seconds=30 * 4 ** (attempts - 1))


def sign(secret: str, body: bytes, timestamp: int) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def queue_event(*, event: str, payload: dict) -> list[WebhookDelivery]:
    """Record a delivery per active webhook; send each after the commit."""
    deliveries = [
        WebhookDelivery.objects.create(webhook=hook, event=event, payload=payload)
        for hook in OutgoingWebhook.objects.filter(active=True)
    ]
    for delivery in deliveries:
        transaction.on_commit(partial(deliver_webhook.enqueue, delivery_id=delivery.pk))
    return deliveries


def attempt(delivery: WebhookDelivery) -> bool:
    """POST the delivery once; record the outcome and when to try again."""
    body = json.dumps(
        {
            "event": delivery.event,
            "created_at": delivery.created_at.isoformat(),
            **delivery.payload,
        },
        separators=(",", ":"),
    ).encode()
    request = urllib.request.Request(
        delivery.webhook.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "Masthead-Webhooks/1",
            "X-Masthead-Event": delivery.event,
            "X-Masthead-Delivery": str(delivery.pk),
            "X-Masthead-Signature": sign(
                delivery.webhook.secret, body, int(time.time())
            ),
        },
    )
    delivery.attempts += 1
    try:
        if urlsplit(request.full_url).scheme not in {"http", "https"}:
            raise ValueError("Webhook URLs are http or https.")
        # The scheme is checked just above: no file:// or ftp:// here.
        with urllib.request.urlopen(  # nosec B310
            request, timeout=TIMEOUT_SECONDS
        ) as response:
            ok = 200 <= response.status < 300
            error = "" if ok else f"HTTP {response.status}"
    except urllib.error.HTTPError as failure:
        ok, error = False, f"HTTP {failure.code}"
    except (urllib.error.URLError, OSError, ValueError) as failure:
        ok, error = False, type(failure).__name__
    now = timezone.now()
    if ok:
        delivery.status, delivery.delivered_at, delivery.last_error = (
            WebhookDelivery.Status.DELIVERED,
            now,
            "",
        )
    else:
        delivery.last_error = error[:300]
        if delivery.attempts >= MAX_ATTEMPTS:
            delivery.status = WebhookDelivery.Status.FAILED
        else:
            delivery.next_attempt_at = now + backoff(delivery.attempts)
        logger.warning("webhook delivery %s failed: %s", delivery.pk, error)
    delivery.save()
    return ok


@task()
def deliver_webhook(*, delivery_id: int) -> None:
    """Try one delivery; on failure schedule the next try if the backend can."""
    delivery = (
        WebhookDelivery.objects.select_related("webhook")
        .filter(pk=delivery_id, status=WebhookDelivery.Status.PENDING)
        .first()
    )
    if delivery is None or delivery.next_attempt_at > timezone.now():
        return
    delivered = attempt(delivery)
    retry = not delivered and delivery.status == WebhookDelivery.Status.PENDING
    if retry and default_task_backend.supports_defer:
        deliver_webhook.using(run_after=delivery.next_attempt_at).enqueue(
            delivery_id=delivery.pk
        )
    # Otherwise the periodic sweep (``manage.py deliver_webhooks``) retries it.


@task()
def deliver_due_webhooks() -> int:
    """Retry every pending delivery whose time has come (the periodic sweep)."""
    due = WebhookDelivery.objects.select_related("webhook").filter(
        status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=timezone.now()
    )
    return sum(attempt(delivery) for delivery in due[:500])
