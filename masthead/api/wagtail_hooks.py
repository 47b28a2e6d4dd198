from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.api.models import ContentAPIKey


class ContentAPIKeyViewSet(SnippetViewSet):
    model = ContentAPIKey
    icon = "key"
    list_display = ["name", "key", "created_at", "revoked"]
    add_to_admin_menu = True
    menu_label = "Content API keys"
    menu_order = 900


register_snippet(ContentAPIKeyViewSet)
