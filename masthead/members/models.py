"""Members, their tiers and memberships, donations, and Stripe's events."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class Tier(models.Model):
    """A level of membership: free, or paid monthly or yearly."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True)
    is_paid = models.BooleanField(_("paid"), default=True)
    currency = models.CharField(_("currency"), max_length=3, default="eur")
    monthly_amount = models.PositiveIntegerField(
        _("monthly price (cents)"), null=True, blank=True
    )
    yearly_amount = models.PositiveIntegerField(
        _("yearly price (cents)"), null=True, blank=True
    )
    stripe_monthly_price_id = models.CharField(
        _("Stripe monthly price ID"), max_length=100, blank=True
    )
    stripe_yearly_price_id = models.CharField(
        _("Stripe yearly price ID"), max_length=100, blank=True
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("is_paid"),
        MultiFieldPanel(
            [
                FieldPanel("currency"),
                FieldPanel("monthly_amount"),
                FieldPanel("stripe_monthly_price_id"),
                FieldPanel("yearly_amount"),
                FieldPanel("stripe_yearly_price_id"),
            ],
            heading=_("Prices"),
        ),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("tier")

    def __str__(self) -> str:
        return self.name

    def price_id(self, interval: str) -> str:
        return (
            self.stripe_yearly_price_id
            if interval == "year"
            else self.stripe_monthly_price_id
        )


class Member(models.Model):
    """A reader who signed up. Personal data lives here and nowhere public.

    ``is_paying`` and ``is_donor`` are kept by ``members.services`` in the
    same transaction as the change that causes them, together with the
    counters the membership drive reads.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member"
    )
    email = models.EmailField(_("email"), unique=True)
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    stripe_customer_id = models.CharField(max_length=100, blank=True, db_index=True)
    tier = models.ForeignKey(
        Tier, verbose_name=_("tier"), null=True, blank=True, on_delete=models.SET_NULL
    )
    is_paying = models.BooleanField(_("paying"), default=False)
    is_donor = models.BooleanField(_("donor"), default=False)

    class Meta:
        verbose_name = _("member")

    def __str__(self) -> str:
        # Never the email: this string ends up in admin logs and messages.
        return f"Member {self.public_id.hex[:8]}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class Membership(models.Model):
    """A Stripe subscription, for a tier or a recurring donation."""

    class Status(models.TextChoices):
        INCOMPLETE = "incomplete", _("Incomplete")
        INCOMPLETE_EXPIRED = "incomplete_expired", _("Incomplete, expired")
        TRIALING = "trialing", _("Trialing")
        ACTIVE = "active", _("Active")
        PAST_DUE = "past_due", _("Past due")
        UNPAID = "unpaid", _("Unpaid")
        PAUSED = "paused", _("Paused")
        CANCELED = "canceled", _("Canceled")

    class Kind(models.TextChoices):
        TIER = "tier", _("Membership")
        DONATION = "donation", _("Recurring donation")

    # Statuses in which the member keeps paid access: past_due is Stripe's
    # retry window after a failed payment.
    GRANTS_ACCESS = {Status.TRIALING, Status.ACTIVE, Status.PAST_DUE}

    member = models.ForeignKey(
        Member,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="memberships",
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.TIER)
    tier = models.ForeignKey(Tier, null=True, blank=True, on_delete=models.SET_NULL)
    stripe_subscription_id = models.CharField(max_length=100, unique=True)
    stripe_customer_id = models.CharField(max_length=100, blank=True)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.INCOMPLETE
    )
    amount = models.PositiveIntegerField(_("amount (cents)"), default=0)
    currency = models.CharField(max_length=3, default="eur")
    interval = models.CharField(max_length=10, blank=True)
    cancel_at_period_end = models.BooleanField(default=False)
    current_period_end = models.DateTimeField(null=True, blank=True)
    # Creation time (from Stripe) of the newest event applied to this row:
    # older events arriving late are not applied.
    state_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("membership")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.stripe_subscription_id}"

    @property
    def grants_access(self) -> bool:
        return self.status in self.GRANTS_ACCESS


class Donation(models.Model):
    """A one-off donation, kept as a payment record even after erasure."""

    member = models.ForeignKey(
        Member,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="donations",
    )
    stripe_checkout_session_id = models.CharField(max_length=100, unique=True)
    stripe_payment_intent_id = models.CharField(max_length=100, blank=True)
    amount = models.PositiveIntegerField(_("amount (cents)"))
    currency = models.CharField(max_length=3, default="eur")
    paid_at = models.DateTimeField()

    class Meta:
        verbose_name = _("donation")

    def __str__(self) -> str:
        return f"Donation {self.stripe_checkout_session_id}"


class StripeEvent(models.Model):
    """Every webhook event as Stripe sent it, once: the audit trail."""

    event_id = models.CharField(max_length=100, unique=True)
    type = models.CharField(max_length=100)
    created = models.DateTimeField(help_text="When Stripe created the event.")
    received_at = models.DateTimeField(auto_now_add=True)
    payload = models.JSONField()
    outcome = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("Stripe event")

    def __str__(self) -> str:
        return f"{self.type} {self.event_id}"


class MemberCount(models.Model):
    """Running totals the membership drive reads in O(1).

    Updated with ``F()`` in the same transaction as each change of a
    member's state, so they stay exact under concurrent sign-ups.
    """

    class Metric(models.TextChoices):
        MEMBERS = "members", _("All confirmed members")
        PAYING = "paying", pgettext_lazy("what counts", "Paying members")
        DONORS = "donors", _("Donors")

    metric = models.CharField(max_length=10, choices=Metric.choices, unique=True)
    value = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("member count")

    def __str__(self) -> str:
        return f"{self.metric}: {self.value}"
