"""Admin: newsletters, subscribers, suppressions, sends; "Send as newsletter"."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from masthead.core.permissions import RestrictedPolicy
from masthead.newsletters import admin_views
from masthead.newsletters.models import Newsletter, Send, Subscription, Suppression


class ViewOnlyPolicy(RestrictedPolicy):
    """Sends and subscriptions are written by sign-ups and workers; an
    administrator may delete one (a person's request), not edit it."""

    forbidden = frozenset({"add", "change", "copy"})


class NewsletterViewSet(SnippetViewSet):
    model = Newsletter
    icon = "mail"
    list_display = ["name", "language", "is_active", "sends_daily_digest"]


class SendViewSet(SnippetViewSet):
    model = Send
    icon = "resubmit"
    # The subject opens the send's progress page (sent, failed, remaining).
    list_display = [
        TitleColumn(
            "subject",
            label=_("subject"),
            get_url=lambda send: reverse("newsletters_send", args=[send.pk]),
        ),
        "newsletter",
        "status",
        "total",
        "created_at",
    ]
    list_filter = ["newsletter", "status", "kind"]
    inspect_view_enabled = False
    copy_view_enabled = False


class SubscriptionViewSet(SnippetViewSet):
    model = Subscription
    icon = "user"
    list_display = ["newsletter", "status", "created_at", "confirmed_at"]
    list_filter = ["newsletter", "status"]
    search_fields = ["email"]
    copy_view_enabled = False


class SuppressionViewSet(SnippetViewSet):
    model = Suppression
    icon = "warning"
    list_display = ["reason", "created_at"]
    list_filter = ["reason"]
    search_fields = ["email"]


class NewslettersViewSetGroup(SnippetViewSetGroup):
    items = (NewsletterViewSet, SendViewSet, SubscriptionViewSet, SuppressionViewSet)
    menu_icon = "mail"
    menu_label = pgettext_lazy("admin menu", "Newsletters")
    menu_name = "newsletters"


for model in (Send, Subscription):
    register_permission_policy(model, ViewOnlyPolicy(model))
register_snippet(NewslettersViewSetGroup)


@hooks.register("register_admin_urls")
def newsletter_admin_urls():
    return [
        path(
            "newsletters/compose/<int:page_id>/",
            admin_views.compose,
            name="newsletters_compose",
        ),
        path(
            "newsletters/preview/<int:page_id>/",
            admin_views.preview,
            name="newsletters_preview",
        ),
        path(
            "newsletters/sends/<int:pk>/",
            admin_views.send_detail,
            name="newsletters_send",
        ),
    ]


@hooks.register("register_page_header_buttons")
def send_as_newsletter_button(page, user, view_name, next_url=None):
    if admin_views.can_send(user) and admin_views.is_sendable(page):
        yield Button(
            _("Send as newsletter"),
            reverse("newsletters_compose", args=[page.pk]),
            icon_name="mail",
            priority=40,
        )
