"""Member personal data reaches no public page and no log line."""

import logging

import pytest
from django.core import mail

from masthead.members.tests.stripe_events import event, signed_post, subscription

pytestmark = pytest.mark.django_db

EMAIL = "private.person@example.org"


def test_member_email_stays_off_public_pages_and_logs(
    client, newsroom, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/members/join/", {"email": EMAIL})
    assert mail.outbox[0].to == [EMAIL]
    from masthead.members.models import Member

    member = Member.objects.get(email=EMAIL)
    signed_post(
        client,
        event(
            "customer.subscription.created",
            subscription("sub_priv", status="active", member=member),
            created=1_800_000_000,
        ),
    )
    signed_post(client, "not json")  # a refused delivery logs too
    client.post("/members/join/", {"email": "broken@"})

    for url in [
        "/",
        "/uk/",
        "/story-3/",
        "/authors/",
        "/topics/",
        "/campaigns/meter.json",
    ]:
        assert EMAIL not in client.get(url).content.decode(), url
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert logged  # the requests above did log
    assert EMAIL not in logged
    assert "private.person" not in logged
    assert str(member) == f"Member {member.public_id.hex[:8]}"
