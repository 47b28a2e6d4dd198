"""The home page: the newsroom's news feed, one per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from masthead.core.pages import ReaderPageMixin
from masthead.news.listing import render_listing
from masthead.news.models.articles import ArticlePage


class HomePage(ReaderPageMixin, Page):
    """The reverse-chronological news feed, paginated by cursor.

    Articles are its children, so their URLs are ``/<slug>/``.
    """

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.ArticlePage",
        "live.LiveBlogPage",
        "news.StandardsPage",
        "core.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # Articles are most of the children: fetch the specific article (and
        # its hero image) in one query instead of Wagtail's two or three.
        if path_components:
            article = (
                ArticlePage.objects.select_related("hero_image")
                .filter(path__startswith=self.path, depth=self.depth + 1)
                .filter(slug=path_components[0])
                .first()
            )
            if article is not None:
                if article.specific_class is not ArticlePage:
                    # A subclass (a live page): one more query for its own row.
                    article = article.specific
                article._cached_parent_obj = self
                return article.route(request, path_components[1:])
        return super().route(request, path_components)

    def serve(self, request, *args, **kwargs):
        return render_listing(
            request, "news/home_page.html", {"page": self, "self": self}
        )
