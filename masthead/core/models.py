"""Shared models: the newsroom's image model, site settings, plain pages."""

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index

from masthead.core import pagecache
from masthead.core.pages import ReaderPageMixin

# Settings change rarely; a save clears the cached copy at once.
SETTINGS_TTL = 300


class NewsImage(AbstractImage):
    """An image with the provenance a newsroom owes its readers.

    Alt text (``description``) is required: the image form refuses an image
    without it, and pages refuse to publish one that lacks it (an image made
    by the bulk uploader has none until an editor writes it).
    """

    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_("Describe the picture for readers who cannot see it. Required."),
    )
    caption = models.CharField(
        _("default caption"),
        max_length=500,
        blank=True,
        help_text=_("Used where a page does not write its own caption."),
    )
    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer and/or agency, e.g. 'Jane Doe / Agency'."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=100,
        blank=True,
        help_text=_("e.g. 'All rights reserved', 'CC BY 4.0', 'Used with permission'."),
    )
    licence_url = models.CharField(
        _("licence link"),
        max_length=300,
        blank=True,
        validators=[URLValidator(schemes=["https", "http"])],
        help_text=_("Where the licence's terms are, e.g. the Creative Commons deed."),
    )
    ai_generated = models.BooleanField(
        _("AI-generated"),
        default=False,
        help_text=_(
            "Made or substantially altered by a generative model. Readers are told "
            "next to the image; such an image can only illustrate, never document."
        ),
    )

    admin_form_fields = (
        *Image.admin_form_fields[:3],
        "caption",
        "credit",
        "licence",
        "licence_url",
        "ai_generated",
        *Image.admin_form_fields[3:],
    )

    search_fields = [
        *AbstractImage.search_fields,
        index.SearchField("caption"),
        index.SearchField("credit"),
    ]

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self) -> str:
        return self.description

    @property
    def has_alt_text(self) -> bool:
        return bool(self.description.strip())

    def clean(self) -> None:
        super().clean()
        if not self.has_alt_text:
            raise ValidationError({"description": _("Alt text is required.")})


class NewsRendition(AbstractRendition):
    image = models.ForeignKey(
        NewsImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def require_alt_text(image: NewsImage | None, field: str) -> dict[str, str]:
    """Return a form error for ``field`` when ``image`` has no alt text."""
    if image is not None and not image.has_alt_text:
        return {
            field: _(
                "The image “%(title)s” has no alt text. Add it in the image "
                "library before publishing."
            )
            % {"title": image.title}
        }
    return {}


@register_setting(icon="site")
class NewsroomSettings(BaseSiteSetting):
    """Who publishes the site: shown in the header, footer and JSON-LD."""

    name = models.CharField(_("newsroom name"), max_length=120, default="Masthead")
    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    logo = models.ForeignKey(
        NewsImage,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    about = models.TextField(_("about the newsroom"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("tagline"), FieldPanel("logo")],
            heading=_("Identity"),
        ),
        FieldPanel("about"),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("newsroom settings")

    @classmethod
    def cache_key(cls, site_id: int) -> str:
        return f"masthead:newsroom-settings:v1:{site_id}"

    @classmethod
    def for_site(cls, site):
        """The settings of ``site``, from the cache when they are there."""
        key = cls.cache_key(site.pk)
        instance = cache.get(key)
        if instance is None:
            instance = super().for_site(site)
            _ = instance.logo  # fetched now, so the cached copy carries it
            cache.set(key, instance, SETTINGS_TTL)
        return instance


@receiver(post_save, sender=NewsroomSettings)
@receiver(post_delete, sender=NewsroomSettings)
def forget_newsroom_settings(sender, instance, **kwargs) -> None:
    cache.delete(NewsroomSettings.cache_key(instance.site_id))
    if not kwargs.get("created"):  # created on a site's first page view
        pagecache.purge_site()


class StandardPage(ReaderPageMixin, Page):
    """A plain page: about us, standards, contact."""

    intro = models.CharField(_("introduction"), max_length=500, blank=True)
    body = RichTextField(_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
