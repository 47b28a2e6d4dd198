from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.api.models import ContentAPIKey, OutgoingWebhook


class ContentAPIKeyViewSet(SnippetViewSet):
    model = ContentAPIKey
    icon = "key"
    list_display = ["name", "key", "created_at", "revoked"]
    add_to_admin_menu = True
    menu_label = "Content API keys"
    menu_order = 900


register_snippet(ContentAPIKeyViewSet)


class OutgoingWebhookViewSet(SnippetViewSet):
    model = OutgoingWebhook
    icon = "link-external"
    list_display = ["name", "url", "active"]
    add_to_admin_menu = True
    menu_label = "Outgoing webhooks"
    menu_order = 901


register_snippet(OutgoingWebhookViewSet)
