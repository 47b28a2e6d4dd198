import hashlib
import hmac
import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.utils import timezone

from masthead.api.models import OutgoingWebhook, WebhookDelivery
from masthead.api.webhooks import deliver_due_webhooks, sign
from masthead.news.models import ArticlePage
from masthead.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


class Receiver(BaseHTTPRequestHandler):
    received: list[dict] = []
    fail_first = 0

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Receiver.received.append({"headers": dict(self.headers), "body": body})
        status = 500 if Receiver.fail_first > 0 else 204
        Receiver.fail_first -= 1
        self.send_response(status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def receiver():
    server = HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Receiver.received, Receiver.fail_first = [], 0
    yield f"http://127.0.0.1:{server.server_port}/hook", Receiver
    server.shutdown()


def verify(secret: str, record: dict) -> bool:
    header = record["headers"]["X-Masthead-Signature"]
    parts = dict(item.split("=", 1) for item in header.split(","))
    expected = hmac.new(
        secret.encode(), f"{parts['t']}.".encode() + record["body"], hashlib.sha256
    ).hexdigest()
    return hmac.compare_digest(expected, parts["v1"])


def test_publish_update_and_unpublish_are_announced_and_signed(
    receiver, home_page, django_capture_on_commit_callbacks
):
    url, server = receiver
    hook = OutgoingWebhook.objects.create(name="Partner", url=url)
    article = ArticlePageFactory(
        parent=home_page, live=False, first_published_at=None, last_published_at=None
    )
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticlePage.objects.get(pk=article.pk)  # as the editor reloads it
        article.title = "A corrected headline"
        article.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        ArticlePage.objects.get(pk=article.pk).unpublish()

    events = [json.loads(r["body"])["event"] for r in server.received]
    assert events == ["article.published", "article.updated", "article.unpublished"]
    update = json.loads(server.received[1]["body"])
    assert update["article"]["title"] == "A corrected headline"
    assert all(verify(hook.secret, record) for record in server.received)
    assert not verify("wrong-secret", server.received[0])
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {
        "delivered"
    }


def test_failures_are_retried_with_backoff(
    receiver, home_page, django_capture_on_commit_callbacks
):
    url, server = receiver
    server.fail_first = 2
    OutgoingWebhook.objects.create(name="Flaky", url=url)
    article = ArticlePageFactory(
        parent=home_page, live=False, first_published_at=None, last_published_at=None
    )
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_error) == (
        "pending",
        1,
        "HTTP 500",
    )
    first_wait = delivery.next_attempt_at - timezone.now()
    assert timedelta(seconds=20) < first_wait <= timedelta(seconds=30)

    assert deliver_due_webhooks.call() == 0  # not due yet: nothing sent
    assert len(server.received) == 1

    for _ in range(2):
        WebhookDelivery.objects.update(next_attempt_at=timezone.now())
        deliver_due_webhooks.call()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("delivered", 3)
    assert len(server.received) == 3


def test_an_unreachable_receiver_gives_up_after_the_last_attempt(
    home_page, django_capture_on_commit_callbacks
):
    OutgoingWebhook.objects.create(name="Gone", url="http://127.0.0.1:9/hook")
    article = ArticlePageFactory(
        parent=home_page, live=False, first_published_at=None, last_published_at=None
    )
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    for _ in range(10):
        WebhookDelivery.objects.update(next_attempt_at=timezone.now())
        deliver_due_webhooks.call()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("failed", 6)


def test_inactive_webhooks_hear_nothing(
    receiver, home_page, django_capture_on_commit_callbacks
):
    url, server = receiver
    OutgoingWebhook.objects.create(name="Paused", url=url, active=False)
    article = ArticlePageFactory(
        parent=home_page, live=False, first_published_at=None, last_published_at=None
    )
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert server.received == []


def test_signature_format():
    assert sign("s3cret", b"{}", 1700000000) == (
        "t=1700000000,v1="
        + hmac.new(b"s3cret", b"1700000000.{}", hashlib.sha256).hexdigest()
    )
