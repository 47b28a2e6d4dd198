"""Newsletters, who receives them, and every send down to each recipient.

A ``Send`` is one email to one list (an article or the daily digest). When
it starts, one ``Delivery`` row per recipient is written; workers move each
row through its states (see ``Delivery.State``) so that a worker killed at
any moment loses nothing and repeats at most the one email it had handed to
the mail server (``services.deliver`` explains the bound).
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from masthead.core.addresses import normalize_email


class Newsletter(models.Model):
    """A list readers subscribe to: a daily briefing, breaking news…"""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True)
    sender_name = models.CharField(
        _("sender name"),
        max_length=120,
        help_text=_("Shown as the sender; the address is the site's own."),
    )
    reply_to = models.EmailField(_("reply-to address"), blank=True)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    is_active = models.BooleanField(
        _("open for subscriptions"),
        default=True,
        help_text=_("Closed newsletters keep their archive but take no sign-ups."),
    )
    default_for_new_members = models.BooleanField(
        _("subscribe new members"),
        default=False,
        help_text=_("Members are subscribed when they confirm their address."),
    )
    sends_daily_digest = models.BooleanField(
        _("send a daily digest"),
        default=False,
        help_text=_("Each day at the digest time, the day's articles are sent."),
    )
    digest_time = models.TimeField(
        _("digest time"),
        default="07:00",
        help_text=_("Local time of the newsroom (the site's time zone)."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("language"),
        MultiFieldPanel(
            [FieldPanel("sender_name"), FieldPanel("reply_to")],
            heading=_("Sender"),
        ),
        FieldPanel("is_active"),
        FieldPanel("default_for_new_members"),
        MultiFieldPanel(
            [FieldPanel("sends_daily_digest"), FieldPanel("digest_time")],
            heading=_("Daily digest"),
        ),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("newsletter")

    def __str__(self) -> str:
        return self.name


class Subscription(models.Model):
    """One address on one newsletter.

    Readers who give only an address start ``pending`` and become
    ``active`` by the link in the confirmation email (double opt-in);
    members, whose address is confirmed by their log-in, start active.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("awaiting confirmation")
        ACTIVE = "active", _("subscribed")
        UNSUBSCRIBED = "unsubscribed", _("unsubscribed")

    newsletter = models.ForeignKey(
        Newsletter, on_delete=models.CASCADE, related_name="subscriptions"
    )
    email = models.EmailField(_("email"))
    member = models.ForeignKey(
        "members.Member",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="newsletter_subscriptions",
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscription")
        constraints = [
            models.UniqueConstraint(
                fields=["newsletter", "email"], name="newsletters_one_per_address"
            )
        ]
        indexes = [models.Index(fields=["newsletter", "status"])]

    def __str__(self) -> str:
        return f"{self.newsletter} #{self.pk}"


class Suppression(models.Model):
    """An address that must not be sent to: it bounced or complained."""

    class Reason(models.TextChoices):
        BOUNCED = "bounced", _("bounced")
        COMPLAINED = "complained", _("marked as spam")
        REJECTED = "rejected", _("rejected by the provider")
        MANUAL = "manual", _("added by an editor")

    email = models.EmailField(_("email"), unique=True)
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    detail = models.CharField(_("detail"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("suppressed address")
        verbose_name_plural = _("suppressed addresses")

    def __str__(self) -> str:
        return f"{self.get_reason_display()} #{self.pk}"

    def save(self, *args, **kwargs):
        self.email = normalize_email(self.email)  # as every other copy is kept
        super().save(*args, **kwargs)


class Send(models.Model):
    """One email to one newsletter's list, rendered once for everybody."""

    class Kind(models.TextChoices):
        ARTICLE = "article", _("article")
        DIGEST = "digest", _("daily digest")

    class Status(models.TextChoices):
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        CANCELLED = "cancelled", _("cancelled")

    newsletter = models.ForeignKey(
        Newsletter, on_delete=models.PROTECT, related_name="sends"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    article = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    digest_date = models.DateField(_("digest of"), null=True, blank=True)
    # A digest's articles were published up to this time; the next starts here.
    covers_until = models.DateTimeField(null=True, blank=True, editable=False)
    subject = models.CharField(_("subject"), max_length=200)
    html = models.TextField()
    text = models.TextField()
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.SENDING
    )
    request_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    dispatched_at = models.DateTimeField(null=True, blank=True, editable=False)
    total = models.PositiveIntegerField(_("recipients"), default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("newsletter send")
        constraints = [
            models.UniqueConstraint(
                fields=["newsletter", "digest_date"],
                name="newsletters_one_digest_per_day",
            )
        ]

    def __str__(self) -> str:
        return self.subject


class Delivery(models.Model):
    """One recipient of one send, and how far their email got.

    ``pending`` → ``claimed`` (a worker reserved it, holding a lease) →
    ``sending`` (handed to the mail server now) → ``sent`` or ``failed``.
    A claim whose lease ran out goes back to work: from ``claimed`` it was
    never attempted; from ``sending`` the worker died during that one SMTP
    transaction, and the email may or may not have left (it is sent again:
    a lost email is worse than a repeated one). ``skipped`` recipients
    unsubscribed or were suppressed after the send started.
    """

    class State(models.TextChoices):
        PENDING = "pending", _("waiting")
        CLAIMED = "claimed", _("claimed by a worker")
        SENDING = "sending", _("being sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        SKIPPED = "skipped", _("skipped")

    send = models.ForeignKey(Send, on_delete=models.CASCADE, related_name="deliveries")
    subscription = models.ForeignKey(
        Subscription,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="deliveries",
    )
    email = models.EmailField()
    state = models.CharField(max_length=8, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_by = models.CharField(max_length=64, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["send", "email"], name="newsletters_one_email_per_send"
            )
        ]
        # Claims find their rows by (send, state) and then the claim token;
        # an index on the token would be rewritten by every claim.
        indexes = [models.Index(fields=["send", "state"])]

    def __str__(self) -> str:
        return f"{self.send_id}/{self.pk}: {self.state}"
