"""The double opt-in email."""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from masthead.newsletters import rendering
from masthead.newsletters.models import Subscription, Suppression
from masthead.newsletters.services.tokens import CONFIRM_MAX_AGE, confirm_token


def send_confirmation_email(*, subscription_ids: list[int], language: str) -> None:
    """Email the confirmation link for these pending subscriptions."""
    subscriptions = list(
        Subscription.objects.select_related("newsletter").filter(
            pk__in=subscription_ids, status=Subscription.Status.PENDING
        )
    )
    if (
        not subscriptions
        or Suppression.objects.filter(email=subscriptions[0].email).exists()
    ):
        return  # an address that bounced or complained gets no more mail
    with translation.override(language):
        link = rendering.absolute(
            reverse(
                "newsletters:confirm",
                args=[confirm_token([s.pk for s in subscriptions])],
            )
        )
        context = {
            "link": link,
            "newsletters": [s.newsletter for s in subscriptions],
            "days": CONFIRM_MAX_AGE // 86400,
        }

        message = EmailMultiAlternatives(
            subject=render_to_string(
                "newsletters/email/confirm_subject.txt", context
            ).strip(),
            body=render_to_string("newsletters/email/confirm.txt", context),
            to=[subscriptions[0].email],
        )
        message.attach_alternative(
            render_to_string("newsletters/email/confirm.html", context), "text/html"
        )
        message.send()
