"""Keys for the read-only Content API."""

import secrets

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
