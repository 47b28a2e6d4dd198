"""Starting, cancelling and resuming sends; the daily digest."""

import logging
import uuid
from datetime import date, datetime, timedelta
from functools import partial

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from masthead.newsletters import rendering
from masthead.newsletters.models import (
    Delivery,
    Newsletter,
    Send,
    Subscription,
    Suppression,
)
from masthead.newsletters.services.delivery import claimable, finish_if_done, lease
from masthead.newsletters.services.mail import Letterhead, build_message
from masthead.newsletters.tasks import deliver_send

logger = logging.getLogger(__name__)
# A digest starts from its time of day until this much later, else not today.
DIGEST_LATEST = timedelta(hours=3)
State = Delivery.State


def recipient_count(newsletter: Newsletter) -> int:
    return (
        Subscription.objects.filter(
            newsletter=newsletter, status=Subscription.Status.ACTIVE
        )
        .exclude(email__in=Suppression.objects.values("email"))
        .count()
    )


def key_is_spent(*, request_key: uuid.UUID, newsletter: Newsletter, article) -> bool:
    """Whether a compose form's key already started a different send.

    The same key for the same newsletter and article is a double click (the
    send it started is returned); for another choice it is a reused form.
    """
    existing = Send.objects.filter(request_key=request_key).first()
    return existing is not None and (
        existing.newsletter_id != newsletter.pk or existing.article_id != article.pk
    )


def start_send(
    *,
    newsletter: Newsletter,
    kind: str,
    email: rendering.RenderedEmail,
    article=None,
    digest_date: date | None = None,
    covers_until: datetime | None = None,
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
                covers_until=covers_until,
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
        # Table names come from the models; every value is a parameter.
        cursor.execute(
            f"""
            INSERT INTO {delivery}
                (send_id, subscription_id, email, state, attempts, claimed_by, error)
            SELECT %s, s.id, s.email, %s, 0, '', ''
            FROM {subscription} s
            WHERE s.newsletter_id = %s AND s.status = %s
              AND NOT EXISTS (SELECT 1 FROM {suppression} x WHERE x.email = s.email)
            ORDER BY s.id
            """,  # nosec B608
            [send.pk, State.PENDING, send.newsletter_id, Subscription.Status.ACTIVE],
        )
        return cursor.rowcount


def dispatch(*, send_id: int) -> None:
    """Queue as many delivery tasks as the workers may run in parallel."""

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
        ArticlePage.objects.published()
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
        due = local.replace(
            hour=newsletter.digest_time.hour,
            minute=newsletter.digest_time.minute,
            second=0,
            microsecond=0,
        )
        if not due <= local < due + DIGEST_LATEST:
            continue  # not yet, or too late for today's (workers were down)
        today = local.date()
        if Send.objects.filter(newsletter=newsletter, digest_date=today).exists():
            continue
        previous = (
            Send.objects.filter(newsletter=newsletter, kind=Send.Kind.DIGEST)
            .order_by("-created_at")
            .first()
        )
        # From where the last digest's window ended, at most a day back.
        since = now - timedelta(days=1)
        if previous is not None:
            since = max(since, previous.covers_until or previous.created_at)
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
                covers_until=now,
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
        # Conditional, so that of several workers looking at once one resumes.
        taken = (
            Send.objects.filter(pk=send.pk)
            .filter(Q(dispatched_at=None) | Q(dispatched_at__lt=now - lease()))
            .update(dispatched_at=now)
        )
        if not taken:
            continue
        logger.info("send %s resumed", send.pk)
        dispatch(send_id=send.pk)
        resumed.append(send.pk)
    return resumed
