import pytest
from django.core import mail

from masthead.core import ratelimit
from masthead.members import services
from masthead.members.models import (
    Donation,
    Member,
    MemberCount,
    Membership,
    StripeEvent,
)
from masthead.members.tests.factories import TierFactory

pytestmark = pytest.mark.django_db

BASE = "http://testserver/"


def count(metric: str) -> int:
    row = MemberCount.objects.filter(metric=metric).first()
    return row.value if row else services.recount(metric)


def test_asking_twice_creates_one_member_and_sends_two_links(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        first = services.request_login_link(
            email="Reader@Example.org ", ip="1.1.1.1", base_url=BASE
        )
    with django_capture_on_commit_callbacks(execute=True):
        again = services.request_login_link(
            email="reader@example.org", ip="1.1.1.1", base_url=BASE
        )
    assert first.pk == again.pk
    assert first.email == "reader@example.org"
    assert not first.is_confirmed
    assert Member.objects.count() == 1
    assert len(mail.outbox) == 2
    assert mail.outbox[0].to == ["reader@example.org"]
    assert "http://testserver/members/login/?sesame=" in mail.outbox[0].body
    assert not first.user.has_usable_password()


def test_links_are_limited_per_address(settings):
    settings.MASTHEAD_LOGIN_RATE_PER_EMAIL = "2/900"
    for ip in ("1.1.1.1", "2.2.2.2"):
        services.request_login_link(email="a@example.org", ip=ip, base_url=BASE)
    with pytest.raises(ratelimit.RateLimited) as limited:
        services.request_login_link(email="a@example.org", ip="3.3.3.3", base_url=BASE)
    assert limited.value.retry_after == 900
    services.request_login_link(email="b@example.org", ip="3.3.3.3", base_url=BASE)


def test_links_are_limited_per_ip(settings):
    settings.MASTHEAD_LOGIN_RATE_PER_IP = "3/3600"
    for n in range(3):
        services.request_login_link(
            email=f"r{n}@example.org", ip="9.9.9.9", base_url=BASE
        )
    with pytest.raises(ratelimit.RateLimited):
        services.request_login_link(email="r9@example.org", ip="9.9.9.9", base_url=BASE)
    assert not Member.objects.filter(email="r9@example.org").exists()


def test_confirming_counts_a_member_once():
    member = services.create_member(email="new@example.org")
    before = count("members")
    assert services.confirm_member(member=member) is True
    assert services.confirm_member(member=member) is False
    assert count("members") == before + 1


def test_member_state_follows_memberships_and_donations(member):
    tier = TierFactory()
    paying, donors = count("paying"), count("donors")
    membership = Membership.objects.create(
        member=member, tier=tier, stripe_subscription_id="sub_1", status="active"
    )
    services.refresh_member_state(member=member)
    assert (member.is_paying, member.tier) == (True, tier)
    assert count("paying") == paying + 1

    membership.status = "canceled"
    membership.save()
    services.refresh_member_state(member=member)
    assert (member.is_paying, member.tier) == (False, None)
    assert count("paying") == paying

    Donation.objects.create(
        member=member,
        stripe_checkout_session_id="cs_1",
        amount=1000,
        paid_at=member.created_at,
    )
    services.refresh_member_state(member=member)
    services.refresh_member_state(member=member)
    assert member.is_donor
    assert count("donors") == donors + 1


def test_export_holds_everything_about_the_member(member):
    tier = TierFactory(name="Supporter")
    Membership.objects.create(
        member=member,
        tier=tier,
        stripe_subscription_id="sub_x",
        status="active",
        amount=500,
    )
    data = services.export_member_data(member=member)
    assert data["email"] == "reader@example.org"
    assert data["memberships"][0]["tier"] == "Supporter"
    assert data["memberships"][0]["amount_cents"] == 500
    assert data["donations"] == []
    assert data["confirmed"] is not None


def test_erasure_keeps_payments_without_the_person(member):
    member.stripe_customer_id = "cus_erase"
    member.save()
    donation = Donation.objects.create(
        member=member,
        stripe_checkout_session_id="cs_e",
        amount=2500,
        paid_at=member.created_at,
    )
    Membership.objects.create(
        member=member, stripe_subscription_id="sub_e", status="canceled"
    )
    event = StripeEvent.objects.create(
        event_id="evt_e",
        type="checkout.session.completed",
        created=member.created_at,
        payload={
            "data": {
                "object": {
                    "customer": "cus_erase",
                    "customer_details": {"email": "reader@example.org", "name": "R"},
                    "amount_total": 2500,
                }
            }
        },
    )
    members_before = count("members")
    services.erase_member(member=member)

    assert not Member.objects.filter(email="reader@example.org").exists()
    donation.refresh_from_db()
    assert donation.member is None
    assert donation.amount == 2500
    assert Membership.objects.get(stripe_subscription_id="sub_e").member is None
    event.refresh_from_db()
    assert "reader@example.org" not in str(event.payload)
    assert event.payload["data"]["object"]["amount_total"] == 2500
    assert count("members") == members_before - 1


def test_erasure_waits_for_an_active_subscription_to_be_cancelled(member):
    Membership.objects.create(
        member=member, stripe_subscription_id="sub_a", status="active"
    )
    with pytest.raises(services.CannotErase):
        services.erase_member(member=member)
    assert Member.objects.filter(pk=member.pk).exists()


def test_a_lost_total_is_rebuilt_by_counting(member):
    MemberCount.objects.all().delete()
    other = services.create_member(email="second@example.org")
    services.confirm_member(member=other)
    assert MemberCount.objects.get(metric="members").value == 2
