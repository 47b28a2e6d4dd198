"""StreamField blocks of a live entry: short, like a post, not an article."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

from masthead.news.blocks import ArticleImageBlock, QuoteBlock

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class LiveEntryBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=TEXT_FEATURES,
        template="news/blocks/paragraph_block.html",
    )
    image = ArticleImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        label=_("Embedded post"),
        help_text=_(
            "A post or video URL. Readers see a link, not a third-party frame."
        ),
        template="news/blocks/embed_block.html",
    )

    class Meta:
        min_num = 1
