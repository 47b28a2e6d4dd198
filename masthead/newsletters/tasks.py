"""Background work of the newsletters app (django-tasks): ids in, services do."""

from django_tasks import task

from masthead.newsletters.services.confirmation import send_confirmation_email
from masthead.newsletters.services.delivery import deliver


@task()
def send_confirmation(*, subscription_ids: list[int], language: str = "en") -> None:
    """Email the double opt-in link for these pending subscriptions."""
    send_confirmation_email(subscription_ids=subscription_ids, language=language)


@task()
def deliver_send(*, send_id: int) -> dict:
    """Deliver a send's waiting emails; several may run for one send."""
    report = deliver(send_id=send_id)
    if report.more:  # the slice ran out with recipients left
        deliver_send.enqueue(send_id=send_id)
    return {"sent": report.sent, "failed": report.failed, "retried": report.retried}
