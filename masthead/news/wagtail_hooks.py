"""Admin wiring: authors, topics and corrections as snippets, grouped under
"Newsroom", and an "Add a correction" button on a published story."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from masthead.core.admin_forms import PrefillFromQuery
from masthead.core.permissions import RestrictedPolicy
from masthead.news.models import ArticlePage, Author, Correction, Topic


class AppendOnlyPolicy(RestrictedPolicy):
    """Corrections are part of the public record: nobody deletes one."""

    forbidden = frozenset({"delete"})


register_permission_policy(Correction, AppendOnlyPolicy(Correction))


class CorrectionCreateView(PrefillFromQuery, CreateView):
    prefill_field = "article"


class CorrectionViewSet(SnippetViewSet):
    model = Correction
    icon = "warning"
    menu_label = _("Corrections")
    list_display = ["article", "kind", "published_at", "created_by"]
    list_filter = ["kind"]
    search_fields = ["text"]
    search_backend_name = None  # a plain database search of the text
    add_view_class = CorrectionCreateView
    copy_view_enabled = False  # a copy would carry the old time


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "role", "locale"]
    search_fields = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "kind", "locale"]
    list_filter = ["kind"]
    search_fields = ["name"]


class NewsroomViewSetGroup(SnippetViewSetGroup):
    items = (AuthorViewSet, TopicViewSet, CorrectionViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Newsroom")
    menu_name = "newsroom"


register_snippet(NewsroomViewSetGroup)


@hooks.register("register_page_header_buttons")
def add_correction_button(page, user, view_name, next_url=None):
    specific = page.specific_deferred
    if (
        isinstance(specific, ArticlePage)
        and page.first_published_at
        and user.has_perm("news.add_correction")
    ):
        yield Button(
            _("Add a correction or update"),
            reverse("wagtailsnippets_news_correction:add") + f"?article={page.pk}",
            icon_name="warning",
            priority=45,
        )
