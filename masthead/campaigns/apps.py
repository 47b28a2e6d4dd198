from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class CampaignsConfig(AppConfig):
    name = "masthead.campaigns"
    label = "campaigns"
    verbose_name = "Membership drive"

    def ready(self):
        from masthead.campaigns import queries
        from masthead.campaigns.models import Campaign, CampaignMessage
        from masthead.members.signals import member_counts_changed

        member_counts_changed.connect(
            queries.forget_meter, dispatch_uid="campaign-meter"
        )
        for model in (Campaign, CampaignMessage):
            post_save.connect(
                queries.forget_meter, sender=model, dispatch_uid=f"meter-{model}"
            )
            post_delete.connect(
                queries.forget_meter, sender=model, dispatch_uid=f"meter-del-{model}"
            )
            # A campaign's words are in every cached page; its running total
            # is not (meter.js fetches it), so new members purge nothing.
            post_save.connect(purge_pages, sender=model, dispatch_uid=f"pages-{model}")
            post_delete.connect(
                purge_pages, sender=model, dispatch_uid=f"pages-del-{model}"
            )


def purge_pages(**kwargs) -> None:
    from masthead.core import pagecache

    pagecache.purge_site()
