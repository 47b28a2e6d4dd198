"""Admin: live entries, "Post a live entry" on a live page, promotion."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from masthead.core.admin_forms import PrefillFromQuery
from masthead.live import admin_views, services
from masthead.live.models import LiveBlogPage, LiveEntry


class LiveEntryCreateView(PrefillFromQuery, CreateView):
    # "Post a live entry" on a live page opens this form with the page chosen.
    prefill_field = "page"

    def save_instance(self):
        self.form.instance.posted_by = self.request.user
        return super().save_instance()


class LiveEntryEditView(EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if admin_views.can_promote(self.request.user, self.object):
            buttons.append(
                Button(
                    _("Promote to an article"),
                    url=reverse("live_promote", args=[self.object.pk]),
                    icon_name="doc-full",
                    priority=15,
                )
            )
        return buttons


class LiveEntryViewSet(SnippetViewSet):
    model = LiveEntry
    icon = "time"
    menu_label = _("Live entries")
    menu_name = "live-entries"
    menu_order = 210
    add_to_admin_menu = True
    url_prefix = "live/entries"
    admin_url_namespace = "live_entries"
    add_view_class = LiveEntryCreateView
    edit_view_class = LiveEntryEditView
    list_display = ["__str__", "page", "posted_at", "is_pinned", "is_key_event"]
    list_filter = ["page", "is_pinned", "is_key_event"]
    search_fields = ["headline"]
    copy_view_enabled = False


register_snippet(LiveEntryViewSet)


@hooks.register("register_admin_urls")
def live_admin_urls():
    return [
        path(
            "live/entries/<int:pk>/promote/",
            admin_views.promote,
            name="live_promote",
        )
    ]


@hooks.register("register_page_header_buttons")
def post_live_entry_button(page, user, view_name, next_url=None):
    if issubclass(page.specific_class or Page, LiveBlogPage) and user.has_perm(
        "live.add_liveentry"
    ):
        yield Button(
            _("Post a live entry"),
            reverse("live_entries:add") + f"?page={page.pk}",
            icon_name="time",
            priority=10,
        )


@hooks.register("register_log_actions")
def register_live_log_actions(actions):
    actions.register_action(
        services.PROMOTE_ACTION,
        _("Promote live entry"),
        _("Created from a live entry"),
    )
