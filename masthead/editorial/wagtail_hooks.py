"""Admin wiring: the second-factor screens, the audit log, log actions."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.core.permissions import RestrictedPolicy
from masthead.editorial import views
from masthead.editorial.models import AuditEvent


@hooks.register("register_admin_urls")
def second_factor_urls():
    return [
        path("two-step/", views.verify, name="editorial_2fa_verify"),
        path("two-step/setup/", views.setup, name="editorial_2fa_setup"),
    ]


class AuditLogPolicy(RestrictedPolicy):
    """Read by those given the view permission (administrators); written
    only by the platform."""

    forbidden = frozenset({"add", "change", "delete"})


register_permission_policy(AuditEvent, AuditLogPolicy(AuditEvent))


class AuditEventViewSet(SnippetViewSet):
    model = AuditEvent
    icon = "history"
    menu_label = _("Audit log")
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["timestamp", "username", "action", "object_label", "ip_address"]
    list_filter = ["action"]
    search_fields = ["username", "object_label", "action", "ip_address"]
    search_backend_name = None
    inspect_view_enabled = True


register_snippet(AuditEventViewSet)


@hooks.register("register_log_actions")
def recovery_log_actions(actions):
    actions.register_action(
        "masthead.recovery.restore",
        _("Restore after account recovery"),
        _("Restored the version live before a hijacked account's changes"),
    )
    actions.register_action(
        "masthead.recovery.unpublish",
        _("Unpublish after account recovery"),
        _("Unpublished a page a hijacked account published"),
    )
