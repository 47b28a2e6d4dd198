from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "masthead.editorial"
    label = "editorial"
    verbose_name = "Editorial workflow"

    def ready(self) -> None:
        from masthead.core import periodic
        from masthead.editorial.scheduling import publish_due

        periodic.register("editorial.schedule", publish_due, every=15)
