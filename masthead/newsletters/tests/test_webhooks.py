"""ESP tracking webhooks (through django-anymail) suppress bad addresses."""

import base64
import json

import pytest

from masthead.newsletters.models import Suppression

pytestmark = pytest.mark.django_db

URL = "/anymail/postmark/tracking/"


@pytest.fixture
def esp(settings):
    settings.ANYMAIL = {"WEBHOOK_SECRET": "hook:a-long-webhook-secret"}


def auth(secret: str = "hook:a-long-webhook-secret") -> dict:
    return {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(secret.encode()).decode()}


def post(client, payload: dict, **headers):
    return client.post(
        URL, json.dumps(payload), content_type="application/json", **headers
    )


def bounce(email: str, record_type: str = "Bounce", kind: str = "HardBounce") -> dict:
    return {
        "RecordType": record_type,
        "Type": kind,
        "TypeCode": 1,
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "Email": email,
        "Description": "The server was unable to deliver your message.",
        "Details": "smtp;550 5.1.1 The email account does not exist.",
        "BouncedAt": "2026-11-27T10:00:00Z",
        "Inactive": True,
        "Tag": "",
        "Metadata": {},
    }


def test_a_hard_bounce_suppresses_the_address(client, esp):
    response = post(client, bounce("Gone@Example.org"), **auth())
    assert response.status_code == 200
    suppression = Suppression.objects.get()
    assert suppression.email == "gone@example.org"
    assert suppression.reason == Suppression.Reason.BOUNCED


def test_a_spam_complaint_suppresses_the_address(client, esp):
    payload = bounce(
        "angry@example.org", record_type="SpamComplaint", kind="SpamComplaint"
    )
    assert post(client, payload, **auth()).status_code == 200
    assert Suppression.objects.get().reason == Suppression.Reason.COMPLAINED


def test_a_delivery_event_suppresses_nothing(client, esp):
    payload = {
        "RecordType": "Delivery",
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "Recipient": "happy@example.org",
        "DeliveredAt": "2026-11-27T10:00:00Z",
        "Details": "Test delivery webhook details",
        "Tag": "",
        "Metadata": {},
    }
    assert post(client, payload, **auth()).status_code == 200
    assert not Suppression.objects.exists()


@pytest.mark.parametrize("headers", [{}, auth("hook:wrong"), auth("nobody:x")])
def test_forged_webhooks_are_refused_and_suppress_nothing(client, esp, headers):
    response = post(client, bounce("victim@example.org"), **headers)
    assert 400 <= response.status_code < 500
    assert not Suppression.objects.exists()
