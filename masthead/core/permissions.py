"""Admin permission policies shared by the apps."""

from wagtail.permission_policies import ModelPermissionPolicy


class RestrictedPolicy(ModelPermissionPolicy):
    """Django's model permissions, minus ``forbidden`` actions for everyone.

    For rows that only the platform writes (sign-ups, webhooks, workers):
    an admin form would skip the services that keep them consistent.
    """

    forbidden: frozenset[str] = frozenset()

    def user_has_permission(self, user, action):
        if action in self.forbidden:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)
