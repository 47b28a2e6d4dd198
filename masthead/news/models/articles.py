"""The article: the newsroom's unit of work."""

import math

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    Case,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.http import Http404
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from masthead.core.i18n import active_locale, localized_map
from masthead.core.images import (
    ARTICLE_RENDITIONS,
    AVATAR_RENDITIONS,
    LISTING_RENDITIONS,
    SHARE_RENDITION,
)
from masthead.core.models import NewsRendition, require_alt_text
from masthead.core.pages import ReaderPageMixin
from masthead.members.access import Visibility, can_read
from masthead.news import structured_data
from masthead.news.blocks import ArticleBodyBlock
from masthead.news.cache import tag_article
from masthead.news.labels import SCHEMA_TYPES, WorkType, work_type_anchor
from masthead.news.models.people import Author, Topic
from masthead.news.standards import standards_url
from masthead.news.translations import TranslationStatusPanel
from masthead.news.verification import VerificationStatus

RELATED_LIMIT = 4


def reading_minutes_for(word_count: int) -> int:
    """Minutes to read ``word_count`` words at the newsroom's reading speed."""
    return max(1, math.ceil(word_count / settings.MASTHEAD_WORDS_PER_MINUTE))


def count_words(text: str) -> int:
    return len(strip_tags(text).split())


class ArticleQuerySet(PageQuerySet):
    def published(self):
        """Articles readers may see: live and past any embargo.

        An embargoed article cannot go live before its time (``clean`` moves
        its publication there), so this is a second lock on the same door:
        a page made live some other way still stays out of every list.
        """
        return self.live().filter(
            Q(embargo_until__isnull=True) | Q(embargo_until__lte=timezone.now())
        )


class ArticlePage(ReaderPageMixin, Page):
    work_type = models.CharField(
        _("type of work"),
        max_length=20,
        choices=WorkType.choices,
        default=WorkType.NEWS,
        help_text=_("Shown above the headline, so readers know what they read."),
    )
    embargo_until = models.DateTimeField(
        _("embargoed until"),
        null=True,
        blank=True,
        help_text=_(
            "Not published, and in no feed, sitemap, API or search result, "
            "before this time. Publishing before it schedules the story for it."
        ),
    )
    standfirst = models.TextField(
        _("standfirst"),
        max_length=600,
        help_text=_("One or two sentences under the headline; also the summary."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    hero_image = models.ForeignKey(
        "core.NewsImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField(
        _("hero caption"),
        max_length=500,
        blank=True,
        help_text=_("Leave empty to use the image's own caption."),
    )
    hero_is_illustrative = models.BooleanField(
        _("for illustrative purposes only"),
        default=False,
        help_text=_("The picture does not show the events reported."),
    )
    topics = ParentalManyToManyField(
        "news.Topic", verbose_name=_("topics"), blank=True, related_name="articles"
    )
    updated_at = models.DateTimeField(
        _("updated at"),
        null=True,
        blank=True,
        help_text=_("Set when the story changes materially; shown to readers."),
    )
    verification_status = models.CharField(
        _("verification status"),
        max_length=20,
        choices=VerificationStatus.choices,
        blank=True,
        default=VerificationStatus.NOT_ASSESSED,
    )
    verification_note = models.CharField(
        _("verification note"),
        max_length=300,
        blank=True,
        help_text=_("e.g. 'We could not independently verify the recording.'"),
    )
    sourcing_notes = models.TextField(
        _("sourcing notes"),
        blank=True,
        help_text=_("Where the information comes from, as readers should see it."),
    )
    visibility = models.CharField(
        _("who can read it"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        help_text=_("Others see the standfirst and an invitation to join."),
    )
    reading_minutes = models.PositiveSmallIntegerField(
        _("reading time (minutes)"), default=1, editable=False
    )

    objects = PageManager.from_queryset(ArticleQuerySet)()

    content_panels = [
        FieldPanel("work_type"),
        FieldPanel("title", heading=_("Headline")),
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_caption"),
                FieldPanel("hero_is_illustrative"),
            ],
            heading=_("Hero image"),
        ),
        InlinePanel("article_authors", label=_("Authors"), min_num=1),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("verification_status"),
                FieldPanel("verification_note"),
                FieldPanel("sourcing_notes"),
            ],
            heading=_("Sourcing and verification"),
        ),
        FieldPanel("topics"),
        InlinePanel("related_stories", label=_("Related stories")),
        FieldPanel("updated_at"),
        TranslationStatusPanel(heading=_("Translations")),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("visibility")]
    settings_panels = [FieldPanel("embargo_until"), *Page.settings_panels]

    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields(
            "article_authors",
            [index.RelatedFields("author", [index.SearchField("name")])],
        ),
        index.FilterField("first_published_at"),
        index.FilterField("locale"),
        index.FilterField("visibility"),
    ]

    parent_page_types = ["news.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @property
    def headline(self) -> str:
        return self.title

    def body_text(self) -> str:
        """The body's prose (paragraphs, quotes, claims) as plain text."""
        parts = []
        for block in self.body:
            if block.block_type == "paragraph":
                parts.append(block.value.source)
            elif block.block_type == "quote":
                parts.append(block.value["text"])
            elif block.block_type == "claim":
                parts.append(block.value["text"].source)
        return " ".join(strip_tags(part) for part in parts)

    def body_word_count(self) -> int:
        return count_words(self.standfirst) + len(self.body_text().split())

    def compute_reading_minutes(self) -> int:
        return reading_minutes_for(self.body_word_count())

    def save(self, *args, **kwargs):
        self.reading_minutes = self.compute_reading_minutes()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "reading_minutes"}
        return super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        errors = require_alt_text(self.hero_image, "hero_image")
        if (
            self.verification_status
            and self.verification_status != VerificationStatus.VERIFIED
            and not self.verification_note.strip()
        ):
            errors["verification_note"] = _(
                "Explain to readers what could not be verified or is disputed."
            )
        errors.update(self.apply_embargo())
        if errors:
            raise ValidationError(errors)

    def apply_embargo(self) -> dict:
        """Hold the story back until its embargo: publishing it schedules it.

        Runs on every save of a revision (``Page.save_revision`` cleans the
        page), so no way of publishing skips it.
        """
        if self.embargo_until is None or self.embargo_until <= timezone.now():
            return {}
        if self.live and self.first_published_at:
            return {
                "embargo_until": _(
                    "This story has already been published; an embargo can only "
                    "hold back a first publication."
                )
            }
        if self.go_live_at is None or self.go_live_at < self.embargo_until:
            self.go_live_at = self.embargo_until
        return {}

    @property
    def is_embargoed(self) -> bool:
        return self.embargo_until is not None and self.embargo_until > timezone.now()

    @property
    def schema_type(self) -> str:
        return SCHEMA_TYPES.get(self.work_type, "NewsArticle")

    def get_bylines(self, *, locale: Locale, preview: bool = False) -> list[Author]:
        """The article's authors in order, in ``locale``, with avatars ready to render.

        A preview reads the bylines from the unsaved revision.
        """
        with_avatars = Author.objects.select_related("avatar").prefetch_related(
            Prefetch(
                "avatar__renditions",
                queryset=NewsRendition.objects.filter(
                    filter_spec__in=AVATAR_RENDITIONS
                ),
            )
        )
        if preview:
            ids = [byline.author_id for byline in self.article_authors.all()]
            found = {author.pk: author for author in with_avatars.filter(pk__in=ids)}
            authors = [found[pk] for pk in ids if pk in found]
        else:
            authors = list(
                with_avatars.filter(bylines__page=self).order_by("bylines__sort_order")
            )
        originals = {author.translation_key: author for author in authors}
        localized = list(localized_map(Author, authors, locale).values())
        for author in localized:
            original = originals[author.translation_key]
            if author is not original and author.avatar_id == original.avatar_id:
                # Same picture: reuse the avatar and renditions fetched above.
                author.avatar = original.avatar
        return localized

    def get_related_articles(
        self, *, topics: list[Topic], preview: bool = False, limit: int = RELATED_LIMIT
    ) -> list["ArticlePage"]:
        """Stories to show under ``article``: the editor's choice, else shared topics.

        One query either way: candidates of both kinds come back with the
        editor's order first, and shared-topic stories are used only when the
        editor chose none. A preview reads the choice from the unsaved revision.
        """
        if preview:
            ids = [story.article_id for story in self.related_stories.all()]
            chosen = Q(pk__in=ids)
            chosen_order = Case(
                *[When(pk=pk, then=Value(index)) for index, pk in enumerate(ids)],
                default=Value(None),
                output_field=IntegerField(),
            )
        else:
            stories = RelatedStory.objects.filter(page=self)
            chosen = Q(pk__in=stories.values("article_id"))
            chosen_order = Subquery(
                stories.filter(article=OuterRef("pk")).values("sort_order")[:1]
            )
        topic_keys = [topic.translation_key for topic in topics]
        shares_topic = Q(
            locale_id=self.locale_id,
            pk__in=ArticlePage.topics.through.objects.filter(
                topic__translation_key__in=topic_keys
            ).values("articlepage_id"),
        )
        candidates = list(
            ArticlePage.objects.published()
            .filter(chosen | shares_topic)
            .exclude(pk=self.pk)
            .annotate(chosen_order=chosen_order)
            .order_by(
                F("chosen_order").asc(nulls_last=True), "-first_published_at", "-pk"
            )
            .select_related("hero_image")
            .prefetch_related(
                Prefetch(
                    "hero_image__renditions",
                    queryset=NewsRendition.objects.filter(
                        filter_spec__in=LISTING_RENDITIONS
                    ),
                )
            )[:limit]
        )
        if candidates and candidates[0].chosen_order is not None:
            candidates = [c for c in candidates if c.chosen_order is not None]
        return candidates

    def corrections_for_readers(self) -> list:
        """Corrections and updates, newest first, with their amendments."""
        if not self.pk:
            return []
        return list(
            self.corrections.order_by("-published_at", "-pk").prefetch_related(
                "amendments"
            )
        )

    def serve(self, request, *args, **kwargs):
        if self.is_embargoed and not getattr(request, "is_preview", False):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        locale = active_locale()
        preview = getattr(request, "is_preview", False)
        topics = list(self.topics.all())
        context.update(
            can_read=can_read(request.user, self.visibility),
            bylines=self.get_bylines(locale=locale, preview=preview),
            topics=list(localized_map(Topic, topics, locale).values()),
            related=self.get_related_articles(topics=topics, preview=preview),
            # The request's host passed ALLOWED_HOSTS; it is the address readers use.
            canonical_url=request.build_absolute_uri(self.get_url(request)),
            share_image_url=self.share_image_url(request),
        )
        corrections = self.corrections_for_readers()
        self.latest_correction_at = max(
            (c.published_at for c in corrections), default=None
        )
        standards = standards_url(locale)
        context.update(
            corrections=corrections,
            modified_at=self.modified_at,
            standards_url=standards,
            work_type_anchor=work_type_anchor(self.work_type),
        )
        context["json_ld"] = structured_data.news_article(
            self,
            request=request,
            authors=context["bylines"],
            gated=not self.is_free,
            corrections=corrections,
            standards_url=standards,
        )
        if not preview:
            tag_article(request, self, related=context["related"])
        return context

    @property
    def is_free(self) -> bool:
        return self.visibility == Visibility.PUBLIC

    @property
    def modified_at(self):
        changed = self.updated_at or self.last_published_at or self.first_published_at
        corrected = getattr(self, "latest_correction_at", None)
        if corrected and (changed is None or corrected > changed):
            return corrected
        return changed

    def pictures(self) -> list[tuple]:
        """Each picture the story shows: (image, caption, illustrative)."""
        found = []
        if self.hero_image is not None:
            found.append((self.hero_image, self.caption, self.hero_is_illustrative))
        for block in self.body:
            if block.block_type == "image" and block.value["image"] is not None:
                image = block.value["image"]
                caption = block.value["caption"] or image.caption
                found.append((image, caption, bool(block.value["illustrative"])))
        return found

    def share_image_url(self, request) -> str:
        if self.hero_image is None:
            return ""
        # One look-up for every rendition of the hero picture this page shows;
        # the template and JSON-LD then find them in the cache.
        renditions = self.hero_image.get_renditions(
            *ARTICLE_RENDITIONS, SHARE_RENDITION
        )
        return request.build_absolute_uri(renditions[SHARE_RENDITION].url)

    @property
    def caption(self) -> str:
        if self.hero_caption:
            return self.hero_caption
        return self.hero_image.caption if self.hero_image else ""

    @property
    def display_updated_at(self):
        """The "Updated" time readers see (an editor's or the latest
        correction's), or None when there is none."""
        candidates = [
            moment
            for moment in (self.updated_at, getattr(self, "latest_correction_at", None))
            if moment and self.first_published_at and moment > self.first_published_at
        ]
        return max(candidates, default=None)


class ArticleAuthor(Orderable):
    """One byline of an article, in the order editors give."""

    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="article_authors"
    )
    author = models.ForeignKey(
        "news.Author",
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="bylines",
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("byline")


class RelatedStory(Orderable):
    """A story an editor chose to show under an article."""

    page = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="related_stories"
    )
    article = models.ForeignKey(
        ArticlePage,
        verbose_name=_("story"),
        on_delete=models.CASCADE,
        related_name="chosen_for",
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("related story")
        verbose_name_plural = _("related stories")
