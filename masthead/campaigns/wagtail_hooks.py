from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.campaigns.models import Campaign


class CampaignViewSet(SnippetViewSet):
    model = Campaign
    icon = "cog"
    list_display = [
        "name",
        "goal",
        "counts",
        "starts_at",
        "ends_at",
        "show_on_every_page",
    ]
    add_to_admin_menu = True
    menu_label = "Membership drive"


register_snippet(CampaignViewSet)
