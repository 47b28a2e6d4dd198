"""The membership drive: a goal, a deadline, and what counts toward it."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from masthead.members.models import MemberCount


class Campaign(ClusterableModel):
    name = models.CharField(_("name"), max_length=120, help_text=_("For editors only."))
    goal = models.PositiveIntegerField(_("goal"))
    counts = models.CharField(
        _("what counts"),
        max_length=10,
        choices=MemberCount.Metric.choices,
        default=MemberCount.Metric.MEMBERS,
    )
    starts_at = models.DateTimeField(_("starts"), default=timezone.now)
    ends_at = models.DateTimeField(_("deadline"))
    show_on_every_page = models.BooleanField(_("show on every page"), default=True)

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("goal"),
                FieldPanel("counts"),
                FieldPanel("show_on_every_page"),
            ],
            heading=_("Goal"),
        ),
        MultiFieldPanel(
            [FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("Dates")
        ),
        InlinePanel("messages", label=_("Messages"), min_num=1),
    ]

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("campaign")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError(
                {"ends_at": _("The deadline must come after the start.")}
            )


class CampaignMessage(Orderable):
    """What the meter says, in one language."""

    campaign = ParentalKey(Campaign, on_delete=models.CASCADE, related_name="messages")
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES
    )
    headline = models.CharField(
        _("headline"),
        max_length=200,
        help_text=_("e.g. 'Quality journalism takes work.'"),
    )
    text = models.CharField(
        _("text"),
        max_length=300,
        help_text=_("e.g. 'Help us reach 25,000 members by the end of the year.'"),
    )
    button = models.CharField(_("button label"), max_length=60, default="Join us")

    panels = [
        FieldPanel("language"),
        FieldPanel("headline"),
        FieldPanel("text"),
        FieldPanel("button"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("message")
