"""Keys for the read-only Content API."""

import secrets

from django.core.validators import URLValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


def new_key() -> str:
    # Ghost's content keys are 26 hex characters; its clients check the shape.
    return secrets.token_hex(13)


class ContentAPIKey(models.Model):
    name = models.CharField(
        _("name"), max_length=120, help_text=_("Who uses it, e.g. 'mobile app'.")
    )
    key = models.CharField(
        _("key"), max_length=26, unique=True, default=new_key, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    revoked = models.BooleanField(
        _("revoked"), default=False, help_text=_("A revoked key is refused at once.")
    )
    revoked_at = models.DateTimeField(
        _("revoked at"), null=True, blank=True, editable=False
    )

    panels = [FieldPanel("name"), FieldPanel("revoked")]

    class Meta:
        verbose_name = _("Content API key")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if self.revoked and self.revoked_at is None:
            self.revoked_at = timezone.now()
        super().save(*args, **kwargs)


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class OutgoingWebhook(models.Model):
    """A partner URL told when an article is published, updated or unpublished."""

    name = models.CharField(_("name"), max_length=120)
    url = models.URLField(
        _("URL"),
        help_text=_("Receives a signed JSON POST per event."),
        # Not ftp://, which URLField allows and urllib would open.
        validators=[URLValidator(schemes=["http", "https"])],
    )
    secret = models.CharField(
        _("signing secret"),
        max_length=64,
        default=new_secret,
        help_text=_(
            "Shared with the receiver to check the X-Masthead-Signature header."
        ),
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("secret"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("outgoing webhook")

    def __str__(self) -> str:
        return self.name


class WebhookDelivery(models.Model):
    """One event for one webhook, tried until delivered or out of attempts."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    webhook = models.ForeignKey(
        OutgoingWebhook, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=40)
    payload = models.JSONField()
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self) -> str:
        return f"{self.event} → {self.webhook}"
