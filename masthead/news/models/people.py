"""Authors and topics: translatable snippets with pages of their own."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index


class AuthorLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=60)
    url = blocks.URLBlock(label=_("URL"), required=False)
    email = blocks.EmailBlock(label=_("Email"), required=False)

    class Meta:
        icon = "link"


class Author(TranslatableMixin, index.Indexed, models.Model):
    """A byline: reporter, editor, photographer or contributor."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    avatar = models.ForeignKey(
        "core.NewsImage",
        verbose_name=_("avatar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("biography"), blank=True)
    links = StreamField(
        [("link", AuthorLinkBlock())], verbose_name=_("links"), blank=True
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("avatar"),
        FieldPanel("bio"),
        FieldPanel("links"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("news:author", kwargs={"slug": self.slug})


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A place or a subject the newsroom covers."""

    class Kind(models.TextChoices):
        PLACE = "place", _("Place")
        SUBJECT = "subject", _("Subject")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)
    kind = models.CharField(
        _("kind"), max_length=10, choices=Kind.choices, default=Kind.SUBJECT
    )
    description = models.CharField(_("description"), max_length=300, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("news:topic", kwargs={"slug": self.slug})
