from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "masthead.api"
    label = "api"
    verbose_name = "Content API"

    def ready(self):
        from masthead.api import signals  # noqa: F401 - connects the receivers
        from masthead.api.webhooks import deliver_due_webhooks
        from masthead.core import periodic

        # Retries of outgoing webhooks that are due; idempotent per delivery.
        periodic.register("api.webhooks", deliver_due_webhooks.call, every=60)
