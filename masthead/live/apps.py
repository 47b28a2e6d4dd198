from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiveConfig(AppConfig):
    name = "masthead.live"
    label = "live"
    verbose_name = _("Live coverage")

    def ready(self) -> None:
        from masthead.live import purges  # noqa: F401  (signal handlers)
        from masthead.live.demo import load_demo_live_page
        from masthead.news.demo import demo_loaded

        demo_loaded.connect(load_demo_live_page, dispatch_uid="live-demo")
