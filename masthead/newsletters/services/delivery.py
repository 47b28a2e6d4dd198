"""The worker's loop: claim recipients under a lease, send, record."""

import logging
import smtplib
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from anymail.exceptions import AnymailRecipientsRefused
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.db import connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from masthead.newsletters import rendering
from masthead.newsletters.models import (
    Delivery,
    Send,
    Subscription,
    Suppression,
)
from masthead.newsletters.services.mail import (
    Letterhead,
    MimeTemplate,
    PreparedEmail,
    recipient_message,
)

logger = logging.getLogger(__name__)
State = Delivery.State


MAX_ATTEMPTS = 3
# A recipient whose email breaks the connection every time fails eventually.
MAX_BROKEN_ATTEMPTS = 10
# A recipient's server said "later" (4xx): try again after this, times the attempt.
RETRY_AFTER = timedelta(minutes=5)
# A delivery task gives its worker back after this long (and queues its own
# continuation), so sign-in links and confirmations never wait behind a send.
SLICE_SECONDS = 60.0
PROGRESS_EVERY = 2.0  # seconds between progress lines on the worker's console


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    retried: int = 0
    more: bool = False  # recipients are left to claim: queue a continuation


def lease() -> timedelta:
    return timedelta(seconds=settings.MASTHEAD_NEWSLETTER_LEASE_SECONDS)


def claimable(now: datetime) -> Q:
    """Rows free to take: waiting, or held by a worker whose lease ran out."""
    return Q(state=State.PENDING) | Q(
        state__in=[State.CLAIMED, State.SENDING], claimed_until__lt=now
    )


def claim_batch(*, send_id: int, size: int) -> tuple[str, list[Delivery]]:
    """Reserve up to ``size`` deliveries for this worker, under a lease.

    On PostgreSQL rows locked by another worker are skipped; on SQLite the
    transaction holds the write lock from its start (IMMEDIATE). Either
    way the conditional UPDATE takes only rows still claimable, so two
    workers never hold the same row.
    """
    token = uuid.uuid4().hex
    now = timezone.now()
    with transaction.atomic():
        # Waiting rows first, then expired claims: two index walks on
        # (send, state), never a walk over the rows already sent.
        ids = []
        for free in (
            Q(state=State.PENDING),
            Q(state__in=[State.CLAIMED, State.SENDING], claimed_until__lt=now),
        ):
            rows = Delivery.objects.filter(free, send_id=send_id).order_by("pk")
            if connection.features.has_select_for_update_skip_locked:
                rows = rows.select_for_update(skip_locked=True)
            ids += rows.values_list("pk", flat=True)[: size - len(ids)]
            if len(ids) >= size:
                break
        if not ids:
            return token, []
        Delivery.objects.filter(claimable(now), pk__in=ids).update(
            state=State.CLAIMED, claimed_by=token, claimed_until=now + lease()
        )
    batch = list(
        Delivery.objects.filter(
            send_id=send_id, state=State.CLAIMED, claimed_by=token
        ).order_by("pk")
    )
    return token, _skip_gone(batch)


def _skip_gone(batch: list[Delivery]) -> list[Delivery]:
    """Drop recipients who unsubscribed or were suppressed since the start."""
    if not batch:
        return batch
    active = set(
        Subscription.objects.filter(
            pk__in=[d.subscription_id for d in batch],
            status=Subscription.Status.ACTIVE,
        ).values_list("pk", flat=True)
    )
    suppressed = set(
        Suppression.objects.filter(email__in=[d.email for d in batch]).values_list(
            "email", flat=True
        )
    )
    gone = [
        d.pk for d in batch if d.subscription_id not in active or d.email in suppressed
    ]
    if gone:
        Delivery.objects.filter(pk__in=gone).update(
            state=State.SKIPPED, error="unsubscribed or suppressed"
        )
    return [d for d in batch if d.pk not in gone]


class Outcome:
    SENT = "sent"
    PERMANENT = "permanent"  # this recipient: never (5xx for the address)
    TEMPORARY = "temporary"  # this recipient: later (4xx for the address)
    BROKEN = "broken"  # the server or the connection, not the recipient


def classify(error: Exception) -> tuple[str, str]:
    """Sort a sending error by whom it concerns: the recipient, or everybody.

    Only a refused recipient (and a 5xx answer to that one email's data)
    counts against the recipient. A refused sender, failed log-in, a 421,
    a lost connection or an ESP's API error concern the whole send: it
    pauses and nobody is failed for it.
    """
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(error.recipients.values()), (550, b""))
        reason = f"{code} {reply.decode(errors='replace')}"[:300]
        return (Outcome.PERMANENT if code >= 500 else Outcome.TEMPORARY), reason
    if isinstance(error, smtplib.SMTPDataError) and 500 <= error.smtp_code < 600:
        return Outcome.PERMANENT, f"{error.smtp_code} {error.smtp_error!r}"[:300]
    if isinstance(error, AnymailRecipientsRefused):
        return Outcome.PERMANENT, str(error)[:300]
    if isinstance(error, smtplib.SMTPResponseException):
        return Outcome.BROKEN, f"{error.smtp_code} {error.smtp_error!r}"[:300]
    return Outcome.BROKEN, f"{type(error).__name__}: {error}"[:300]


def error_code(reason: str) -> str:
    """The part of a failure reason that may go to the logs: no address."""
    head = reason.split(" ", 1)[0]
    return head if head.isdigit() or head.endswith(":") else "error"


def deliver(
    *, send_id: int, batch_size: int = 50, connections: int | None = None
) -> DeliveryReport:
    """Send this send's waiting emails until none is left to claim.

    Runs ``connections`` SMTP connections side by side (threads, each with
    its own database connection): a worker mostly waits for the server's
    replies, so one process keeps several connections busy.

    The exactly-once argument: a row is ``sending`` only during the one SMTP
    transaction of its email, and that state is committed before the
    transaction starts and replaced by ``sent`` right after the server
    accepts it. Killed anywhere else, the worker leaves rows ``pending`` or
    ``claimed`` (never attempted: sent once later) or ``sent``. Killed
    inside that window, a row stays ``sending`` and is sent again when its
    lease runs out: at most one repeat per connection of a killed worker.
    Its Message-ID is the same both times, so mail clients that fold
    duplicates show it once.
    """
    connections = connections or settings.MASTHEAD_NEWSLETTER_CONNECTIONS
    send = Send.objects.select_related("newsletter").filter(pk=send_id).first()
    if send is None or send.status != Send.Status.SENDING:
        return DeliveryReport()
    email = rendering.RenderedEmail(
        subject=send.subject, html=send.html, text=send.text
    )
    letterhead = Letterhead.of(send.newsletter)
    run = partial(
        _deliver_run,
        deadline=time.monotonic() + SLICE_SECONDS,
        send=send,
        email=email,
        letterhead=letterhead,
        template=MimeTemplate.of(letterhead, email) if speaks_smtp() else None,
        batch_size=batch_size,
    )
    if connections == 1:
        report = run(report=DeliveryReport(), reports_progress=True)
    else:
        reports = [DeliveryReport() for _ in range(connections)]
        errors: list[BaseException] = []
        threads = [
            threading.Thread(
                target=_in_thread,
                args=(partial(run, report=r, reports_progress=i == 0), errors),
                name=f"newsletter-send-{send_id}-{i}",
            )
            for i, r in enumerate(reports)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            raise errors[0]
        report = DeliveryReport(
            sent=sum(r.sent for r in reports),
            failed=sum(r.failed for r in reports),
            retried=sum(r.retried for r in reports),
        )
    if finish_if_done(send_id=send_id):
        log_progress(send)
    report.more = _more_claimable(send_id)
    return report


def speaks_smtp() -> bool:
    """Whether the email backend is Django's SMTP one, which sends the bytes
    of ``message()`` (ESP backends read the message's parts instead)."""
    return isinstance(get_connection(), SMTPBackend)


def _in_thread(run, errors: list[BaseException]) -> None:
    try:
        run()
    except BaseException as error:  # noqa: BLE001 (re-raised after the join)
        errors.append(error)
    finally:
        connection.close()  # each thread opened its own


def _deliver_run(
    *,
    send: Send,
    email: rendering.RenderedEmail,
    letterhead: "Letterhead",
    template: "MimeTemplate | None",
    batch_size: int,
    report: DeliveryReport,
    reports_progress: bool,
    deadline: float,
) -> DeliveryReport:
    """One SMTP connection's loop: claim a batch, send it, until none is left."""
    send_id = send.pk
    backend = Connection()
    ledger = Ledger()
    last_report = time.monotonic()
    try:
        while True:
            if reports_progress and time.monotonic() - last_report >= PROGRESS_EVERY:
                last_report = time.monotonic()
                log_progress(send)
            if time.monotonic() > deadline:
                break  # the task queues its own continuation
            if not Send.objects.filter(pk=send_id, status=Send.Status.SENDING).exists():
                break  # cancelled
            token, batch = claim_batch(send_id=send_id, size=batch_size)
            if (
                not batch
                and not Delivery.objects.filter(
                    send_id=send_id, state=State.SKIPPED, claimed_by=token
                ).exists()
            ):
                if not _more_claimable(send_id):
                    break
                continue
            for delivery in batch:
                message = recipient_message(
                    letterhead=letterhead,
                    template=template,
                    email=email,
                    to=delivery.email,
                    unsubscribe=letterhead.unsubscribe_url(delivery.subscription_id),
                    message_id=f"<send{send_id}.d{delivery.pk}@{letterhead.domain}>",
                )
                outcome = _deliver_one(
                    backend, ledger, delivery, token, message, report
                )
                if outcome == Outcome.BROKEN:
                    # The mail server is unreachable or hung up: hand the
                    # rest back and stop; the send resumes after one lease.
                    Delivery.objects.filter(
                        claimed_by=token, state=State.CLAIMED
                    ).update(state=State.PENDING, claimed_until=None)
                    return report
    finally:
        ledger.flush()
        backend.close()
    return report


def log_progress(send: Send) -> None:
    counts = progress(send)
    logger.info(
        "send %s: %s sent, %s failed, %s skipped, %s remaining of %s",
        send.pk,
        counts["sent"],
        counts["failed"],
        counts["skipped"],
        counts["remaining"],
        send.total,
    )


class Connection:
    """One open email-backend connection for a whole run of deliveries.

    Django's backends open and close a connection per call unless it is
    opened first; a broken connection is reopened before the next email.
    """

    def __init__(self):
        self.backend = get_connection(fail_silently=False)
        self.is_open = False

    def send(self, message: EmailMultiAlternatives | PreparedEmail) -> None:
        if not self.is_open:
            self.backend.open()  # raises if the server is unreachable
            self.is_open = True
        if isinstance(message, PreparedEmail):
            # Django's SMTP backend opened this connection (TLS, log-in).
            self.backend.connection.sendmail(
                message.envelope_from, [message.to], message.raw
            )
        else:
            self.backend.send_messages([message])

    def close(self) -> None:
        self.is_open = False
        try:
            self.backend.close()
        except Exception:  # noqa: BLE001 (a broken connection may fail to close)
            logger.info("closing a broken mail connection failed")


def _more_claimable(send_id: int) -> bool:
    return Delivery.objects.filter(claimable(timezone.now()), send_id=send_id).exists()


class Ledger:
    """The database writes of one connection's run of emails.

    Each email costs one commit: the "sending" mark of an email carries the
    "sent" mark of the one before it, which the server accepted a moment
    ago. Until that commit the accepted email stays ``sending``, so a kill
    in between repeats it, and still only it: one per connection.
    """

    def __init__(self):
        self.accepted: tuple[int, str] | None = None
        self.table = Delivery._meta.db_table

    def start(self, pk: int, token: str) -> bool:
        """Commit that this email is handed to the server now (and the last sent)."""
        with transaction.atomic(), connection.cursor() as cursor:
            self._record_accepted(cursor)
            cursor.execute(
                # Table names come from the models; every value is a parameter.
                f"UPDATE {self.table} SET state = %s, attempts = attempts + 1, "  # nosec B608
                "claimed_until = %s WHERE id = %s AND claimed_by = %s AND state = %s",
                [State.SENDING, timezone.now() + lease(), pk, token, State.CLAIMED],
            )
            taken = cursor.rowcount == 1
        self.accepted = None  # forgotten only once its "sent" is committed
        return taken

    def accept(self, pk: int, token: str) -> None:
        self.accepted = (pk, token)

    def flush(self) -> None:
        if self.accepted:
            with connection.cursor() as cursor:
                self._record_accepted(cursor)
            self.accepted = None

    def _record_accepted(self, cursor) -> None:
        if self.accepted is None:
            return
        pk, token = self.accepted
        cursor.execute(
            # Table names come from the models; every value is a parameter.
            f"UPDATE {self.table} SET state = %s, sent_at = %s, error = '' "  # nosec B608
            "WHERE id = %s AND claimed_by = %s",
            [State.SENT, timezone.now(), pk, token],
        )


def _deliver_one(
    backend, ledger: Ledger, delivery: Delivery, token: str, message, report
) -> str | None:
    """Send one claimed delivery and record how it went; return the outcome."""
    if not ledger.start(delivery.pk, token):
        return None  # the lease ran out and another worker has it
    try:
        backend.send(message)
    except Exception as error:  # noqa: BLE001 (every backend error is classified)
        outcome, reason = classify(error)
    else:
        outcome, reason = Outcome.SENT, ""
    if outcome == Outcome.SENT:
        ledger.accept(delivery.pk, token)
        report.sent += 1
        return outcome
    if outcome == Outcome.BROKEN:
        backend.close()  # the next email opens a fresh connection
    mine = Delivery.objects.filter(pk=delivery.pk, claimed_by=token)
    attempts = delivery.attempts + 1
    limit = MAX_BROKEN_ATTEMPTS if outcome == Outcome.BROKEN else MAX_ATTEMPTS
    if outcome == Outcome.PERMANENT or attempts >= limit:
        mine.update(state=State.FAILED, error=reason, claimed_until=None)
        report.failed += 1
        logger.warning("delivery %s failed: %s", delivery.pk, error_code(reason))
        return Outcome.PERMANENT
    if outcome == Outcome.TEMPORARY:
        # Held back, unclaimed, until the backoff runs out (then claimable).
        mine.update(
            state=State.CLAIMED,
            claimed_by="",
            error=reason,
            claimed_until=timezone.now() + RETRY_AFTER * attempts,
        )
    else:
        mine.update(state=State.PENDING, error=reason, claimed_until=None)
    report.retried += 1
    return outcome


def finish_if_done(*, send_id: int) -> bool:
    """Mark the send sent when no delivery is left in flight."""
    if Delivery.objects.filter(
        send_id=send_id, state__in=[State.PENDING, State.CLAIMED, State.SENDING]
    ).exists():
        return False
    return bool(
        Send.objects.filter(pk=send_id, status=Send.Status.SENDING).update(
            status=Send.Status.SENT, finished_at=timezone.now()
        )
    )


def progress(send: Send) -> dict[str, int]:
    """How many deliveries are sent, failed, skipped and remaining."""
    counts = dict(
        send.deliveries.values_list("state").annotate(n=Count("pk")).order_by()
    )
    return {
        "sent": counts.get(State.SENT, 0),
        "failed": counts.get(State.FAILED, 0),
        "skipped": counts.get(State.SKIPPED, 0),
        "remaining": sum(
            counts.get(s, 0) for s in (State.PENDING, State.CLAIMED, State.SENDING)
        ),
    }
