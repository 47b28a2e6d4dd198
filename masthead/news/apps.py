from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "masthead.news"
    label = "news"
    verbose_name = "News"

    def ready(self) -> None:
        from masthead.news import purges  # noqa: F401  (signal handlers)
