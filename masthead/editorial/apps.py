from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "masthead.editorial"
    label = "editorial"
    verbose_name = "Editorial workflow"

    def ready(self) -> None:
        from masthead.core import periodic
        from masthead.editorial import audit  # also connects its receivers
        from masthead.editorial.demo import load_demo_roles
        from masthead.editorial.scheduling import publish_due
        from masthead.members.signals import member_erasing
        from masthead.news.demo import demo_loaded

        periodic.register("editorial.schedule", publish_due, every=15)
        demo_loaded.connect(load_demo_roles)
        member_erasing.connect(audit.forget_member)
