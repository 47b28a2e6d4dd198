"""A member's erasure reaches every place their data lives.

The member is seeded everywhere a real member leaves traces: the join and
sign-in (session, sign-in throttle's log, background task), newsletters
(subscription, a delivery), the admin sign-in form (where they typed their
address), payments (donation, membership, Stripe's events), caches and
logs. After the erasure, a scan of every table, both caches, the media
folder and the captured logs finds none of their address, user name or IP
address; only the documented billing records remain, without the person.
"""

import pickle
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core import mail
from django.core.cache import caches
from django.utils import timezone

from masthead.members.models import Donation, Member, Membership, StripeEvent
from masthead.newsletters.models import Delivery, Newsletter, Send, Subscription

pytestmark = pytest.mark.django_db(transaction=True)

EMAIL = "Traceable.Person@Example.org"
IP = "198.51.100.23"


def every_row_as_text() -> dict[str, str]:
    """Every row of every table, as text, by table."""
    dump = {}
    for model in apps.get_models(include_auto_created=True):
        rows = list(model._base_manager.values())
        if rows:
            dump[model._meta.db_table] = repr(rows)
    return dump


def cache_contents() -> bytes:
    found = b""
    for alias in settings.CACHES:
        backend = caches[alias]
        store = getattr(backend, "_cache", None)
        if store is not None:  # the local-memory caches of the tests
            for key, value in store.items():
                found += key.encode() + b"\n" + bytes(value) + b"\n"
        location = getattr(backend, "_dir", None)
        if location and Path(location).exists():
            for path in Path(location).rglob("*"):
                if path.is_file():
                    found += path.read_bytes()
    return found


def media_contents() -> bytes:
    root = Path(settings.MEDIA_ROOT)
    if not root.exists():
        return b""
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_an_erased_member_leaves_no_trace_but_billing_records(
    client, settings, caplog, django_capture_on_commit_callbacks, home_page
):
    caplog.set_level("DEBUG")
    # The join: a background task in the database queue, then the link.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client.post("/members/join/", {"email": EMAIL}, REMOTE_ADDR=IP)
    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.get(task_path__endswith="send_login_link")
    assert queued.args_kwargs["kwargs"]["member_id"]  # ids, never addresses
    queued.task.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])
    link = re.search(r"/members/login/\?sesame=\S+", mail.outbox[0].body)[0]
    token = link.split("=", 1)[1]
    assert (
        client.post("/members/login/", {"sesame": token}, REMOTE_ADDR=IP).status_code
        == 302
    )
    member = Member.objects.get(email=EMAIL.lower())
    username = member.user.username

    # Newsletters: a subscription and an email sent to it.
    newsletter = Newsletter.objects.create(name="Evening", slug="evening")
    subscription = Subscription.objects.create(
        newsletter=newsletter, email=member.email, member=member, status="active"
    )
    send = Send.objects.create(
        newsletter=newsletter,
        kind="digest",
        subject="Evening",
        html="<p>x</p>",
        text="x",
    )
    Delivery.objects.create(
        send=send, subscription=subscription, email=member.email, state="sent"
    )

    # The admin sign-in, where the member typed their address.
    from django.test import Client

    Client().post(
        "/admin/login/", {"username": EMAIL, "password": "wrong"}, REMOTE_ADDR=IP
    )

    # Payments: kept for the accounts, without the person.
    member.stripe_customer_id = "cus_Traceable"
    member.save()
    Donation.objects.create(
        member=member,
        stripe_checkout_session_id="cs_1",
        amount=1500,
        paid_at=timezone.now(),
    )
    Membership.objects.create(
        member=member,
        kind=Membership.Kind.TIER,
        stripe_subscription_id="sub_traceable",
        status=Membership.Status.CANCELED,
        amount=500,
    )
    StripeEvent.objects.create(
        event_id="evt_1",
        type="checkout.session.completed",
        created=timezone.now(),
        payload={
            "data": {
                "object": {
                    "customer": "cus_Traceable",
                    "customer_details": {"email": EMAIL, "name": "Tracy Person"},
                }
            }
        },
    )
    needles = [EMAIL, EMAIL.lower(), username, IP, "Tracy Person"]
    before = "\n".join(every_row_as_text().values())
    assert all(needle in before for needle in needles), "seeding missed a place"

    # Erase, from the account page.
    response = client.post(
        "/members/account/delete/", {"confirm": "delete"}, REMOTE_ADDR=IP
    )
    assert response.status_code == 200

    traces = {
        table: [n for n in needles if n in text]
        for table, text in every_row_as_text().items()
    }
    assert {table: found for table, found in traces.items() if found} == {}
    stored = cache_contents() + media_contents()
    for needle in needles:
        assert needle.encode() not in stored, needle
        assert pickle.dumps(needle) not in stored, needle
    assert EMAIL.lower() not in caplog.text.lower()
    assert username not in caplog.text

    # What remains: the billing records, detached.
    assert Donation.objects.get().member is None
    assert Membership.objects.get().member is None
    details = StripeEvent.objects.get().payload["data"]["object"]["customer_details"]
    assert details == "[erased]"  # the whole block of personal details
