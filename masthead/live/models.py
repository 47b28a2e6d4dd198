"""Live coverage of a developing story: a live page and its timestamped entries."""

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from masthead.live.blocks import LiveEntryBodyBlock
from masthead.news.models import ArticlePage


class CoverageStatus(models.TextChoices):
    LIVE = "live", _("Live")
    ENDED = "ended", _("Ended")


class LiveBlogPage(ArticlePage):
    """An article that grows by short entries while a story develops.

    Everything an article has (headline, standfirst, hero image, bylines,
    topics, visibility) comes from ``ArticlePage``, so a live page is listed
    in the feed, topic and author pages, feeds, sitemaps, search and the API
    like any story. Its body is the summary above the entries.
    """

    coverage_status = models.CharField(
        _("coverage"),
        max_length=10,
        choices=CoverageStatus.choices,
        default=CoverageStatus.LIVE,
        help_text=_("End the coverage when the story stops developing."),
    )
    coverage_started_at = models.DateTimeField(
        _("coverage started at"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use the time the page was first published."),
    )
    coverage_ended_at = models.DateTimeField(
        _("coverage ended at"),
        null=True,
        blank=True,
        help_text=_("Set when the coverage is ended; leave empty to use that time."),
    )

    content_panels = [
        *ArticlePage.content_panels[:2],
        MultiFieldPanel(
            [
                FieldPanel("coverage_status"),
                FieldPanel("coverage_started_at"),
                FieldPanel("coverage_ended_at"),
            ],
            heading=_("Coverage"),
        ),
        *ArticlePage.content_panels[2:],
    ]

    search_fields = [*ArticlePage.search_fields, index.FilterField("coverage_status")]

    parent_page_types = ["news.HomePage"]
    subpage_types: list[str] = []
    template = "live/live_blog_page.html"

    class Meta:
        verbose_name = _("live page")
        verbose_name_plural = _("live pages")

    @property
    def is_live_coverage(self) -> bool:
        return self.coverage_status == CoverageStatus.LIVE

    @property
    def coverage_start_time(self):
        return self.coverage_started_at or self.first_published_at

    def save(self, *args, **kwargs):
        if self.coverage_status == CoverageStatus.ENDED:
            self.coverage_ended_at = self.coverage_ended_at or timezone.now()
        else:
            self.coverage_ended_at = None
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from masthead.live.pages import live_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(live_page_context(self, request, authors=context["bylines"]))
        return context


class LiveEntry(models.Model):
    """One timestamped post of a live page.

    Entries are rows of their own, not part of the page's revisions: posting
    one is immediate and does not touch the page an editor may be editing.
    """

    page = models.ForeignKey(
        LiveBlogPage,
        verbose_name=_("live page"),
        on_delete=models.CASCADE,
        related_name="entries",
    )
    posted_at = models.DateTimeField(_("posted at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    headline = models.CharField(_("headline"), max_length=200, blank=True)
    body = StreamField(LiveEntryBodyBlock(), verbose_name=_("entry"))
    author = models.ForeignKey(
        "news.Author",
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="live_entries",
    )
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("posted by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_pinned = models.BooleanField(
        _("pinned"),
        default=False,
        help_text=_("Shown first. Pinning this entry unpins the page's other one."),
    )
    is_key_event = models.BooleanField(
        _("key event"),
        default=False,
        help_text=_("Listed under “Key events” at the top of the page."),
    )
    promoted_to = models.ForeignKey(
        ArticlePage,
        verbose_name=_("promoted to"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("page"),
        FieldPanel("headline"),
        FieldPanel("body"),
        FieldPanel("author"),
        MultiFieldPanel(
            [
                FieldPanel("is_pinned"),
                FieldPanel("is_key_event"),
                FieldPanel("posted_at"),
            ],
            heading=_("Display"),
        ),
    ]

    class Meta:
        verbose_name = _("live entry")
        verbose_name_plural = _("live entries")
        ordering = ["-posted_at", "-pk"]
        indexes = [
            models.Index(
                fields=["page", "-posted_at", "-id"], name="live_entry_page_latest"
            )
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["page"],
                condition=Q(is_pinned=True),
                name="live_one_pinned_entry_per_page",
            )
        ]

    def __str__(self) -> str:
        return self.headline or self.summary(60) or str(self.posted_at)

    def save(self, *args, **kwargs):
        # One pinned entry per page: pinning this one unpins the others in the
        # same transaction (the constraint above refuses a second one).
        with transaction.atomic():
            if self.is_pinned:
                LiveEntry.objects.filter(page_id=self.page_id, is_pinned=True).exclude(
                    pk=self.pk
                ).update(is_pinned=False)
            super().save(*args, **kwargs)

    @property
    def posted_ms(self) -> int:
        """The posting time in milliseconds, for the page's script to sort by."""
        return int(self.posted_at.timestamp() * 1000)

    @property
    def version(self) -> str:
        """Changes with every save: the page's script replaces edited entries."""
        return str(int(self.updated_at.timestamp() * 1000))

    @property
    def anchor(self) -> str:
        return f"entry-{self.pk}"

    def body_text(self) -> str:
        """The entry's words (text and quotes) as plain text."""
        parts = []
        for block in self.body:
            if block.block_type == "text":
                parts.append(strip_tags(block.value.source))
            elif block.block_type == "quote":
                parts.append(block.value["text"])
        return " ".join(" ".join(parts).split())

    def summary(self, length: int = 120) -> str:
        text = self.body_text()
        return text if len(text) <= length else text[: length - 1].rstrip() + "…"

    @property
    def label(self) -> str:
        """What the key events list shows: the headline, else the first words."""
        return self.headline or self.summary(80)
