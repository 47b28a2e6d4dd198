"""Everything that writes newsletter data or sends newsletter email.

``subscriptions``: double opt-in, members' choices, unsubscribe,
suppression. ``sends``: start, cancel, resume, the daily digest.
``delivery``: the worker's loop. ``mail``: one recipient's email.
"""

from masthead.newsletters.services.confirmation import send_confirmation_email
from masthead.newsletters.services.delivery import (
    MAX_ATTEMPTS,
    DeliveryReport,
    claim_batch,
    deliver,
    finish_if_done,
    progress,
)
from masthead.newsletters.services.mail import Letterhead, MimeTemplate, build_message
from masthead.newsletters.services.sends import (
    cancel_send,
    dispatch,
    key_is_spent,
    recipient_count,
    resume_stalled_sends,
    send_test,
    start_article_send,
    start_due_digests,
    start_send,
)
from masthead.newsletters.services.subscriptions import (
    confirm,
    export_address,
    forget_address,
    set_member_newsletters,
    subscribe,
    subscribe_new_member,
    suppress,
    unsubscribe,
)
from masthead.newsletters.services.tokens import (
    CONFIRM_MAX_AGE,
    confirm_token,
    subscription_for_unsubscribe_token,
    subscriptions_for_confirm_token,
    unsubscribe_token,
)

__all__ = [
    "CONFIRM_MAX_AGE",
    "MAX_ATTEMPTS",
    "DeliveryReport",
    "Letterhead",
    "MimeTemplate",
    "build_message",
    "cancel_send",
    "claim_batch",
    "confirm",
    "confirm_token",
    "deliver",
    "dispatch",
    "export_address",
    "finish_if_done",
    "forget_address",
    "key_is_spent",
    "progress",
    "recipient_count",
    "resume_stalled_sends",
    "send_confirmation_email",
    "send_test",
    "set_member_newsletters",
    "start_article_send",
    "start_due_digests",
    "start_send",
    "subscribe",
    "subscribe_new_member",
    "subscription_for_unsubscribe_token",
    "subscriptions_for_confirm_token",
    "suppress",
    "unsubscribe",
    "unsubscribe_token",
]
