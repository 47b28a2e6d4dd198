from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "masthead.api"
    label = "api"
    verbose_name = "Content API"

    def ready(self):
        from masthead.api import signals  # noqa: F401 - connects the receivers
