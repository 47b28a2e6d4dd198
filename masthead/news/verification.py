"""The verification vocabulary shared by articles and claim blocks."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VerificationStatus(models.TextChoices):
    NOT_ASSESSED = "", _("Not assessed")
    VERIFIED = "verified", _("Verified")
    NOT_VERIFIED = "not_verified", _("Not independently verified")
    DISPUTED = "disputed", _("Disputed")
