"""Admin wiring: authors and topics as snippets, grouped under "Newsroom"."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from masthead.news.models import Author, Topic


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
    items = (AuthorViewSet, TopicViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Newsroom")
    menu_name = "newsroom"


register_snippet(NewsroomViewSetGroup)
