"""Signal receivers: members' life events and the ESP's tracking webhooks.

Wiring only; the work is in ``services``.
"""

import logging

from django.middleware.csrf import get_token
from django.template.loader import render_to_string

from masthead.newsletters import queries, services
from masthead.newsletters.models import Suppression

logger = logging.getLogger(__name__)

# anymail's normalized event types that mean "never send here again".
SUPPRESSING_EVENTS = {
    "bounced": Suppression.Reason.BOUNCED,
    "complained": Suppression.Reason.COMPLAINED,
    "rejected": Suppression.Reason.REJECTED,
}


def subscribe_confirmed_member(sender, member, **kwargs) -> None:
    services.subscribe_new_member(member=member)


def forget_erased_member(sender, member, **kwargs) -> None:
    services.forget_address(email=member.email)


def export_member_newsletters(sender, member, **kwargs):
    return "newsletters", services.export_address(email=member.email)


def account_section(sender, request, member, **kwargs):
    get_token(request)  # the section holds a form
    html = render_to_string(
        "newsletters/account_section.html",
        {"choices": queries.member_choices(member=member)},
        request=request,
    )
    return 10, html


def suppress_on_esp_event(sender, event, esp_name, **kwargs) -> None:
    """Suppress an address the ESP reports as bounced or complaining.

    anymail has verified the webhook's credentials before this runs.
    A soft bounce of some ESPs arrives as "deferred" and is not acted on.
    """
    reason = SUPPRESSING_EVENTS.get(event.event_type)
    if reason is None or not event.recipient:
        return
    services.suppress(
        email=event.recipient,
        reason=reason,
        detail=f"{esp_name}: {event.description or event.reject_reason or ''}",
    )
    logger.info("address suppressed after a %s event from %s", reason, esp_name)
