"""Everything that writes newsletter data or sends newsletter email.

Subscriptions: ``subscribe`` (double opt-in), ``confirm``, ``unsubscribe``,
``set_member_newsletters``. Suppression: ``suppress``. Sends:
``start_article_send``, ``start_due_digests``, ``send_test``, ``deliver``
(the worker's loop) and ``resume_stalled_sends`` (the worker's recovery).
"""

import logging
import smtplib
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial

from anymail.exceptions import AnymailError, AnymailRecipientsRefused
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation

from masthead.core import ratelimit
from masthead.newsletters import rendering
from masthead.newsletters.models import (
    Delivery,
    Newsletter,
    Send,
    Subscription,
    Suppression,
)

logger = logging.getLogger(__name__)

State = Delivery.State
UNSUBSCRIBE_SALT = "masthead.newsletters.unsubscribe"
CONFIRM_SALT = "masthead.newsletters.confirm"
CONFIRM_MAX_AGE = 7 * 24 * 3600
MAX_ATTEMPTS = 3
# A recipient whose email breaks the connection every time fails eventually.
MAX_BROKEN_ATTEMPTS = 10
PROGRESS_EVERY = 2.0  # seconds between progress lines on the worker's console


def normalize_email(email: str) -> str:
    return email.strip().lower()


# --- Tokens -----------------------------------------------------------------


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


# --- Subscriptions ----------------------------------------------------------


def subscribe(
    *, email: str, newsletters: list[Newsletter], ip: str, language: str
) -> list[Subscription]:
    """Ask ``email`` to confirm a subscription to ``newsletters``.

    Double opt-in: nothing is sent to the list until the address owner
    follows the emailed link. Already-active subscriptions stay as they
    are and no email reveals whether the address was known. Raises
    ``ratelimit.RateLimited`` when the IP or the address asked too often.
    """
    email = normalize_email(email)
    ratelimit.hit(
        "newsletter-ip",
        ip,
        ratelimit.Limit.parse(settings.MASTHEAD_NEWSLETTER_RATE_PER_IP),
    )
    ratelimit.hit(
        "newsletter-email",
        email,
        ratelimit.Limit.parse(settings.MASTHEAD_NEWSLETTER_RATE_PER_EMAIL),
    )
    from masthead.newsletters.tasks import send_confirmation

    pending = []
    with transaction.atomic():
        for newsletter in newsletters:
            subscription = _get_or_create(newsletter=newsletter, email=email)
            if subscription.status != Subscription.Status.ACTIVE:
                Subscription.objects.filter(pk=subscription.pk).update(
                    status=Subscription.Status.PENDING
                )
                pending.append(subscription)
        if pending:
            transaction.on_commit(
                partial(
                    send_confirmation.enqueue,
                    subscription_ids=[s.pk for s in pending],
                    language=language,
                )
            )
    return pending


def _get_or_create(*, newsletter: Newsletter, email: str, **defaults) -> Subscription:
    subscription = Subscription.objects.filter(
        newsletter=newsletter, email=email
    ).first()
    if subscription is not None:
        return subscription
    try:
        with transaction.atomic():
            return Subscription.objects.create(
                newsletter=newsletter, email=email, **defaults
            )
    except IntegrityError:  # a concurrent request created it a moment ago
        return Subscription.objects.get(newsletter=newsletter, email=email)


def send_confirmation_email(*, subscription_ids: list[int], language: str) -> None:
    """Email the confirmation link for these pending subscriptions."""
    subscriptions = list(
        Subscription.objects.select_related("newsletter").filter(
            pk__in=subscription_ids, status=Subscription.Status.PENDING
        )
    )
    if not subscriptions:
        return
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
        from django.template.loader import render_to_string

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


def confirm(*, subscriptions: list[Subscription]) -> list[Subscription]:
    """Activate pending subscriptions; active ones stay. Idempotent."""
    now = timezone.now()
    ids = [s.pk for s in subscriptions]
    Subscription.objects.filter(pk__in=ids, status=Subscription.Status.PENDING).update(
        status=Subscription.Status.ACTIVE, confirmed_at=now
    )
    return list(Subscription.objects.select_related("newsletter").filter(pk__in=ids))


def unsubscribe(*, subscription: Subscription) -> None:
    """Take the address off the list at once. Idempotent, no log-in needed.

    Deliveries of a send still running skip it from now on.
    """
    with transaction.atomic():
        Subscription.objects.filter(pk=subscription.pk).exclude(
            status=Subscription.Status.UNSUBSCRIBED
        ).update(
            status=Subscription.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now()
        )
        Delivery.objects.filter(subscription=subscription, state=State.PENDING).update(
            state=State.SKIPPED, error="unsubscribed"
        )
    logger.info("subscription %s unsubscribed", subscription.pk)


def set_member_newsletters(*, member, newsletter_ids: set[int]) -> None:
    """Make the member subscribed to exactly these newsletters.

    A member's address is confirmed by their log-in, so no opt-in email.
    """
    now = timezone.now()
    with transaction.atomic():
        for newsletter in Newsletter.objects.all():
            wanted = newsletter.pk in newsletter_ids
            subscription = Subscription.objects.filter(
                newsletter=newsletter, email=member.email
            ).first()
            if subscription is None:
                if wanted and newsletter.is_active:
                    _get_or_create(
                        newsletter=newsletter,
                        email=member.email,
                        member=member,
                        status=Subscription.Status.ACTIVE,
                        confirmed_at=now,
                    )
                continue
            if wanted and subscription.status != Subscription.Status.ACTIVE:
                Subscription.objects.filter(pk=subscription.pk).update(
                    status=Subscription.Status.ACTIVE, confirmed_at=now, member=member
                )
            elif not wanted and subscription.status != Subscription.Status.UNSUBSCRIBED:
                unsubscribe(subscription=subscription)
            elif subscription.member_id != member.pk:
                Subscription.objects.filter(pk=subscription.pk).update(member=member)


def subscribe_new_member(*, member) -> None:
    """Subscribe a newly confirmed member to the default newsletters."""
    defaults = Newsletter.objects.filter(default_for_new_members=True, is_active=True)
    for newsletter in defaults:
        subscription = _get_or_create(
            newsletter=newsletter,
            email=member.email,
            member=member,
            status=Subscription.Status.ACTIVE,
            confirmed_at=timezone.now(),
        )
        if subscription.status == Subscription.Status.PENDING:
            Subscription.objects.filter(pk=subscription.pk).update(
                status=Subscription.Status.ACTIVE,
                confirmed_at=timezone.now(),
                member=member,
            )


def forget_address(*, email: str) -> None:
    """Erase every newsletter record of ``email`` (a member's erasure)."""
    email = normalize_email(email)
    with transaction.atomic():
        Delivery.objects.filter(email=email).delete()
        Subscription.objects.filter(email=email).delete()
        Suppression.objects.filter(email=email).delete()


def export_address(*, email: str) -> list[dict]:
    """The newsletter records of ``email``, for a member's data export."""
    return [
        {
            "newsletter": s.newsletter.name,
            "status": s.status,
            "since": s.created_at.isoformat(),
            "confirmed": s.confirmed_at.isoformat() if s.confirmed_at else None,
            "emails_received": s.deliveries.filter(state=State.SENT).count(),
        }
        for s in Subscription.objects.select_related("newsletter").filter(
            email=normalize_email(email)
        )
    ]


def suppress(*, email: str, reason: str, detail: str = "") -> None:
    """Never send to ``email`` again (a bounce, a complaint). Idempotent."""
    email = normalize_email(email)
    with transaction.atomic():
        Suppression.objects.get_or_create(
            email=email, defaults={"reason": reason, "detail": detail[:300]}
        )
        Delivery.objects.filter(email=email, state=State.PENDING).update(
            state=State.SKIPPED, error=f"suppressed: {reason}"
        )


# --- Sends ------------------------------------------------------------------


def recipient_count(newsletter: Newsletter) -> int:
    return (
        Subscription.objects.filter(
            newsletter=newsletter, status=Subscription.Status.ACTIVE
        )
        .exclude(email__in=Suppression.objects.values("email"))
        .count()
    )


def start_send(
    *,
    newsletter: Newsletter,
    kind: str,
    email: rendering.RenderedEmail,
    article=None,
    digest_date: date | None = None,
    created_by=None,
    request_key: uuid.UUID | None = None,
) -> Send:
    """Record a send and one delivery per recipient; hand it to the workers.

    Atomic: the send and its recipient list appear together. Idempotent
    for one ``request_key`` (a double-clicked button) and one digest day.
    """
    existing = Send.objects.filter(
        Q(request_key=request_key) if request_key else Q(pk=None)
    ).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            send = Send.objects.create(
                newsletter=newsletter,
                kind=kind,
                article=article,
                digest_date=digest_date,
                subject=email.subject,
                html=email.html,
                text=email.text,
                created_by=created_by,
                request_key=request_key or uuid.uuid4(),
            )
            send.total = _snapshot_recipients(send)
            send.save(update_fields=["total"])
            transaction.on_commit(partial(dispatch, send_id=send.pk))
    except IntegrityError:
        return Send.objects.get(
            Q(request_key=request_key)
            | Q(newsletter=newsletter, digest_date=digest_date, kind=Send.Kind.DIGEST)
        )
    logger.info("send %s started for %s recipients", send.pk, send.total)
    return send


def _snapshot_recipients(send: Send) -> int:
    """Copy the list's active, unsuppressed addresses into deliveries.

    One INSERT … SELECT: 100,000 recipients take a fraction of a second.
    """
    delivery = Delivery._meta.db_table
    subscription = Subscription._meta.db_table
    suppression = Suppression._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {delivery}
                (send_id, subscription_id, email, state, attempts, claimed_by, error)
            SELECT %s, s.id, s.email, %s, 0, '', ''
            FROM {subscription} s
            WHERE s.newsletter_id = %s AND s.status = %s
              AND NOT EXISTS (SELECT 1 FROM {suppression} x WHERE x.email = s.email)
            ORDER BY s.id
            """,
            [send.pk, State.PENDING, send.newsletter_id, Subscription.Status.ACTIVE],
        )
        return cursor.rowcount


def dispatch(*, send_id: int) -> None:
    """Queue as many delivery tasks as the workers may run in parallel."""
    from masthead.newsletters.tasks import deliver_send

    Send.objects.filter(pk=send_id).update(dispatched_at=timezone.now())
    for _ in range(settings.MASTHEAD_NEWSLETTER_PARALLEL):
        deliver_send.enqueue(send_id=send_id)


def start_article_send(
    *,
    newsletter: Newsletter,
    article,
    subject: str = "",
    user=None,
    request_key: uuid.UUID | None = None,
) -> Send:
    """Send a published article to the newsletter's list."""
    email = rendering.render_article(
        newsletter=newsletter, article=article, subject=subject
    )
    return start_send(
        newsletter=newsletter,
        kind=Send.Kind.ARTICLE,
        email=email,
        article=article,
        created_by=user,
        request_key=request_key,
    )


def send_test(*, newsletter: Newsletter, article, subject: str, to: str) -> None:
    """Send the article email to one address (an editor's own), now.

    Raises the email backend's error when it fails, for the editor to see.
    """
    email = rendering.render_article(
        newsletter=newsletter, article=article, subject=subject
    )
    letterhead = Letterhead.of(newsletter)
    message = build_message(
        letterhead=letterhead,
        email=email,
        to=to,
        unsubscribe=letterhead.archive,
        message_id=None,
    )
    message.subject = "[TEST] " + message.subject
    message.send()


def digest_articles(*, newsletter: Newsletter, since: datetime, until: datetime):
    from masthead.news.models import ArticlePage

    return list(
        ArticlePage.objects.live()
        .public()
        .filter(
            locale__language_code=newsletter.language,
            first_published_at__gt=since,
            first_published_at__lte=until,
        )
        .select_related("hero_image")
        .order_by("-first_published_at", "-pk")[:30]
    )


def start_due_digests(*, now: datetime | None = None) -> list[Send]:
    """Start today's digest of every newsletter whose digest time has come.

    Safe to call from several workers at once and as often as they like:
    one digest per newsletter and day (a unique constraint). A day with no
    new articles sends nothing.
    """
    now = now or timezone.now()
    local = timezone.localtime(now)
    started = []
    for newsletter in Newsletter.objects.filter(sends_daily_digest=True):
        if local.time() < newsletter.digest_time:
            continue
        today = local.date()
        if Send.objects.filter(newsletter=newsletter, digest_date=today).exists():
            continue
        previous = (
            Send.objects.filter(newsletter=newsletter, kind=Send.Kind.DIGEST)
            .order_by("-created_at")
            .first()
        )
        since = previous.created_at if previous else now - timedelta(days=1)
        articles = digest_articles(newsletter=newsletter, since=since, until=now)
        if not articles:
            continue
        email = rendering.render_digest(
            newsletter=newsletter, articles=articles, day=today
        )
        started.append(
            start_send(
                newsletter=newsletter,
                kind=Send.Kind.DIGEST,
                email=email,
                digest_date=today,
            )
        )
    return started


def cancel_send(*, send: Send) -> int:
    """Stop a running send: recipients not yet reached are skipped."""
    with transaction.atomic():
        Send.objects.filter(pk=send.pk, status=Send.Status.SENDING).update(
            status=Send.Status.CANCELLED, finished_at=timezone.now()
        )
        return Delivery.objects.filter(
            send=send, state__in=[State.PENDING, State.CLAIMED]
        ).update(state=State.SKIPPED, error="cancelled")


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


# --- Delivery ---------------------------------------------------------------


@dataclass(frozen=True)
class Letterhead:
    """What every email of one newsletter shares, worked out once per run."""

    from_email: str
    reply_to: list[str] | None
    list_id: str
    archive: str
    domain: str
    unsubscribe_pattern: str  # an absolute URL with TOKEN for the token

    TOKEN = "TOKEN-PLACEHOLDER"

    @classmethod
    def of(cls, newsletter: Newsletter) -> "Letterhead":
        sender = settings.MASTHEAD_NEWSLETTER_FROM_EMAIL or settings.DEFAULT_FROM_EMAIL
        domain = rendering.mail_domain()
        with translation.override(newsletter.language):
            pattern = reverse("newsletters:unsubscribe", args=[cls.TOKEN])
        return cls(
            from_email=f'"{newsletter.sender_name}" <{sender}>',
            reply_to=[newsletter.reply_to] if newsletter.reply_to else None,
            list_id=f"{newsletter.name} <{newsletter.slug}.{domain}>",
            archive=rendering.archive_url(newsletter),
            domain=domain,
            unsubscribe_pattern=rendering.absolute(pattern),
        )

    def unsubscribe_url(self, subscription_id: int) -> str:
        return self.unsubscribe_pattern.replace(
            self.TOKEN, unsubscribe_token(subscription_id)
        )


def build_message(
    *,
    letterhead: Letterhead,
    email: rendering.RenderedEmail,
    to: str,
    unsubscribe: str,
    message_id: str | None,
) -> EmailMultiAlternatives:
    """One recipient's email, with RFC 8058 one-click unsubscribe headers."""
    headers = {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": letterhead.list_id,
        "List-Archive": f"<{letterhead.archive}>",
    }
    if message_id:
        headers["Message-ID"] = message_id
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=rendering.personalize(email.text, unsubscribe_url=unsubscribe),
        from_email=letterhead.from_email,
        to=[to],
        reply_to=letterhead.reply_to,
        headers=headers,
    )
    message.attach_alternative(
        rendering.personalize(email.html, unsubscribe_url=unsubscribe), "text/html"
    )
    return message


class _RawMessage:
    """What Django's SMTP backend needs of a message: its bytes."""

    def __init__(self, raw: bytes):
        self.raw = raw

    def as_bytes(self, linesep: str = "\r\n") -> bytes:
        return self.raw


class PreparedEmail(EmailMultiAlternatives):
    """An email whose MIME bytes come from a template rendered once per run.

    Every attribute is the recipient's own (ESP backends read those);
    backends that serialize the message (SMTP, console, file) get the
    template's bytes with the recipient's parts put in, which saves the
    2 ms of MIME building and header folding each email otherwise costs.
    """

    raw: bytes = b""

    def message(self):
        return _RawMessage(self.raw)


class MimeTemplate:
    """The bytes of one send's email with placeholders for each recipient.

    Used only when the placeholders came out verbatim: 8-bit bodies (short
    lines), an ASCII address. Otherwise ``None`` from ``of`` and each email
    is built in full.
    """

    TO = "recipient@placeholder.invalid"
    MESSAGE_ID = "<message-id@placeholder.invalid>"

    def __init__(self, raw: bytes):
        self.raw = raw

    @classmethod
    def of(cls, letterhead: "Letterhead", email: rendering.RenderedEmail):
        marker = rendering.UNSUBSCRIBE_MARKER
        message = build_message(
            letterhead=letterhead,
            email=email,
            to=cls.TO,
            unsubscribe=marker,
            message_id=cls.MESSAGE_ID,
        )
        raw = message.message().as_bytes(linesep="\r\n")
        expected_markers = 1 + email.text.count(marker) + email.html.count(marker)
        verbatim = (
            raw.count(cls.TO.encode()) == 1
            and raw.count(cls.MESSAGE_ID.encode()) == 1
            and raw.count(marker.encode()) == expected_markers
            and b"quoted-printable" not in raw
            and b"base64" not in raw
        )
        return cls(raw) if verbatim else None

    def fill(self, *, to: str, message_id: str, unsubscribe: str) -> bytes | None:
        if not (to.isascii() and unsubscribe.isascii()):
            return None
        return (
            self.raw.replace(self.TO.encode(), to.encode())
            .replace(self.MESSAGE_ID.encode(), message_id.encode())
            .replace(rendering.UNSUBSCRIBE_MARKER.encode(), unsubscribe.encode())
        )


def recipient_message(
    *,
    letterhead: "Letterhead",
    template: MimeTemplate | None,
    email: rendering.RenderedEmail,
    to: str,
    unsubscribe: str,
    message_id: str,
) -> EmailMultiAlternatives:
    message = build_message(
        letterhead=letterhead,
        email=email,
        to=to,
        unsubscribe=unsubscribe,
        message_id=message_id,
    )
    raw = template and template.fill(
        to=to, message_id=message_id, unsubscribe=unsubscribe
    )
    if raw:
        message.__class__ = PreparedEmail
        message.raw = raw
    return message


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    retried: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)


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
    PERMANENT = "permanent"
    TEMPORARY = "temporary"
    BROKEN = "broken"  # the connection is gone; open a new one


def classify(error: Exception) -> tuple[str, str]:
    """Sort a sending error into permanent, temporary or broken connection."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(error.recipients.values()), (550, b""))
        reason = f"{code} {reply.decode(errors='replace')}"[:300]
        return (Outcome.PERMANENT if code >= 500 else Outcome.TEMPORARY), reason
    if isinstance(error, smtplib.SMTPResponseException) and not isinstance(
        error, smtplib.SMTPServerDisconnected
    ):
        reason = f"{error.smtp_code} {error.smtp_error!r}"[:300]
        permanent = 500 <= error.smtp_code < 600
        return (Outcome.PERMANENT if permanent else Outcome.TEMPORARY), reason
    if isinstance(error, AnymailRecipientsRefused):
        return Outcome.PERMANENT, str(error)[:300]
    if isinstance(error, AnymailError):
        return Outcome.TEMPORARY, str(error)[:300]
    return Outcome.BROKEN, f"{type(error).__name__}: {error}"[:300]


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
        send=send,
        email=email,
        letterhead=letterhead,
        template=MimeTemplate.of(letterhead, email),
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
    return report


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

    def send(self, message) -> None:
        if not self.is_open:
            self.backend.open()  # raises if the server is unreachable
            self.is_open = True
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
                f"UPDATE {self.table} SET state = %s, attempts = attempts + 1, "
                "claimed_until = %s WHERE id = %s AND claimed_by = %s AND state = %s",
                [State.SENDING, timezone.now() + lease(), pk, token, State.CLAIMED],
            )
            return cursor.rowcount == 1

    def accept(self, pk: int, token: str) -> None:
        self.accepted = (pk, token)

    def flush(self) -> None:
        if self.accepted:
            with connection.cursor() as cursor:
                self._record_accepted(cursor)

    def _record_accepted(self, cursor) -> None:
        if self.accepted is None:
            return
        pk, token = self.accepted
        cursor.execute(
            f"UPDATE {self.table} SET state = %s, sent_at = %s, error = '' "
            "WHERE id = %s AND claimed_by = %s",
            [State.SENT, timezone.now(), pk, token],
        )
        self.accepted = None


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
        logger.warning("delivery %s failed: %s", delivery.pk, reason.split(":")[0])
        return Outcome.PERMANENT
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


def resume_stalled_sends(*, now: datetime | None = None) -> list[int]:
    """Queue delivery again for sends whose workers died or never ran.

    A send is stalled when it has claimable rows, no live lease, and its
    last dispatch is older than one lease (so a queued but not yet started
    task is not doubled while the workers are busy).
    """
    now = now or timezone.now()
    resumed = []
    for send in Send.objects.filter(status=Send.Status.SENDING).only("pk"):
        live = Delivery.objects.filter(
            send=send,
            state__in=[State.CLAIMED, State.SENDING],
            claimed_until__gte=now,
        )
        if live.exists():
            continue
        if not Delivery.objects.filter(claimable(now), send=send).exists():
            finish_if_done(send_id=send.pk)
            continue
        recent = Send.objects.filter(
            pk=send.pk, dispatched_at__gte=now - lease()
        ).exists()
        if recent:
            continue
        logger.info("send %s resumed", send.pk)
        dispatch(send_id=send.pk)
        resumed.append(send.pk)
    return resumed
