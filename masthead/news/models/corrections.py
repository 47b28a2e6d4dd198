"""Corrections and updates: what a newsroom owes readers after publishing.

Append-only: a correction can be amended (its earlier wording is kept with
the editor's note, and readers see that it was amended) but never deleted,
by anyone. Every change is also in the admin history with who and when.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel


class NotDeletable(PermissionDenied):
    """Corrections are part of the public record."""


class CorrectionQuerySet(models.QuerySet):
    def delete(self):
        raise NotDeletable(_("Corrections cannot be deleted."))


class CorrectionForm(WagtailAdminModelForm):
    amendment_note = models.TextField().formfield(
        label=_("Why is this being changed?"),
        required=False,
        help_text=_(
            "Required when changing a published correction. Readers see that "
            "it was amended, with this note."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        article = cleaned.get("article")
        if article is not None and not article.specific.first_published_at:
            self.add_error(
                "article",
                _("Only a published story can carry a correction or update."),
            )
        if self.instance.pk and self.changed_data:
            changed = set(self.changed_data) - {"amendment_note"}
            if "article" in changed:
                self.add_error(
                    "article", _("A correction cannot move to another story.")
                )
            if changed and not (cleaned.get("amendment_note") or "").strip():
                self.add_error(
                    "amendment_note",
                    _("Say why it changes: readers see that it was amended."),
                )
        return cleaned

    def save(self, commit=True):
        is_amendment = bool(self.instance.pk) and bool(
            set(self.changed_data) - {"amendment_note"}
        )
        if is_amendment:
            previous = Correction.objects.get(pk=self.instance.pk)
        correction = super().save(commit=False)
        if not correction.pk and self.for_user is not None:
            correction.created_by = self.for_user
        if commit:
            correction.save()
            if is_amendment:
                correction.amendments.create(
                    note=self.cleaned_data["amendment_note"].strip(),
                    previous_kind=previous.kind,
                    previous_text=previous.text,
                    changed_by=self.for_user,
                )
        return correction


class Correction(models.Model):
    class Kind(models.TextChoices):
        CORRECTION = "correction", _("Correction")
        CLARIFICATION = "clarification", _("Clarification")
        UPDATE = "update", _("Update")

    # PROTECT: a story with corrections cannot be deleted (unpublish it
    # instead), or its corrections would go with it.
    article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("story"),
        on_delete=models.PROTECT,
        related_name="corrections",
    )
    kind = models.CharField(
        _("type"), max_length=20, choices=Kind.choices, default=Kind.CORRECTION
    )
    text = models.TextField(
        _("text"),
        max_length=2000,
        help_text=_(
            "What was wrong and what is right, e.g. 'An earlier version gave the "
            "wrong date of the council vote. It was on 12 May.'"
        ),
    )
    published_at = models.DateTimeField(_("time"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CorrectionQuerySet.as_manager()

    base_form_class = CorrectionForm
    panels = [
        FieldPanel("article"),
        FieldPanel("kind"),
        FieldPanel("text"),
        FieldPanel("published_at"),
        FieldPanel("amendment_note"),
    ]

    class Meta:
        verbose_name = _("correction or update")
        verbose_name_plural = _("corrections and updates")
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["-published_at", "-id"], name="correction_newest")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"

    def delete(self, *args, **kwargs):
        raise NotDeletable(_("Corrections cannot be deleted."))

    def clean(self) -> None:
        super().clean()
        if self.published_at and self.published_at > timezone.now():
            raise ValidationError(
                {"published_at": _("A correction cannot be dated in the future.")}
            )
        published = (
            getattr(self.article, "first_published_at", None)
            if self.article_id
            else None
        )
        # The form gives minutes: a story published at 10:15:40 takes a
        # correction dated 10:15.
        if published:
            published = published.replace(second=0, microsecond=0)
        if self.published_at and published and self.published_at < published:
            raise ValidationError(
                {"published_at": _("A correction cannot predate the story.")}
            )


class CorrectionAmendment(models.Model):
    """An earlier wording of a correction, kept when an editor changed it."""

    correction = models.ForeignKey(
        Correction, on_delete=models.PROTECT, related_name="amendments"
    )
    note = models.TextField(_("note"))
    previous_kind = models.CharField(max_length=20, choices=Correction.Kind.choices)
    previous_text = models.TextField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("amendment")

    def __str__(self) -> str:
        return self.note[:60]

    def delete(self, *args, **kwargs):
        raise NotDeletable(_("Corrections cannot be deleted."))
