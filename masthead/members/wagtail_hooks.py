"""Admin: tiers, members (administrators only by default) and Stripe's events."""

from django.utils.translation import pgettext_lazy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from masthead.core.permissions import RestrictedPolicy
from masthead.members.models import Member, StripeEvent, Tier


class TierViewSet(SnippetViewSet):
    model = Tier
    icon = "pick"
    list_display = ["name", "is_paid", "monthly_amount", "yearly_amount"]


class ReadOnlyPolicy(RestrictedPolicy):
    """Viewing only: these rows change through sign-up, Stripe and members
    themselves, where the running totals are kept; an admin form would not."""

    forbidden = frozenset(
        {"add", "change", "delete", "copy", "publish", "lock", "unlock"}
    )


class MemberViewSet(SnippetViewSet):
    model = Member
    icon = "user"
    list_display = [
        "public_id",
        "confirmed_at",
        "tier",
        "is_paying",
        "is_donor",
        "created_at",
    ]
    list_filter = ["is_paying", "is_donor", "tier"]
    search_fields = ["email"]
    inspect_view_enabled = True
    copy_view_enabled = False


class StripeEventViewSet(SnippetViewSet):
    model = StripeEvent
    icon = "history"
    list_display = ["event_id", "type", "created", "outcome"]
    list_filter = ["type"]
    inspect_view_enabled = True
    copy_view_enabled = False


class MembersViewSetGroup(SnippetViewSetGroup):
    items = (TierViewSet, MemberViewSet, StripeEventViewSet)
    menu_icon = "group"
    menu_label = pgettext_lazy("admin menu", "Members")
    menu_name = "members"


for model in (Member, StripeEvent):
    register_permission_policy(model, ReadOnlyPolicy(model))
register_snippet(MembersViewSetGroup)
