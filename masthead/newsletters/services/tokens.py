"""Signed tokens of newsletter links: confirm (expires) and unsubscribe."""

from django.core import signing

from masthead.newsletters.models import Subscription

UNSUBSCRIBE_SALT = "masthead.newsletters.unsubscribe"
CONFIRM_SALT = "masthead.newsletters.confirm"
CONFIRM_MAX_AGE = 7 * 24 * 3600


def unsubscribe_token(subscription_id: int) -> str:
    """A token that unsubscribes one address from one list, with no log-in."""
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(subscription_id))


def subscription_for_unsubscribe_token(token: str) -> Subscription | None:
    try:
        pk = int(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None
    return Subscription.objects.select_related("newsletter").filter(pk=pk).first()


def confirm_token(subscription_ids: list[int]) -> str:
    return signing.dumps(sorted(subscription_ids), salt=CONFIRM_SALT, compress=True)


def subscriptions_for_confirm_token(token: str) -> list[Subscription] | None:
    """The subscriptions a confirmation link is for; None when invalid."""
    try:
        ids = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(ids, list) or not all(isinstance(i, int) for i in ids):
        return None
    return list(
        Subscription.objects.select_related("newsletter").filter(pk__in=ids[:20])
    )
