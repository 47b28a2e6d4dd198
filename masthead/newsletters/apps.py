from django.apps import AppConfig


class NewslettersConfig(AppConfig):
    name = "masthead.newsletters"
    label = "newsletters"
    verbose_name = "Newsletters"

    def ready(self) -> None:
        from anymail.signals import tracking

        from masthead.core import periodic
        from masthead.members.signals import (
            account_sections_requested,
            member_confirmed,
            member_data_requested,
            member_erasing,
        )
        from masthead.news.demo import demo_loaded
        from masthead.newsletters import receivers, services
        from masthead.newsletters.demo import load_demo_newsletters

        member_confirmed.connect(receivers.subscribe_confirmed_member)
        member_erasing.connect(receivers.forget_erased_member)
        member_data_requested.connect(receivers.export_member_newsletters)
        account_sections_requested.connect(receivers.account_section)
        tracking.connect(receivers.suppress_on_esp_event)
        demo_loaded.connect(load_demo_newsletters)
        from django.conf import settings

        # A dead worker's recipients wait one lease; look a few times per lease.
        periodic.register(
            "newsletters.resume",
            services.resume_stalled_sends,
            every=max(0.5, settings.MASTHEAD_NEWSLETTER_LEASE_SECONDS / 4),
        )
        periodic.register("newsletters.digests", services.start_due_digests, every=30)
