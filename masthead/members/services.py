"""Everything that writes member data: sign-up, log-in, erasure.

Stripe's side lives in ``members.payments`` (checkout) and
``members.stripe_events`` (webhooks); both end in ``refresh_member_state``.
"""

import logging
import uuid
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import get_language

from masthead.core import ratelimit
from masthead.core.addresses import normalize_email
from masthead.core.sessions import end_sessions
from masthead.members.models import (
    Donation,
    Member,
    MemberCount,
    Membership,
    StripeEvent,
)
from masthead.members.signals import (
    member_confirmed,
    member_counts_changed,
    member_data_requested,
    member_erasing,
)
from masthead.members.tasks import send_login_link

logger = logging.getLogger(__name__)


class CannotErase(Exception):
    """The member still has a subscription that must be cancelled first."""


def bump(metric: str, delta: int) -> None:
    """Move a running total by ``delta``, after the change it counts.

    Call inside the transaction that made the change, once the change is
    written: a missing total is rebuilt by counting, and must see it.
    """
    if not delta:
        return
    updated = MemberCount.objects.filter(metric=metric).update(value=F("value") + delta)
    if not updated:
        recount(metric)
    transaction.on_commit(partial(member_counts_changed.send, sender=MemberCount))


def recount(metric: str) -> int:
    """Rebuild one running total by counting rows (repairs, first use)."""
    members = Member.objects.all()
    value = {
        MemberCount.Metric.MEMBERS: members.exclude(confirmed_at=None),
        MemberCount.Metric.PAYING: members.filter(is_paying=True),
        MemberCount.Metric.DONORS: members.filter(is_donor=True),
    }[metric].count()
    MemberCount.objects.update_or_create(metric=metric, defaults={"value": value})
    return value


def request_login_link(*, email: str, ip: str, base_url: str) -> Member:
    """Find or create the member for ``email`` and email them a log-in link.

    Raises ``ratelimit.RateLimited`` when the address or the IP asked too
    often. Asking twice creates one member; each request sends a new link.
    """
    email = normalize_email(email)
    ratelimit.hit(
        "login-ip", ip, ratelimit.Limit.parse(settings.MASTHEAD_LOGIN_RATE_PER_IP)
    )
    ratelimit.hit(
        "login-email",
        email,
        ratelimit.Limit.parse(settings.MASTHEAD_LOGIN_RATE_PER_EMAIL),
    )
    with transaction.atomic():
        member = find_or_create_member(email=email)

        transaction.on_commit(
            partial(
                send_login_link.enqueue,
                member_id=member.pk,
                base_url=base_url,
                language=get_language() or settings.LANGUAGE_CODE,
            )
        )
    return member


def find_or_create_member(*, email: str) -> Member:
    """The member with ``email``, created (unconfirmed) when there is none."""
    email = normalize_email(email)
    member = Member.objects.filter(email=email).first()
    if member is not None:
        return member
    try:
        with transaction.atomic():
            return create_member(email=email)
    except IntegrityError:  # created by a concurrent request a moment ago
        return Member.objects.get(email=email)


def create_member(*, email: str) -> Member:
    """A new, unconfirmed member with a password-less user account."""
    user = get_user_model().objects.create(
        username=f"member-{uuid.uuid4().hex}", email=email, is_active=True
    )
    user.set_unusable_password()
    user.save(update_fields=["password"])
    return Member.objects.create(user=user, email=email)


def confirm_member(*, member: Member) -> bool:
    """Mark the member's address as confirmed; count them once.

    Returns True the first time. Safe to call on every log-in.
    """
    with transaction.atomic():
        updated = Member.objects.filter(pk=member.pk, confirmed_at=None).update(
            confirmed_at=timezone.now()
        )
        if updated:
            bump(MemberCount.Metric.MEMBERS, 1)
            member_confirmed.send(sender=Member, member=member)
            logger.info("member %s confirmed", member.public_id)
    if updated:
        member.refresh_from_db(fields=["confirmed_at"])
    return bool(updated)


def refresh_member_state(*, member: Member) -> None:
    """Derive tier, paying and donor flags from memberships and donations.

    Call inside the transaction that changed them, with the member row
    locked; the running totals move by the difference.
    """
    memberships = list(member.memberships.all())
    paid = [
        m for m in memberships if m.kind == Membership.Kind.TIER and m.grants_access
    ]
    paid.sort(key=lambda m: m.state_at or m.created_at, reverse=True)
    is_paying = bool(paid)
    is_donor = member.donations.exists() or any(
        m.kind == Membership.Kind.DONATION and m.grants_access for m in memberships
    )
    tier_id = paid[0].tier_id if paid else None
    before = (member.is_paying, member.is_donor, member.tier_id)
    if (is_paying, is_donor, tier_id) == before:
        return
    member.is_paying, member.is_donor, member.tier_id = is_paying, is_donor, tier_id
    member.save(update_fields=["is_paying", "is_donor", "tier"])
    bump(MemberCount.Metric.PAYING, int(is_paying) - int(before[0]))
    bump(MemberCount.Metric.DONORS, int(is_donor) - int(before[1]))


def export_member_data(*, member: Member) -> dict:
    """Everything Masthead holds about ``member``, as JSON-ready data."""
    data = {
        "email": member.email,
        "signed_up": member.created_at.isoformat(),
        "confirmed": member.confirmed_at.isoformat() if member.confirmed_at else None,
        "tier": member.tier.name if member.tier else None,
        "paying": member.is_paying,
        "donor": member.is_donor,
        "stripe_customer_id": member.stripe_customer_id or None,
        "memberships": [
            {
                "kind": m.kind,
                "tier": m.tier.name if m.tier else None,
                "status": m.status,
                "amount_cents": m.amount,
                "currency": m.currency,
                "interval": m.interval,
                "started": m.created_at.isoformat(),
            }
            for m in member.memberships.select_related("tier")
        ],
        "donations": [
            {
                "amount_cents": d.amount,
                "currency": d.currency,
                "paid_at": d.paid_at.isoformat(),
            }
            for d in member.donations.all()
        ],
    }
    for _receiver, (key, value) in member_data_requested.send(
        sender=Member, member=member
    ):
        data[key] = value
    return data


PERSONAL_KEYS = {
    "email",
    "name",
    "phone",
    "address",
    "customer_email",
    "customer_details",
    "shipping",
    "shipping_details",
    "billing_details",
    "receipt_email",
}


def redact(value):
    """A copy of a Stripe payload with personal fields blanked."""
    if isinstance(value, dict):
        return {
            k: ("[erased]" if k in PERSONAL_KEYS and v else redact(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact(v) for v in value]
    return value


def erase_member(*, member: Member) -> None:
    """Delete the member's personal data; keep payment records, unattached.

    Raises ``CannotErase`` while a subscription still grants access: it must
    be cancelled first, or Stripe would go on charging a person we forgot.
    """
    with transaction.atomic():
        member = Member.objects.select_for_update().get(pk=member.pk)
        if any(m.grants_access for m in member.memberships.all()):
            raise CannotErase
        customer = member.stripe_customer_id
        if customer:
            events = StripeEvent.objects.filter(
                payload__data__object__customer=customer
            )
            for event in events:
                event.payload = redact(event.payload)
                event.save(update_fields=["payload"])
        Donation.objects.filter(member=member).update(member=None)
        Membership.objects.filter(member=member).update(member=None)
        member_erasing.send(sender=Member, member=member)
        public_id = member.public_id
        end_sessions(member.user_id)
        member.user.delete()  # cascades to the member row
        bump(MemberCount.Metric.MEMBERS, -1 if member.is_confirmed else 0)
        bump(MemberCount.Metric.DONORS, -1 if member.is_donor else 0)
        bump(MemberCount.Metric.PAYING, -1 if member.is_paying else 0)
    logger.info("member %s erased", public_id)
