"""StreamField blocks of an article body."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from masthead.news.verification import VerificationStatus

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul", "h2", "h3"]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Block quote")
        template = "news/blocks/quote_block.html"


class ArticleImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        help_text=_("Leave empty to use the image's own caption."),
    )
    illustrative = blocks.BooleanBlock(
        label=_("For illustrative purposes only"),
        required=False,
        help_text=_("Tell readers the picture does not show the events reported."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "news/blocks/article_image_block.html"

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if image is not None and not image.has_alt_text:
            raise StructBlockValidationError(
                block_errors={
                    "image": ValidationError(
                        _("This image has no alt text. Add it in the image library.")
                    )
                }
            )
        return value


class RelatedStoryBlock(blocks.StructBlock):
    """An inline link to another story, set apart from the prose."""

    article = blocks.PageChooserBlock(label=_("Story"), page_type="news.ArticlePage")
    label = blocks.CharBlock(
        label=_("Label"), required=False, help_text=_("Defaults to “Read also”.")
    )

    class Meta:
        icon = "link"
        label = _("Related story link")
        template = "news/blocks/related_story_block.html"


class ClaimBlock(blocks.StructBlock):
    """A claim with its verification status, shown beside the claim itself."""

    text = blocks.RichTextBlock(label=_("Claim"), features=["bold", "italic", "link"])
    status = blocks.ChoiceBlock(
        label=_("Verification status"),
        choices=[c for c in VerificationStatus.choices if c[0]],
        default=VerificationStatus.NOT_VERIFIED,
    )
    note = blocks.CharBlock(
        label=_("Verification note"),
        required=False,
        max_length=300,
        help_text=_("What the newsroom could or could not confirm."),
    )
    source = blocks.CharBlock(
        label=_("Source"),
        required=False,
        max_length=300,
        help_text=_("Who made the claim, e.g. 'a regional administration statement'."),
    )

    class Meta:
        icon = "warning"
        label = _("Claim with verification")
        template = "news/blocks/claim_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["status_label"] = VerificationStatus(value["status"]).label
        return context


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=PARAGRAPH_FEATURES,
        template="news/blocks/paragraph_block.html",
    )
    quote = QuoteBlock()
    image = ArticleImageBlock()
    related = RelatedStoryBlock()
    claim = ClaimBlock()
    embed = EmbedBlock(
        label=_("Embed"),
        help_text=_(
            "A post or video URL. Readers see a link, not a third-party frame."
        ),
        template="news/blocks/embed_block.html",
    )
